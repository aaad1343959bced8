import { z } from 'zod';
import { ActivitySchema, IndicatorSchema, ResourceSchema } from './activity.ts';
import { DATASET_SCHEMA_VERSION } from './code-lists.ts';
import { VisibilitySchema } from './codes.ts';
import { NeedSchema, RecordIdSchema, ReportSchema, SourceSchema } from './need.ts';
import { PartySchema } from './party.ts';
import { StrategicVisionSchema } from './strategic-vision.ts';
import { DatasetSummarySchema } from './summary.ts';

export { DATASET_SCHEMA_VERSION };

/**
 * A versioned, self-describing bundle of capacity-building records. Every record names its
 * source (an entry of `sources`) and its visibility. A dataset is what an organization publishes
 * and what the extension and the widgets load.
 */
export const DatasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    id: RecordIdSchema,
    title: z.string().min(1),
    generatedAt: z.iso.datetime({ offset: true }),
    publisher: z.string().optional(),
    /** The widest audience this file may be shown to; set by publishing. */
    audience: VisibilitySchema.optional(),
    /** True where the records are illustrative examples, not real CITES data. */
    illustrative: z.boolean().optional(),
    sources: z.array(SourceSchema).min(1),
    /** Parties the dataset defines or overrides; the bundled list of 185 applies otherwise. */
    parties: z.array(PartySchema).default([]),
    reports: z.array(ReportSchema).default([]),
    needs: z.array(NeedSchema).default([]),
    activities: z.array(ActivitySchema).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    resources: z.array(ResourceSchema).default([]),
    strategicVision: StrategicVisionSchema.optional(),
    /** Totals computed from the records (see core/tracker/summarize.ts). */
    summary: DatasetSummarySchema.optional(),
  })
  .superRefine((dataset, ctx) => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    const collections = ['reports', 'needs', 'activities', 'indicators', 'resources'] as const;
    for (const key of collections) {
      const seen = new Set<string>();
      dataset[key].forEach((record, index) => {
        if (!sourceIds.has(record.source)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index, 'source'],
            message: `unknown source "${record.source}" (not in the dataset's sources)`,
          });
        }
        if (seen.has(record.id)) {
          ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicate id "${record.id}"` });
        }
        seen.add(record.id);
      });
    }
  });
export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
