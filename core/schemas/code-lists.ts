/**
 * The code lists of the domain as plain constants, with the types they define. Kept apart from the
 * zod schemas (codes.ts) so that code needing only the lists, such as the widgets' rendering,
 * does not load the validator.
 */
/** Recipient codes of the implementation-report grid, in the report's own column order. */
export const RECIPIENT_CODES = ['MA', 'SA', 'EA', 'T', 'N', 'P', 'O'] as const;
export type RecipientCode = (typeof RECIPIENT_CODES)[number];

/** Need categories of the implementation-report grid (Indicator 2.3.1c), in column order. */
export const NEED_CATEGORIES = ['advice', 'technical', 'financial', 'training', 'other'] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** The six CITES regions. `csac` is Central and South America and the Caribbean. */
export const REGION_CODES = ['africa', 'asia', 'csac', 'europe', 'north-america', 'oceania'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * Who may see a record, from the widest audience to the narrowest. A dataset published for an
 * audience keeps only records at or below that audience's level.
 */
export const VISIBILITY_LEVELS = ['public', 'parties', 'secretariat', 'private'] as const;
export type Visibility = (typeof VISIBILITY_LEVELS)[number];

export const DELIVERY_MODES = ['face-to-face', 'online', 'blended'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const FUNDING_SOURCES = ['core', 'extrabudgetary'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The three working languages of CITES, which are the interface languages. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Sorts recipient codes into the report's column order and drops duplicates. */
export function sortRecipients(codes: Iterable<RecipientCode>): RecipientCode[] {
  const present = new Set(codes);
  return RECIPIENT_CODES.filter((code) => present.has(code));
}

/** The dataset format version this code reads and writes. */
export const DATASET_SCHEMA_VERSION = 1;
