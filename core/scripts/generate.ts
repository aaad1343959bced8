/**
 * `npm run gen`: regenerates the files derived from the sources of truth:
 * - `core/data/default-dataset.json`, from the founding document's text;
 * - `core/schemas/dataset.schema.json`, the JSON Schema of a dataset, from the zod schemas.
 * A test fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDefaultDataset } from '../data/build-default-dataset.ts';
import { datasetJsonSchema } from '../schemas/json-schema.ts';

const here = (path: string) => new URL(path, import.meta.url);
const founding = readFileSync(here('../data/founding-document.txt'), 'utf8');
writeFileSync(
  here('../data/default-dataset.json'),
  JSON.stringify(buildDefaultDataset(founding), null, 1) + '\n',
);
writeFileSync(here('../schemas/dataset.schema.json'), JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log('wrote core/data/default-dataset.json and core/schemas/dataset.schema.json');
