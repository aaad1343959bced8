import { DatasetSchema, type Dataset } from '../schemas/dataset.ts';
import defaultDatasetJson from './default-dataset.json' with { type: 'json' };

let parsed: Dataset | undefined;

/**
 * The bundled default dataset (the founding document's needs table and the Strategic Vision),
 * parsed on first use.
 */
export function defaultDataset(): Dataset {
  parsed ??= DatasetSchema.parse(defaultDatasetJson);
  return parsed;
}
