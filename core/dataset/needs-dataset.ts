import { DATASET_SCHEMA_VERSION, DatasetSchema, type Dataset } from '../schemas/dataset.ts';
import type { Need, Report, Source } from '../schemas/need.ts';

export interface NeedsDatasetInput {
  id: string;
  title: string;
  generatedAt: string;
  source: Source;
  reports: Report[];
  needs: Need[];
  publisher?: string;
}

/** Wraps imported reports and needs into a complete, validated dataset. */
export function needsDataset(input: NeedsDatasetInput): Dataset {
  return DatasetSchema.parse({
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: input.id,
    title: input.title,
    generatedAt: input.generatedAt,
    ...(input.publisher ? { publisher: input.publisher } : {}),
    sources: [input.source],
    reports: input.reports,
    needs: input.needs,
  });
}
