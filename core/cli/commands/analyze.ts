import { mergeDatasets } from '../../dataset/merge.ts';
import { allFindings, analyze, findingsToCsv } from '../../tracker/analyze.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readDatasetFile } from '../dataset-file.ts';

const USAGE = `usage: cites-cb analyze DATASET [DATASET...] [--json | --format text|json|csv]

Analyses needs against activities (several datasets are merged first): the unmet needs, the
covered ones with the activities covering them, overlapping activities, and collaboration
opportunities (three or more Parties of a region with the same unmet need), each with its reason.
  --format csv   finding,parties,period,category,recipients,activities (one line per finding)
`;

export const analyzeCommand: Command = {
  summary: 'unmet and covered needs, overlaps and collaboration opportunities, with reasons',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, format: { type: 'string' } },
      USAGE,
      output,
    );
    if (parsed.exit !== undefined) return parsed.exit;
    const { values, positionals } = parsed.args;
    const format = values.json ? 'json' : (values.format ?? 'text');
    if (positionals.length === 0 || !['text', 'json', 'csv'].includes(format)) {
      output.err(USAGE);
      return 2;
    }
    const datasets = positionals.map((path) => readDatasetFile(path, output));
    if (datasets.some((d) => d === undefined)) return 1;
    const analysis = analyze(mergeDatasets(datasets as NonNullable<(typeof datasets)[number]>[]));
    if (format === 'csv') output.out(findingsToCsv(analysis));
    else if (format === 'json') output.out(JSON.stringify(analysis, null, 2) + '\n');
    else {
      const counts = `${analysis.unmet.length} unmet, ${analysis.covered.length} covered, ${analysis.overlaps.length} overlaps, ${analysis.collaborations.length} collaboration opportunities`;
      output.out(`${counts}\n\n`);
      for (const finding of allFindings(analysis)) output.out(`${finding.finding}: ${finding.reason}\n`);
    }
    return 0;
  },
};
