import { z } from 'zod';
import { DatasetSchema } from './dataset.ts';

/**
 * The JSON Schema of a dataset file, generated from the zod schemas so that partners can
 * validate their own files with any JSON Schema tool. Checks that need code (that each record's
 * source exists, that Party codes are Parties) are stated in the description.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'CITES capacity-building dataset',
    description:
      'A versioned bundle of CITES capacity-building records (reports, needs, activities, indicators, resources). Beyond this schema, each record\'s "source" must name an entry of "sources", ids are unique per collection, and Party codes must be CITES Parties (ISO 3166-1 alpha-2, EU for the European Union). `cites-cb validate FILE` checks all of it.',
  };
}
