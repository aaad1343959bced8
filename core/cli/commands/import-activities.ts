import { basename } from 'node:path';
import { validateDataset } from '../../dataset/parse-dataset.ts';
import { formatLocatedError } from '../../import/located-error.ts';
import { parseActivitiesCsv } from '../../tracker/activities-csv.ts';
import { summarize } from '../../tracker/summarize.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readDatasetFile } from '../dataset-file.ts';
import { describeWriteError, readText, writeFileAtomic } from '../io.ts';

const USAGE = `usage: cites-cb import-activities FILE.csv --into DATASET

Adds the activities of a CSV file to a dataset file. Header:
  id,title,status,start,end,delivery,provider,donors,beneficiaries,recipients,category,objectives,budget,currency,funding,visibility
Lists inside a cell are separated by ";" (recipients by spaces). An activity whose id is already in
the dataset replaces it. Every problem is reported as FILE:LINE: column: message; on any problem
nothing is written.
`;

export const importActivitiesCommand: Command = {
  summary: 'add the activities of a CSV file to a dataset file (all or nothing)',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(argv, { into: { type: 'string' } }, USAGE, output);
    if (parsed.exit !== undefined) return parsed.exit;
    const { values, positionals } = parsed.args;
    if (positionals.length !== 1 || !values.into) {
      output.err(USAGE);
      return 2;
    }
    const file = positionals[0]!;
    const read = readText(file);
    if (!read.ok) {
      output.err(`${read.error}\n`);
      return 1;
    }
    const dataset = readDatasetFile(values.into, output);
    if (!dataset) return 1;
    const sourceId = `import:${basename(file).replace(/[^A-Za-z0-9._-]/g, '_')}`;
    const imported = parseActivitiesCsv(read.text, sourceId);
    if (!imported.ok) {
      for (const error of imported.errors) output.err(`${formatLocatedError(file, error)}\n`);
      output.err(
        `${imported.errors.length} error${imported.errors.length === 1 ? '' : 's'}; ${values.into} left unchanged\n`,
      );
      return 1;
    }
    const incoming = new Map(imported.activities.map((a) => [a.id, a]));
    const replaced = dataset.activities.filter((a) => incoming.has(a.id)).length;
    const activities = [...dataset.activities.filter((a) => !incoming.has(a.id)), ...imported.activities];
    const sources = dataset.sources.some((s) => s.id === sourceId)
      ? dataset.sources
      : [
          ...dataset.sources,
          { id: sourceId, title: `Activities imported from ${basename(file)}`, verified: false },
        ];
    const next = { ...dataset, sources, activities, generatedAt: new Date().toISOString() };
    if (dataset.summary) next.summary = summarize(next);
    const checked = validateDataset(next);
    if (!checked.ok) {
      for (const issue of checked.issues) output.err(`${values.into}: ${issue.message}\n`);
      return 1;
    }
    try {
      writeFileAtomic(values.into, JSON.stringify(checked.dataset, null, 2) + '\n');
    } catch (error) {
      output.err(`${describeWriteError(values.into, error)}\n`);
      return 1;
    }
    output.err(
      `${imported.activities.length - replaced} activities added, ${replaced} replaced in ${values.into}\n`,
    );
    return 0;
  },
};
