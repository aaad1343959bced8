import { parseCommandArgs, type Command } from '../command.ts';
import { readDatasetFile } from '../dataset-file.ts';

const USAGE = `usage: cites-cb validate FILE

Checks a dataset file against the dataset schema (core/schemas/dataset.schema.json) and the
rules a schema cannot state (sources exist, ids are unique, Party codes are Parties).
Prints each problem as FILE:LINE: field: message, and exits 1 if there is any.
`;

export const validateCommand: Command = {
  summary: 'check a dataset file and say where it is wrong',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(argv, {}, USAGE, output);
    if (parsed.exit !== undefined) return parsed.exit;
    const { args } = parsed;
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) {
      output.err(USAGE);
      return 2;
    }
    const d = readDatasetFile(file, output);
    if (!d) return 1;
    output.out(
      `${file}: valid dataset "${d.title}" (schema ${d.schemaVersion}): ${d.reports.length} reports, ${d.needs.length} needs, ${d.activities.length} activities, ${d.indicators.length} indicators, ${d.resources.length} resources\n`,
    );
    return 0;
  },
};
