/** The zod schemas of the domain's code lists (the lists themselves are in code-lists.ts). */
import { z } from 'zod';
import {
  RECIPIENT_CODES,
  NEED_CATEGORIES,
  REGION_CODES,
  VISIBILITY_LEVELS,
  DELIVERY_MODES,
  FUNDING_SOURCES,
  ACTIVITY_STATUSES,
  LANGUAGES,
} from './code-lists.ts';

export * from './code-lists.ts';

export const RecipientCodeSchema = z.enum(RECIPIENT_CODES);
export const NeedCategorySchema = z.enum(NEED_CATEGORIES);
export const RegionCodeSchema = z.enum(REGION_CODES);
export const VisibilitySchema = z.enum(VISIBILITY_LEVELS);
export const DeliveryModeSchema = z.enum(DELIVERY_MODES);
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export const LanguageSchema = z.enum(LANGUAGES);
