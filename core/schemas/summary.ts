import { z } from 'zod';
import { CurrencySchema } from './activity.ts';
import { ActivityStatusSchema, FundingSourceSchema, NeedCategorySchema } from './codes.ts';

const Counts = <K extends z.ZodEnum>(keys: K) => z.partialRecord(keys, z.number().int().nonnegative());

/**
 * Totals computed from a dataset's records. Publishing recomputes them from the records an
 * audience may see, so that no total reveals a record left out.
 */
export const DatasetSummarySchema = z.object({
  /** Parties with at least one report. */
  parties: z.number().int().nonnegative(),
  needs: z.object({ total: z.number().int().nonnegative(), byCategory: Counts(NeedCategorySchema) }),
  activities: z.object({
    total: z.number().int().nonnegative(),
    byStatus: Counts(ActivityStatusSchema),
    byCategory: Counts(NeedCategorySchema),
  }),
  /** Money per currency and funding source; different currencies are never added together. */
  funding: z.array(
    z.object({
      currency: CurrencySchema,
      funding: FundingSourceSchema,
      budget: z.number().nonnegative(),
      spent: z.number().nonnegative(),
      resources: z.number().nonnegative(),
    }),
  ),
});
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;
