/**
 * The tracker's records as a dataset, and what publishing writes: the dataset an audience may
 * see, optionally merged with the needs dataset in use (each record keeping its source).
 */
import { mergeDatasets } from '../../core/dataset/merge.ts';
import { publishDataset, type Audience } from '../../core/publish/publish.ts';
import type { Activity, Indicator } from '../../core/schemas/activity.ts';
import { DATASET_SCHEMA_VERSION, DatasetSchema, type Dataset } from '../../core/schemas/dataset.ts';
import { TRACKER_SOURCE_ID } from '../../core/storage/activities-repo.ts';

/** The id of the dataset of activities recorded in the tracker. */
export const TRACKER_DATASET_ID = 'tracker';

export interface TrackerDatasetOptions {
  publisher?: string;
  generatedAt?: string;
}

/** The recorded activities and their indicators as a dataset. */
export function trackerDataset(
  records: ReadonlyArray<{ activity: Activity; indicators: readonly Indicator[] }>,
  options: TrackerDatasetOptions = {},
): Dataset {
  const publisher = options.publisher?.trim();
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: TRACKER_DATASET_ID,
    title: publisher ? `Capacity-building activities: ${publisher}` : 'Capacity-building activities',
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    ...(publisher ? { publisher } : {}),
    sources: [
      {
        id: TRACKER_SOURCE_ID,
        title: publisher
          ? `Activities recorded by ${publisher} in the CITES capacity-building tracker`
          : 'Activities recorded in the CITES capacity-building tracker',
        verified: true,
      },
    ],
    parties: [],
    reports: [],
    needs: [],
    activities: records.map((record) => record.activity),
    indicators: records.flatMap((record) => record.indicators),
    resources: [],
  };
}

export interface PublishOptions extends TrackerDatasetOptions {
  audience: Audience;
  /** The needs dataset in use, to merge with the recorded activities. */
  merge?: Dataset;
}

/**
 * The dataset `audience` may see: the recorded activities (and, if given, the dataset in use
 * merged with them) with every record above that audience dropped, validated as any loaded
 * dataset would be.
 */
export function publishTracker(
  records: ReadonlyArray<{ activity: Activity; indicators: readonly Indicator[] }>,
  options: PublishOptions,
): Dataset {
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const own = trackerDataset(records, { ...options, generatedAt });
  const whole = options.merge ? mergeDatasets([options.merge, own], generatedAt) : own;
  return DatasetSchema.parse(publishDataset(whole, options.audience, generatedAt));
}
