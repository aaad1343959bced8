import type { Dataset } from '../schemas/dataset.ts';
import defaultDatasetJson from './default-dataset.json' with { type: 'json' };

/**
 * The bundled default dataset (the founding document's needs table and the Strategic Vision).
 * `npm run gen` writes it from the schema-validated output of the importer, and a unit test
 * checks that the schema reads it back unchanged; so it is used as it is, without loading the
 * validator (which keeps the widgets small).
 */
export function defaultDataset(): Dataset {
  return defaultDatasetJson as Dataset;
}
