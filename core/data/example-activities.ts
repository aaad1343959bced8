import { DatasetSchema, type Dataset } from '../schemas/dataset.ts';
import exampleJson from './example-activities.json' with { type: 'json' };

let parsed: Dataset | undefined;

/**
 * Illustrative activities, indicators and resources for the demonstration: invented providers,
 * donors and amounts, marked `illustrative` on the dataset and on every activity. Never real
 * CITES data.
 */
export function exampleActivities(): Dataset {
  parsed ??= DatasetSchema.parse(exampleJson);
  return parsed;
}
