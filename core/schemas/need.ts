import { z } from 'zod';
import { NeedCategorySchema, RecipientCodeSchema, VisibilitySchema, sortRecipients } from './codes.ts';
import { PartyCodeSchema } from './party.ts';

const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;

/** A report period as written in the reports: a span `2015-2017` or a single year `2017`. */
export const PeriodSchema = z
  .string()
  .regex(PERIOD, 'a report period is a year (2017) or a span of years (2015-2017)')
  .refine((period) => {
    const [, start, end] = PERIOD.exec(period) ?? [];
    return end === undefined || Number(start) <= Number(end);
  }, 'a report period cannot end before it starts');
export type Period = z.infer<typeof PeriodSchema>;

/** Recipient codes, kept unique and in the report's column order (MA SA EA T N P O). */
export const RecipientListSchema = z
  .array(RecipientCodeSchema)
  .min(1, 'a need names at least one recipient')
  .transform((codes) => sortRecipients(codes));

/** A record id: letters, digits and `.-_:/`, so that it is safe in a URL, a file name and a CSV cell. */
export const RecordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'an id is letters, digits and . _ : / - (no spaces)');

/** Where a record comes from: a document, a file, a person's entry. */
export const SourceSchema = z.object({
  id: RecordIdSchema,
  title: z.string().min(1),
  /** The CITES document code, such as "AC31 Doc. 10/PC25 Doc. 11 Add. (Rev. 1)". */
  document: z.string().optional(),
  /** The part of the document the records come from, such as "Annex 3". */
  part: z.string().optional(),
  url: z.url().optional(),
  date: z.string().optional(),
  /** False where the record's transcription or origin has not been checked against the original. */
  verified: z.boolean().default(true),
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** Fields every stored record carries: its provenance and who may see it. */
export const RecordMetaShape = {
  /** Id of the record's entry in the dataset's `sources`. */
  source: RecordIdSchema,
  visibility: VisibilitySchema.default('public'),
};

/**
 * A Party's implementation report for a period, and whether it expressed capacity-building
 * needs (Indicator 2.3.1c). Reports that expressed none are kept: "no needs expressed" is
 * information, unlike "no report in the data".
 */
export const ReportSchema = z.object({
  id: RecordIdSchema,
  party: PartyCodeSchema,
  /** The period as reported; absent where the source does not give it. */
  period: PeriodSchema.optional(),
  needsExpressed: z.boolean(),
  /** The report's free-text details on its needs. */
  details: z.string().optional(),
  /** A remark on the report as the source gives it (e.g. "used the biennial report format"). */
  note: z.string().optional(),
  ...RecordMetaShape,
});
export type Report = z.infer<typeof ReportSchema>;

/** One capacity-building need: a Party, a period, a category and who should receive it. */
export const NeedSchema = z.object({
  id: RecordIdSchema,
  party: PartyCodeSchema,
  period: PeriodSchema,
  category: NeedCategorySchema,
  recipients: RecipientListSchema,
  /** The details text of the report row the need comes from. */
  details: z.string().optional(),
  /** Id of the report the need was expressed in. */
  report: RecordIdSchema.optional(),
  ...RecordMetaShape,
});
export type Need = z.infer<typeof NeedSchema>;
export type NeedInput = z.input<typeof NeedSchema>;

/** The canonical id of a need: Party, period and category. */
export function needId(party: string, period: string, category: string): string {
  return `need:${party}:${period}:${category}`;
}

/** The canonical id of a report: Party and period (or `unspecified`). */
export function reportId(party: string, period: string | undefined): string {
  return `report:${party}:${period ?? 'unspecified'}`;
}
