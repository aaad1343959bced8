import { parseDatasetText } from '../dataset/parse-dataset.ts';
import { formatLocatedError } from '../import/located-error.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { readText, type Output } from './io.ts';

/** Reads and validates a dataset file, printing located errors; undefined when it is not valid. */
export function readDatasetFile(path: string, output: Output): Dataset | undefined {
  const read = readText(path);
  if (!read.ok) {
    output.err(`${read.error}\n`);
    return undefined;
  }
  const result = parseDatasetText(read.text);
  if (!result.ok) {
    for (const error of result.errors) output.err(`${formatLocatedError(path, error)}\n`);
    return undefined;
  }
  return result.dataset;
}
