/**
 * The tracker page's sentences in the three working languages (labels of codes such as statuses
 * and categories come from core/i18n). `{name}` placeholders are filled by `tt()`; values are
 * inserted as text, never as markup.
 */
import type { Translated } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';

const TRACKER_STRINGS = {
  pageTitle: {
    en: 'Capacity-building activities',
    fr: 'Activités de renforcement des capacités',
    es: 'Actividades de fomento de capacidad',
  },
  tabActivities: { en: 'Activities', fr: 'Activités', es: 'Actividades' },
  tabExchange: {
    en: 'Import, export, publish',
    fr: 'Importer, exporter, publier',
    es: 'Importar, exportar, publicar',
  },
  tabAnalysis: { en: 'Needs and activities', fr: 'Besoins et activités', es: 'Necesidades y actividades' },
  tabScores: { en: 'Scores', fr: 'Notes', es: 'Puntuaciones' },
  tabAssessment: { en: 'Self-assessment', fr: 'Auto-évaluation', es: 'Autoevaluación' },
  sections: { en: 'Sections', fr: 'Sections', es: 'Secciones' },
  newActivity: { en: 'New activity', fr: 'Nouvelle activité', es: 'Nueva actividad' },
  editActivity: { en: 'Edit: {title}', fr: 'Modifier : {title}', es: 'Editar: {title}' },
  noActivities: {
    en: 'No activity recorded yet.',
    fr: 'Aucune activité enregistrée pour l’instant.',
    es: 'Todavía no se ha registrado ninguna actividad.',
  },
  unreadable: {
    en: '{count} stored activities could not be read and are not shown.',
    fr: '{count} activités enregistrées n’ont pas pu être lues et ne sont pas affichées.',
    es: 'No se pudieron leer {count} actividades guardadas y no se muestran.',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', es: 'Cargando…' },
  id: { en: 'Identifier', fr: 'Identifiant', es: 'Identificador' },
  title: { en: 'Title', fr: 'Titre', es: 'Título' },
  status: { en: 'Status', fr: 'État', es: 'Estado' },
  start: { en: 'Start date', fr: 'Date de début', es: 'Fecha de inicio' },
  end: { en: 'End date', fr: 'Date de fin', es: 'Fecha de fin' },
  delivery: { en: 'Delivery mode', fr: 'Mode de prestation', es: 'Modalidad' },
  provider: { en: 'Provider', fr: 'Prestataire', es: 'Proveedor' },
  partners: { en: 'Partners', fr: 'Partenaires', es: 'Socios' },
  donors: { en: 'Donors', fr: 'Donateurs', es: 'Donantes' },
  listHint: {
    en: 'separated by semicolons',
    fr: 'séparés par des points-virgules',
    es: 'separados por punto y coma',
  },
  beneficiaries: {
    en: 'Beneficiary Parties (codes such as MX KE)',
    fr: 'Parties bénéficiaires (codes tels que MX KE)',
    es: 'Partes beneficiarias (códigos como MX KE)',
  },
  recipients: { en: 'Recipients', fr: 'Bénéficiaires', es: 'Destinatarios' },
  category: { en: 'Need category', fr: 'Catégorie de besoin', es: 'Categoría de necesidad' },
  topics: { en: 'Topics', fr: 'Thèmes', es: 'Temas' },
  objectives: {
    en: 'Strategic Vision objectives (such as 1.6; 3.2)',
    fr: 'Objectifs de la Vision stratégique (tels que 1.6 ; 3.2)',
    es: 'Objetivos de la Visión Estratégica (como 1.6; 3.2)',
  },
  needs: {
    en: 'Needs answered (their ids)',
    fr: 'Besoins auxquels elle répond (leurs identifiants)',
    es: 'Necesidades atendidas (sus identificadores)',
  },
  budget: { en: 'Budget', fr: 'Budget', es: 'Presupuesto' },
  spent: { en: 'Spent', fr: 'Dépensé', es: 'Gastado' },
  amount: { en: 'Amount', fr: 'Montant', es: 'Importe' },
  currency: { en: 'Currency (ISO code)', fr: 'Devise (code ISO)', es: 'Moneda (código ISO)' },
  funding: { en: 'Funding', fr: 'Financement', es: 'Financiación' },
  visibility: { en: 'Who may see it', fr: 'Qui peut la voir', es: 'Quién puede verla' },
  indicators: { en: 'Indicators', fr: 'Indicateurs', es: 'Indicadores' },
  indicatorN: { en: 'Indicator {n}', fr: 'Indicateur {n}', es: 'Indicador {n}' },
  addIndicator: { en: 'Add an indicator', fr: 'Ajouter un indicateur', es: 'Añadir un indicador' },
  removeIndicator: {
    en: 'Remove indicator {n}',
    fr: 'Retirer l’indicateur {n}',
    es: 'Quitar el indicador {n}',
  },
  objective: { en: 'Objective', fr: 'Objectif', es: 'Objetivo' },
  unit: { en: 'Unit', fr: 'Unité', es: 'Unidad' },
  baseline: { en: 'Baseline', fr: 'Référence', es: 'Referencia' },
  target: { en: 'Target', fr: 'Cible', es: 'Meta' },
  actual: { en: 'Actual', fr: 'Valeur actuelle', es: 'Valor actual' },
  criterion: {
    en: 'What rating {rating} means',
    fr: 'Ce que signifie la note {rating}',
    es: 'Qué significa la calificación {rating}',
  },
  none: { en: '(none)', fr: '(aucun)', es: '(ninguno)' },
  save: { en: 'Save', fr: 'Enregistrer', es: 'Guardar' },
  cancel: { en: 'Cancel', fr: 'Annuler', es: 'Cancelar' },
  edit: { en: 'Edit', fr: 'Modifier', es: 'Editar' },
  delete: { en: 'Delete', fr: 'Supprimer', es: 'Eliminar' },
  undo: { en: 'Undo', fr: 'Annuler l’action', es: 'Deshacer' },
  saved: { en: 'Saved: {title}', fr: 'Enregistrée : {title}', es: 'Guardada: {title}' },
  added: { en: 'Added: {title}', fr: 'Ajoutée : {title}', es: 'Añadida: {title}' },
  deleted: { en: 'Deleted: {title}', fr: 'Supprimée : {title}', es: 'Eliminada: {title}' },
  undone: { en: 'Undone.', fr: 'Action annulée.', es: 'Deshecho.' },
  fixErrors: {
    en: 'Not saved: {count} fields to correct. What you typed is kept.',
    fr: 'Non enregistrée : {count} champs à corriger. Votre saisie est conservée.',
    es: 'No guardada: {count} campos por corregir. Se conserva lo escrito.',
  },
  notSaved: {
    en: 'Not saved: {reason} What you typed is kept.',
    fr: 'Non enregistrée : {reason} Votre saisie est conservée.',
    es: 'No guardada: {reason} Se conserva lo escrito.',
  },
  conflict: {
    en: 'This activity was changed in another tab since you opened it.',
    fr: 'Cette activité a été modifiée dans un autre onglet depuis son ouverture.',
    es: 'Esta actividad se modificó en otra pestaña desde que la abrió.',
  },
  keepMine: { en: 'Save my version', fr: 'Enregistrer ma version', es: 'Guardar mi versión' },
  takeTheirs: {
    en: 'Load the other version',
    fr: 'Charger l’autre version',
    es: 'Cargar la otra versión',
  },
  downloadDraft: {
    en: 'Download what you typed (JSON)',
    fr: 'Télécharger votre saisie (JSON)',
    es: 'Descargar lo escrito (JSON)',
  },
  notAParty: {
    en: '"{code}" is not a Party code',
    fr: '« {code} » n’est pas un code de Partie',
    es: '"{code}" no es un código de Parte',
  },
  notANumber: {
    en: '"{value}" is not a number',
    fr: '« {value} » n’est pas un nombre',
    es: '"{value}" no es un número',
  },
  importCsv: {
    en: 'Import activities (CSV)',
    fr: 'Importer des activités (CSV)',
    es: 'Importar actividades (CSV)',
  },
  importHint: {
    en: 'All the rows are imported, or none: a file with errors changes nothing. Columns: {columns}.',
    fr: 'Toutes les lignes sont importées, ou aucune : un fichier avec des erreurs ne change rien. Colonnes : {columns}.',
    es: 'Se importan todas las filas o ninguna: un archivo con errores no cambia nada. Columnas: {columns}.',
  },
  csvFile: { en: 'CSV file', fr: 'Fichier CSV', es: 'Archivo CSV' },
  imported: {
    en: 'Imported: {added} added, {updated} updated.',
    fr: 'Importé : {added} ajoutées, {updated} mises à jour.',
    es: 'Importado: {added} añadidas, {updated} actualizadas.',
  },
  importRefused: {
    en: 'Nothing was imported: {count} problems.',
    fr: 'Rien n’a été importé : {count} problèmes.',
    es: 'No se importó nada: {count} problemas.',
  },
  line: { en: 'Line {line}', fr: 'Ligne {line}', es: 'Línea {line}' },
  exportTitle: { en: 'Export', fr: 'Exporter', es: 'Exportar' },
  exportCsv: {
    en: 'Download all activities (CSV)',
    fr: 'Télécharger toutes les activités (CSV)',
    es: 'Descargar todas las actividades (CSV)',
  },
  iatiTitle: {
    en: 'IATI activity standard (XML)',
    fr: 'Norme IATI des activités (XML)',
    es: 'Estándar IATI de actividades (XML)',
  },
  iatiHint: {
    en: 'An IATI file is public: only the activities visible to the public are in it.',
    fr: 'Un fichier IATI est public : seules les activités visibles du public y figurent.',
    es: 'Un archivo IATI es público: solo contiene las actividades visibles para el público.',
  },
  orgRef: {
    en: 'Reporting organisation identifier',
    fr: 'Identifiant de l’organisation déclarante',
    es: 'Identificador de la organización informante',
  },
  orgName: {
    en: 'Reporting organisation name',
    fr: 'Nom de l’organisation déclarante',
    es: 'Nombre de la organización informante',
  },
  exportIati: { en: 'Download IATI XML', fr: 'Télécharger le XML IATI', es: 'Descargar el XML IATI' },
  required: { en: 'Required.', fr: 'Obligatoire.', es: 'Obligatorio.' },
  publishTitle: { en: 'Publish', fr: 'Publier', es: 'Publicar' },
  publishHint: {
    en: 'Writes the dataset an audience may see: records meant for a narrower audience, and every private record, are left out.',
    fr: 'Écrit le jeu de données qu’un public peut voir : les enregistrements destinés à un public plus restreint, et tous les enregistrements privés, sont exclus.',
    es: 'Escribe el conjunto de datos que un público puede ver: se excluyen los registros destinados a un público más restringido y todos los privados.',
  },
  audience: { en: 'Audience', fr: 'Public', es: 'Público' },
  publisher: { en: 'Publisher', fr: 'Éditeur', es: 'Editor' },
  mergeInUse: {
    en: 'Include the needs dataset in use ({title})',
    fr: 'Inclure le jeu de données des besoins utilisé ({title})',
    es: 'Incluir el conjunto de datos de necesidades en uso ({title})',
  },
  publish: {
    en: 'Download the published dataset (JSON)',
    fr: 'Télécharger le jeu publié (JSON)',
    es: 'Descargar el conjunto publicado (JSON)',
  },
  published: {
    en: 'Published for {audience}: {activities} activities, {indicators} indicators.',
    fr: 'Publié pour {audience} : {activities} activités, {indicators} indicateurs.',
    es: 'Publicado para {audience}: {activities} actividades, {indicators} indicadores.',
  },
  dataInUse: {
    en: 'Needs in use: {title} ({needs} needs; {activities} activities recorded here, {others} from the data).',
    fr: 'Besoins utilisés : {title} ({needs} besoins ; {activities} activités enregistrées ici, {others} venant des données).',
    es: 'Necesidades en uso: {title} ({needs} necesidades; {activities} actividades registradas aquí, {others} de los datos).',
  },
  noData: {
    en: 'The dataset in use could not be read: {reason}',
    fr: 'Le jeu de données utilisé n’a pas pu être lu : {reason}',
    es: 'No se pudo leer el conjunto de datos en uso: {reason}',
  },
  unmet: {
    en: 'Unmet needs ({count})',
    fr: 'Besoins non satisfaits ({count})',
    es: 'Necesidades no atendidas ({count})',
  },
  covered: {
    en: 'Covered needs ({count})',
    fr: 'Besoins couverts ({count})',
    es: 'Necesidades cubiertas ({count})',
  },
  overlaps: { en: 'Overlaps ({count})', fr: 'Chevauchements ({count})', es: 'Superposiciones ({count})' },
  collaborations: {
    en: 'Chances to collaborate ({count})',
    fr: 'Possibilités de collaboration ({count})',
    es: 'Oportunidades de colaboración ({count})',
  },
  nothing: { en: 'None.', fr: 'Aucun.', es: 'Ninguno.' },
  moreNotShown: {
    en: '{count} more not shown.',
    fr: '{count} de plus non affichés.',
    es: '{count} más no mostrados.',
  },
  reasonsInEnglish: {
    en: '',
    fr: 'Les explications sont rédigées en anglais.',
    es: 'Las explicaciones están redactadas en inglés.',
  },
  rulesTitle: { en: 'Scoring rules', fr: 'Règles de notation', es: 'Reglas de puntuación' },
  ruleData: { en: 'The rule as data', fr: 'La règle sous forme de données', es: 'La regla como datos' },
  partyScores: {
    en: 'Needs reached, by Party',
    fr: 'Besoins atteints, par Partie',
    es: 'Necesidades atendidas, por Parte',
  },
  indicatorScores: { en: 'Indicators', fr: 'Indicateurs', es: 'Indicadores' },
  party: { en: 'Party', fr: 'Partie', es: 'Parte' },
  score: { en: 'Score', fr: 'Note', es: 'Puntuación' },
  explanation: { en: 'How it is computed', fr: 'Comment elle est calculée', es: 'Cómo se calcula' },
  indicator: { en: 'Indicator', fr: 'Indicateur', es: 'Indicador' },
  activity: { en: 'Activity', fr: 'Activité', es: 'Actividad' },
  assessmentIntro: {
    en: 'Rate each element from 0 to 3 against its written criteria. Elements rated 0 or 1 suggest needs.',
    fr: 'Notez chaque élément de 0 à 3 selon ses critères écrits. Les éléments notés 0 ou 1 suggèrent des besoins.',
    es: 'Califique cada elemento de 0 a 3 según sus criterios escritos. Los elementos calificados 0 o 1 sugieren necesidades.',
  },
  date: { en: 'Date', fr: 'Date', es: 'Fecha' },
  notRated: { en: 'Not rated', fr: 'Non noté', es: 'Sin calificar' },
  notes: { en: 'Notes', fr: 'Notes', es: 'Notas' },
  saveAssessment: {
    en: 'Save the self-assessment',
    fr: 'Enregistrer l’auto-évaluation',
    es: 'Guardar la autoevaluación',
  },
  assessmentSaved: {
    en: 'Self-assessment of {party} saved.',
    fr: 'Auto-évaluation de {party} enregistrée.',
    es: 'Autoevaluación de {party} guardada.',
  },
  assessmentDeleted: {
    en: 'Self-assessment of {party} deleted.',
    fr: 'Auto-évaluation de {party} supprimée.',
    es: 'Autoevaluación de {party} eliminada.',
  },
  storedAssessments: {
    en: 'Saved self-assessments',
    fr: 'Auto-évaluations enregistrées',
    es: 'Autoevaluaciones guardadas',
  },
  open: { en: 'Open', fr: 'Ouvrir', es: 'Abrir' },
  gapProfile: { en: 'Gap profile', fr: 'Profil des lacunes', es: 'Perfil de carencias' },
  element: { en: 'Element', fr: 'Élément', es: 'Elemento' },
  rating: { en: 'Rating', fr: 'Note', es: 'Calificación' },
  gap: { en: 'Gap', fr: 'Écart', es: 'Carencia' },
  criterionMet: { en: 'Criterion', fr: 'Critère', es: 'Criterio' },
  suggestedNeeds: { en: 'Suggested needs', fr: 'Besoins suggérés', es: 'Necesidades sugeridas' },
  noSuggestedNeeds: {
    en: 'No element is rated 0 or 1.',
    fr: 'Aucun élément n’est noté 0 ou 1.',
    es: 'Ningún elemento está calificado 0 o 1.',
  },
  downloadProfile: {
    en: 'Download the self-assessment and gap profile (JSON)',
    fr: 'Télécharger l’auto-évaluation et le profil des lacunes (JSON)',
    es: 'Descargar la autoevaluación y el perfil de carencias (JSON)',
  },
  error: { en: 'Error: {reason}', fr: 'Erreur : {reason}', es: 'Error: {reason}' },
} as const satisfies Record<string, Translated>;

/** A key of the tracker's sentences. */
export type TrackerStringKey = keyof typeof TRACKER_STRINGS;

/**
 * A tracker sentence in `lang`, with `{name}` placeholders filled from `params`.
 *
 * @param key - which sentence
 * @param lang - the interface language
 * @param params - values for the placeholders
 */
export function tt(
  key: TrackerStringKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  return TRACKER_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
