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
} as const satisfies Record<string, Translated>;

export type MessageKey = keyof typeof MESSAGES;
