import type {
  ActivityStatus,
  DeliveryMode,
  FundingSource,
  Language,
  NeedCategory,
  RecipientCode,
  RegionCode,
  Visibility,
} from '../schemas/code-lists.ts';

/** A text in each working language. */
export type Translated = Readonly<Record<Language, string>>;

/** Recipients of capacity-building, as the implementation report names them. */
export const RECIPIENT_LABELS: Readonly<Record<RecipientCode, Translated>> = {
  MA: { en: 'Management Authority', fr: 'Organe de gestion', es: 'Autoridad Administrativa' },
  SA: { en: 'Scientific Authority', fr: 'Autorité scientifique', es: 'Autoridad Científica' },
  EA: {
    en: 'Enforcement authorities',
    fr: 'Autorités chargées de la lutte contre la fraude',
    es: 'Autoridades de observancia',
  },
  T: { en: 'Traders', fr: 'Commerçants', es: 'Comerciantes' },
  N: { en: 'NGOs', fr: 'ONG', es: 'ONG' },
  P: { en: 'Public', fr: 'Public', es: 'Público' },
  O: { en: 'Other', fr: 'Autre', es: 'Otro' },
};

/** Need categories, as the implementation report's grid words them. */
export const CATEGORY_LABELS: Readonly<Record<NeedCategory, Translated>> = {
  advice: {
    en: 'Oral or written advice/guidance',
    fr: 'Avis ou orientations oraux ou écrits',
    es: 'Asesoramiento u orientación oral o escrita',
  },
  technical: { en: 'Technical assistance', fr: 'Assistance technique', es: 'Asistencia técnica' },
  financial: { en: 'Financial assistance', fr: 'Assistance financière', es: 'Asistencia financiera' },
  training: { en: 'Training', fr: 'Formation', es: 'Capacitación' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro' },
};

/** Short category names for narrow columns and chart axes. */
export const CATEGORY_SHORT_LABELS: Readonly<Record<NeedCategory, Translated>> = {
  advice: { en: 'Advice', fr: 'Avis', es: 'Asesoramiento' },
  technical: { en: 'Technical', fr: 'Technique', es: 'Técnica' },
  financial: { en: 'Financial', fr: 'Financière', es: 'Financiera' },
  training: { en: 'Training', fr: 'Formation', es: 'Capacitación' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro' },
};

/** The six CITES regions, in the wording of the CITES regional lists. */
export const REGION_LABELS: Readonly<Record<RegionCode, Translated>> = {
  africa: { en: 'Africa', fr: 'Afrique', es: 'África' },
  asia: { en: 'Asia', fr: 'Asie', es: 'Asia' },
  csac: {
    en: 'Central and South America and the Caribbean',
    fr: 'Amérique centrale et du Sud et Caraïbes',
    es: 'América Central, del Sur y el Caribe',
  },
  europe: { en: 'Europe', fr: 'Europe', es: 'Europa' },
  'north-america': { en: 'North America', fr: 'Amérique du Nord', es: 'América del Norte' },
  oceania: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía' },
};

export const VISIBILITY_LABELS: Readonly<Record<Visibility, Translated>> = {
  public: { en: 'Public', fr: 'Public', es: 'Público' },
  parties: { en: 'Parties only', fr: 'Parties seulement', es: 'Solo Partes' },
  secretariat: { en: 'Secretariat only', fr: 'Secrétariat seulement', es: 'Solo Secretaría' },
  private: { en: 'Private', fr: 'Privé', es: 'Privado' },
};

export const DELIVERY_LABELS: Readonly<Record<DeliveryMode, Translated>> = {
  'face-to-face': { en: 'Face-to-face', fr: 'En présentiel', es: 'Presencial' },
  online: { en: 'Online', fr: 'En ligne', es: 'En línea' },
  blended: { en: 'Blended', fr: 'Mixte', es: 'Mixta' },
};

export const FUNDING_LABELS: Readonly<Record<FundingSource, Translated>> = {
  core: { en: 'Core budget', fr: 'Budget ordinaire', es: 'Presupuesto básico' },
  extrabudgetary: { en: 'Extrabudgetary', fr: 'Extrabudgétaire', es: 'Extrapresupuestario' },
};

export const STATUS_LABELS: Readonly<Record<ActivityStatus, Translated>> = {
  planned: { en: 'Planned', fr: 'Prévue', es: 'Prevista' },
  ongoing: { en: 'Ongoing', fr: 'En cours', es: 'En curso' },
  completed: { en: 'Completed', fr: 'Terminée', es: 'Terminada' },
  cancelled: { en: 'Cancelled', fr: 'Annulée', es: 'Cancelada' },
};

/** Kinds of mention the recognizer finds. */
export const MENTION_KIND_LABELS: Readonly<Record<string, Translated>> = {
  party: { en: 'Party', fr: 'Partie', es: 'Parte' },
  decision: { en: 'Decision', fr: 'Décision', es: 'Decisión' },
  resolution: { en: 'Resolution', fr: 'Résolution', es: 'Resolución' },
  document: { en: 'Meeting document', fr: 'Document de session', es: 'Documento de reunión' },
  notification: {
    en: 'Notification to the Parties',
    fr: 'Notification aux Parties',
    es: 'Notificación a las Partes',
  },
};
