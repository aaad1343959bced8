import { AUDIENCES, publishDataset, type Audience } from '../../publish/publish.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readDatasetFile } from '../dataset-file.ts';
import { describeWriteError, writeFileAtomic } from '../io.ts';

const USAGE = `usage: cites-cb publish DATASET --audience public|parties|secretariat --out FILE

Writes the dataset an audience may see: records above its level are dropped (private records
always), with the indicators and resources of dropped activities, and every total is recomputed
from what is kept, so that nothing confidential can be read back from a total.
`;

export const publishCommand: Command = {
  summary: 'write the dataset an audience may see, totals recomputed',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(
      argv,
      { audience: { type: 'string' }, out: { type: 'string' } },
      USAGE,
      output,
    );
    if (parsed.exit !== undefined) return parsed.exit;
    const { values, positionals } = parsed.args;
    const audience = values.audience as Audience | undefined;
    if (positionals.length !== 1 || !audience || !AUDIENCES.includes(audience) || !values.out) {
      output.err(USAGE);
      return 2;
    }
    const dataset = readDatasetFile(positionals[0]!, output);
    if (!dataset) return 1;
    const published = publishDataset(dataset, audience);
    try {
      writeFileAtomic(values.out, JSON.stringify(published, null, 2) + '\n');
    } catch (error) {
      output.err(`${describeWriteError(values.out, error)}\n`);
      return 1;
    }
    const dropped = dataset.activities.length - published.activities.length;
    output.err(
      `published for ${audience}: ${published.activities.length} activities kept, ${dropped} withheld; written to ${values.out}\n`,
    );
    return 0;
  },
};
