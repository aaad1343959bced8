import { basename } from 'node:path';
import { needsDataset } from '../../dataset/needs-dataset.ts';
import { formatLocatedError } from '../../import/located-error.ts';
import { needsToCsv } from '../../import/needs-csv.ts';
import { importNeedsTable } from '../../import/needs-table.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { describeWriteError, readText, writeFileAtomic } from '../io.ts';

const USAGE = `usage: cites-cb import-needs FILE [--format json|csv] [--out FILE]

Reads a table of capacity-building needs: the text of a CITES document that contains one,
a TSV or a CSV file; headers in English, French or Spanish (or none: the standard column
order Party, report period, advice, technical, financial, training, other, details).

  --format json   a dataset (default)
  --format csv    one line per Party, period and category: party,period,category,recipients
  --out FILE      write there (all at once; nothing is written when the input has errors)
`;

export const importNeedsCommand: Command = {
  summary: 'read a needs table (document text, TSV, CSV) into a dataset or CSV',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(
      argv,
      { format: { type: 'string', default: 'json' }, out: { type: 'string' }, title: { type: 'string' } },
      USAGE,
      output,
    );
    if (parsed.exit !== undefined) return parsed.exit;
    const { args } = parsed;
    const [file, ...extra] = args.positionals;
    const format = args.values.format;
    if (!file || extra.length > 0 || (format !== 'json' && format !== 'csv')) {
      output.err(USAGE);
      return 2;
    }
    const read = readText(file);
    if (!read.ok) {
      output.err(`${read.error}\n`);
      return 1;
    }
    const name = basename(file);
    const source = { id: 'import', title: args.values.title ?? `Imported from ${name}`, verified: false };
    const imported = importNeedsTable(read.text, { source: source.id });
    if (!imported.ok) {
      for (const error of imported.errors) output.err(`${formatLocatedError(file, error)}\n`);
      output.err(
        `${imported.errors.length} error${imported.errors.length === 1 ? '' : 's'}; nothing written\n`,
      );
      return 1;
    }
    const text =
      format === 'csv'
        ? needsToCsv(imported.needs)
        : JSON.stringify(
            needsDataset({
              id: 'import',
              title: source.title,
              generatedAt: new Date().toISOString(),
              source,
              reports: imported.reports,
              needs: imported.needs,
            }),
            null,
            2,
          ) + '\n';
    if (!args.values.out) {
      output.out(text);
      return 0;
    }
    try {
      writeFileAtomic(args.values.out, text);
    } catch (error) {
      output.err(`${describeWriteError(args.values.out, error)}\n`);
      return 1;
    }
    const parties = new Set(imported.needs.map((need) => need.party)).size;
    output.err(`${imported.needs.length} needs of ${parties} Parties written to ${args.values.out}\n`);
    return 0;
  },
};
