import { z } from 'zod';
import {
  ActivityStatusSchema,
  DeliveryModeSchema,
  FundingSourceSchema,
  NeedCategorySchema,
  RecipientCodeSchema,
  sortRecipients,
} from './codes.ts';
import { RecordIdSchema, RecordMetaShape } from './need.ts';
import { PartyCodeSchema } from './party.ts';
import { ObjectiveNumberSchema } from './strategic-vision.ts';

const IsoDateSchema = z.iso.date({ message: 'a date is written YYYY-MM-DD' });
/** ISO 4217 currency code, such as USD, EUR, CHF. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO 4217 code');

export const MoneySchema = z.object({
  amount: z.number().nonnegative(),
  currency: CurrencySchema,
  funding: FundingSourceSchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** A rating step of an indicator and the written criterion for reaching it. */
export const RatingCriterionSchema = z.object({
  rating: z.number().int().min(0),
  criterion: z.string().min(1),
});

/**
 * An indicator measured by an activity (or by the Secretariat), tied to a Strategic Vision
 * objective. The criteria say in words what each rating means.
 */
export const IndicatorSchema = z.object({
  id: RecordIdSchema,
  title: z.string().min(1),
  objective: ObjectiveNumberSchema.optional(),
  activity: RecordIdSchema.optional(),
  unit: z.string().optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  actual: z.number().optional(),
  criteria: z.array(RatingCriterionSchema).default([]),
  ...RecordMetaShape,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A capacity-building activity: who delivers it, for whom, with what money, towards what. */
export const ActivitySchema = z
  .object({
    id: RecordIdSchema,
    title: z.string().min(1),
    status: ActivityStatusSchema,
    start: IsoDateSchema.optional(),
    end: IsoDateSchema.optional(),
    delivery: DeliveryModeSchema,
    provider: z.string().min(1),
    partners: z.array(z.string().min(1)).default([]),
    donors: z.array(z.string().min(1)).default([]),
    beneficiaries: z.array(PartyCodeSchema).default([]),
    recipients: z
      .array(RecipientCodeSchema)
      .default([])
      .transform((codes) => sortRecipients(codes)),
    category: NeedCategorySchema,
    topics: z.array(z.string().min(1)).default([]),
    objectives: z.array(ObjectiveNumberSchema).default([]),
    /** Ids of the needs the activity answers. */
    needs: z.array(RecordIdSchema).default([]),
    budget: MoneySchema.optional(),
    spent: MoneySchema.optional(),
    indicators: z.array(RecordIdSchema).default([]),
    illustrative: z.boolean().optional(),
    ...RecordMetaShape,
  })
  .refine((a) => !a.start || !a.end || a.start <= a.end, {
    message: 'an activity cannot end before it starts',
    path: ['end'],
  });
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;

/** Money given by a donor, for a beneficiary, an activity or a need category. */
export const ResourceSchema = z.object({
  id: RecordIdSchema,
  donor: z.string().min(1),
  beneficiary: PartyCodeSchema.optional(),
  activity: RecordIdSchema.optional(),
  category: NeedCategorySchema.optional(),
  year: z.number().int().min(1975).max(2100).optional(),
  amount: z.number().nonnegative(),
  currency: CurrencySchema,
  funding: FundingSourceSchema,
  ...RecordMetaShape,
});
export type Resource = z.infer<typeof ResourceSchema>;
