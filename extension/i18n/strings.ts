/**
 * Interface sentences used only by the extension (the shared ones are in core/i18n). `{name}`
 * placeholders are filled by `text()`; values are inserted as text, never as markup.
 */
import type { Translated } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';

const STRINGS = {
  appName: {
    en: 'CITES capacity-building tracker',
    fr: 'Suivi du renforcement des capacités CITES',
    es: 'Seguimiento del fomento de capacidad CITES',
  },
  openInViewer: {
    en: 'Open in the CITES reader',
    fr: 'Ouvrir dans le lecteur CITES',
    es: 'Abrir en el lector CITES',
  },
  pageMentions: { en: 'This page mentions', fr: 'Cette page mentionne', es: 'Esta página menciona' },
  nothingFound: {
    en: 'No Party or CITES reference recognized on this page.',
    fr: 'Aucune Partie ni référence CITES reconnue sur cette page.',
    es: 'No se reconoció ninguna Parte ni referencia CITES en esta página.',
  },
  stillReading: { en: 'Still reading the page…', fr: 'Lecture de la page…', es: 'Leyendo la página…' },
  notRunning: {
    en: 'Annotations are off on this site.',
    fr: 'Les annotations sont désactivées sur ce site.',
    es: 'Las anotaciones están desactivadas en este sitio.',
  },
  unavailable: {
    en: 'The extension cannot run on this page.',
    fr: 'L’extension ne peut pas fonctionner sur cette page.',
    es: 'La extensión no puede funcionar en esta página.',
  },
  annotateSite: { en: 'Annotate {site}', fr: 'Annoter {site}', es: 'Anotar {site}' },
  permissionRefused: {
    en: 'Access to this site was not granted.',
    fr: 'L’accès à ce site n’a pas été accordé.',
    es: 'No se concedió el acceso a este sitio.',
  },
  language: { en: 'Language', fr: 'Langue', es: 'Idioma' },
  browserLanguage: {
    en: 'Browser language',
    fr: 'Langue du navigateur',
    es: 'Idioma del navegador',
  },
  settings: { en: 'Settings', fr: 'Paramètres', es: 'Configuración' },
  mentions: { en: '×{count}', fr: '×{count}', es: '×{count}' },
  whereItRuns: { en: 'Where it runs', fr: 'Où elle fonctionne', es: 'Dónde funciona' },
  citesAlways: {
    en: 'cites.org (on unless switched off)',
    fr: 'cites.org (activé sauf si désactivé)',
    es: 'cites.org (activado salvo si se desactiva)',
  },
  otherSites: {
    en: 'Other sites switched on from the popup',
    fr: 'Autres sites activés depuis la fenêtre de l’extension',
    es: 'Otros sitios activados desde la ventana de la extensión',
  },
  noOtherSites: { en: 'None yet.', fr: 'Aucun pour l’instant.', es: 'Ninguno por ahora.' },
  switchOff: { en: 'Switch off', fr: 'Désactiver', es: 'Desactivar' },
  pdfOption: {
    en: 'Open links to PDFs on cites.org in the CITES reader',
    fr: 'Ouvrir les liens vers des PDF sur cites.org dans le lecteur CITES',
    es: 'Abrir los enlaces a PDF de cites.org en el lector CITES',
  },
  dataSource: { en: 'Data source', fr: 'Source des données', es: 'Fuente de datos' },
  bundledData: {
    en: 'The bundled dataset',
    fr: 'Le jeu de données intégré',
    es: 'El conjunto de datos incluido',
  },
  urlData: {
    en: 'Published datasets (JSON) at these URLs, merged',
    fr: 'Des jeux de données publiés (JSON) à ces adresses, fusionnés',
    es: 'Conjuntos de datos publicados (JSON) en estas direcciones, combinados',
  },
  urlN: { en: 'URL {n}', fr: 'Adresse {n}', es: 'Dirección {n}' },
  addUrl: { en: 'Add a URL', fr: 'Ajouter une adresse', es: 'Añadir una dirección' },
  removeUrl: { en: 'Remove URL {n}', fr: 'Retirer l’adresse {n}', es: 'Quitar la dirección {n}' },
  withBundled: {
    en: 'Merge the bundled dataset with them',
    fr: 'Y fusionner le jeu de données intégré',
    es: 'Combinar con ellos el conjunto de datos incluido',
  },
  mergedFrom: { en: 'Merged from:', fr: 'Fusion de :', es: 'Combinación de:' },
  partCounts: {
    en: '{reports} reports, {needs} needs, {activities} activities',
    fr: '{reports} rapports, {needs} besoins, {activities} activités',
    es: '{reports} informes, {needs} necesidades, {activities} actividades',
  },
  useSource: { en: 'Use this data', fr: 'Utiliser ces données', es: 'Usar estos datos' },
  inUse: { en: 'In use: {title}', fr: 'Utilisé : {title}', es: 'En uso: {title}' },
  counts: {
    en: '{reports} reports, {needs} needs',
    fr: '{reports} rapports, {needs} besoins',
    es: '{reports} informes, {needs} necesidades',
  },
  refused: {
    en: 'Refused: {reason}. The previous data stays in use.',
    fr: 'Refusé : {reason}. Les données précédentes restent utilisées.',
    es: 'Rechazado: {reason}. Se siguen usando los datos anteriores.',
  },
  line: { en: 'line {line}', fr: 'ligne {line}', es: 'línea {line}' },
  openPdf: { en: 'Open a PDF', fr: 'Ouvrir un PDF', es: 'Abrir un PDF' },
  dropPdf: {
    en: 'Choose a PDF file or drop one here.',
    fr: 'Choisissez un fichier PDF ou déposez-le ici.',
    es: 'Elija un archivo PDF o suéltelo aquí.',
  },
  download: { en: 'Download the original', fr: 'Télécharger l’original', es: 'Descargar el original' },
  pdfError: {
    en: 'The PDF could not be opened: {reason}',
    fr: 'Le PDF n’a pas pu être ouvert : {reason}',
    es: 'No se pudo abrir el PDF: {reason}',
  },
  allowSite: {
    en: 'Allow access to {site}',
    fr: 'Autoriser l’accès à {site}',
    es: 'Permitir el acceso a {site}',
  },
  notAParty: {
    en: 'Not in the list of Parties',
    fr: 'Absent de la liste des Parties',
    es: 'No figura en la lista de Partes',
  },
  reference: { en: 'Reference', fr: 'Référence', es: 'Referencia' },
  noLink: {
    en: 'No link to it is known.',
    fr: 'Aucun lien connu vers ce texte.',
    es: 'No se conoce ningún enlace.',
  },
  closeCard: { en: 'Close', fr: 'Fermer', es: 'Cerrar' },
  openTracker: {
    en: 'Capacity-building activities tracker',
    fr: 'Suivi des activités de renforcement des capacités',
    es: 'Seguimiento de las actividades de fomento de capacidad',
  },
} as const satisfies Record<string, Translated>;

/** A key of the extension's sentences. */
export type StringKey = keyof typeof STRINGS;

/**
 * An extension sentence in `lang`, with `{name}` placeholders filled from `params`.
 *
 * @param key - which sentence
 * @param lang - the interface language
 * @param params - values for the placeholders
 */
export function text(key: StringKey, lang: Language, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
