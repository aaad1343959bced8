import { z } from 'zod';

/** Recipient codes of the implementation-report grid, in the report's own column order. */
export const RECIPIENT_CODES = ['MA', 'SA', 'EA', 'T', 'N', 'P', 'O'] as const;
export const RecipientCodeSchema = z.enum(RECIPIENT_CODES);
export type RecipientCode = z.infer<typeof RecipientCodeSchema>;

/** Need categories of the implementation-report grid (Indicator 2.3.1c), in column order. */
export const NEED_CATEGORIES = ['advice', 'technical', 'financial', 'training', 'other'] as const;
export const NeedCategorySchema = z.enum(NEED_CATEGORIES);
export type NeedCategory = z.infer<typeof NeedCategorySchema>;

/** The six CITES regions. `csac` is Central and South America and the Caribbean. */
export const REGION_CODES = ['africa', 'asia', 'csac', 'europe', 'north-america', 'oceania'] as const;
export const RegionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/**
 * Who may see a record, from the widest audience to the narrowest. A dataset published for an
 * audience keeps only records at or below that audience's level.
 */
export const VISIBILITY_LEVELS = ['public', 'parties', 'secretariat', 'private'] as const;
export const VisibilitySchema = z.enum(VISIBILITY_LEVELS);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const DELIVERY_MODES = ['face-to-face', 'online', 'blended'] as const;
export const DeliveryModeSchema = z.enum(DELIVERY_MODES);
export type DeliveryMode = z.infer<typeof DeliveryModeSchema>;

export const FUNDING_SOURCES = ['core', 'extrabudgetary'] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/** The three working languages of CITES, which are the interface languages. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Sorts recipient codes into the report's column order and drops duplicates. */
export function sortRecipients(codes: Iterable<RecipientCode>): RecipientCode[] {
  const present = new Set(codes);
  return RECIPIENT_CODES.filter((code) => present.has(code));
}
