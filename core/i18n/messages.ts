import type { Translated } from './labels.ts';

/**
 * Interface sentences shared by the extension and the widgets. `{name}` placeholders are
 * filled by `t()`; values are inserted as text, never as markup.
 */
export const MESSAGES = {
  noNeedsExpressed: {
    en: 'No capacity-building needs expressed',
    fr: 'Aucun besoin de renforcement des capacités exprimé',
    es: 'No se expresaron necesidades de fomento de capacidad',
  },
  noReport: {
    en: 'No report in the data',
    fr: 'Aucun rapport dans les données',
    es: 'Ningún informe en los datos',
  },
  reportPeriod: { en: 'Report period', fr: 'Période du rapport', es: 'Período del informe' },
  periodUnspecified: { en: 'period not given', fr: 'période non précisée', es: 'período no indicado' },
  details: { en: 'Details', fr: 'Détails', es: 'Detalles' },
  source: { en: 'Source', fr: 'Source', es: 'Fuente' },
  region: { en: 'Region', fr: 'Région', es: 'Región' },
  party: { en: 'Party', fr: 'Partie', es: 'Parte' },
  parties: { en: 'Parties', fr: 'Parties', es: 'Partes' },
  category: { en: 'Category', fr: 'Catégorie', es: 'Categoría' },
  recipients: { en: 'Recipients', fr: 'Bénéficiaires', es: 'Destinatarios' },
  needs: { en: 'Needs', fr: 'Besoins', es: 'Necesidades' },
  needCount: { en: '{count} needs', fr: '{count} besoins', es: '{count} necesidades' },
  total: { en: 'Total', fr: 'Total', es: 'Total' },
  legend: { en: 'Legend', fr: 'Légende', es: 'Leyenda' },
  unknownParty: { en: 'Unknown Party', fr: 'Partie inconnue', es: 'Parte desconocida' },
  readOnCites: { en: 'Read on cites.org', fr: 'Lire sur cites.org', es: 'Leer en cites.org' },
  dataError: {
    en: 'The data could not be loaded: {reason}',
    fr: 'Les données n’ont pas pu être chargées : {reason}',
    es: 'No se pudieron cargar los datos: {reason}',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', es: 'Cargando…' },
  illustrative: {
    en: 'Illustrative example, not real CITES data',
    fr: 'Exemple illustratif, pas des données CITES réelles',
    es: 'Ejemplo ilustrativo, no son datos reales de la CITES',
  },
  // Widgets: the needs matrix, the Party profile and the chart.
  filters: { en: 'Filters', fr: 'Filtres', es: 'Filtros' },
  allRegions: { en: 'All regions', fr: 'Toutes les régions', es: 'Todas las regiones' },
  allCategories: { en: 'All categories', fr: 'Toutes les catégories', es: 'Todas las categorías' },
  allRecipients: { en: 'All recipients', fr: 'Tous les bénéficiaires', es: 'Todos los destinatarios' },
  matrixCaption: {
    en: 'Capacity-building needs by Party and category',
    fr: 'Besoins de renforcement des capacités par Partie et par catégorie',
    es: 'Necesidades de fomento de capacidad por Parte y categoría',
  },
  partiesShown: {
    en: '{shown} of {total} Parties that reported',
    fr: '{shown} des {total} Parties ayant fait rapport',
    es: '{shown} de las {total} Partes que presentaron informe',
  },
  noMatch: {
    en: 'No Party matches these filters.',
    fr: 'Aucune Partie ne correspond à ces filtres.',
    es: 'Ninguna Parte coincide con estos filtros.',
  },
  partyCountOne: { en: '{count} Party', fr: '{count} Partie', es: '{count} Parte' },
  partyCountOther: { en: '{count} Parties', fr: '{count} Parties', es: '{count} Partes' },
  noNeedsShort: { en: 'no needs expressed', fr: 'aucun besoin exprimé', es: 'ninguna necesidad expresada' },
  showParty: { en: 'Show {name}', fr: 'Afficher {name}', es: 'Mostrar {name}' },
  chartByCategory: {
    en: 'Parties expressing each kind of need',
    fr: 'Parties exprimant chaque type de besoin',
    es: 'Partes que expresan cada tipo de necesidad',
  },
  chartByRecipient: {
    en: 'Parties naming each recipient',
    fr: 'Parties citant chaque bénéficiaire',
    es: 'Partes que mencionan a cada destinatario',
  },
  chartByRegion: {
    en: 'Parties expressing needs, by region',
    fr: 'Parties exprimant des besoins, par région',
    es: 'Partes que expresan necesidades, por región',
  },
  chartView: { en: 'View', fr: 'Vue', es: 'Vista' },
  byCategory: { en: 'By category', fr: 'Par catégorie', es: 'Por categoría' },
  byRecipient: { en: 'By recipient', fr: 'Par bénéficiaire', es: 'Por destinatario' },
  byRegion: { en: 'By region', fr: 'Par région', es: 'Por región' },
  dataTable: { en: 'Data table', fr: 'Tableau des données', es: 'Tabla de datos' },
  reports: { en: 'Reports', fr: 'Rapports', es: 'Informes' },
  sourceDocuments: { en: 'Source documents', fr: 'Documents sources', es: 'Documentos de origen' },
  note: { en: 'Note', fr: 'Remarque', es: 'Nota' },
  unverifiedSource: {
    en: 'not checked against the original',
    fr: 'non vérifié par rapport à l’original',
    es: 'no cotejado con el original',
  },
  errorHttp: {
    en: 'the server answered {status} for {url}',
    fr: 'le serveur a répondu {status} pour {url}',
    es: 'el servidor respondió {status} para {url}',
  },
  errorNetwork: {
    en: '{url} could not be reached',
    fr: '{url} est inaccessible',
    es: 'no se pudo acceder a {url}',
  },
  errorJson: {
    en: 'the file is not valid JSON ({detail})',
    fr: 'le fichier n’est pas du JSON valide ({detail})',
    es: 'el archivo no es JSON válido ({detail})',
  },
  errorInvalid: {
    en: 'the file is not a valid dataset: {issues}',
    fr: 'le fichier n’est pas un jeu de données valide : {issues}',
    es: 'el archivo no es un conjunto de datos válido: {issues}',
  },
  dataFrom: { en: 'Data: {title}', fr: 'Données : {title}', es: 'Datos: {title}' },
} as const satisfies Record<string, Translated>;

export type MessageKey = keyof typeof MESSAGES;
