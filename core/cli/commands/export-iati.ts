import { AUDIENCES, publishDataset, type Audience } from '../../publish/publish.ts';
import { activitiesToIati } from '../../tracker/iati-xml.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readDatasetFile } from '../dataset-file.ts';
import { describeWriteError, writeFileAtomic } from '../io.ts';

const USAGE = `usage: cites-cb export-iati DATASET [--audience public|parties|secretariat] [--org-ref REF] [--org-name NAME] [--out FILE]

Writes the dataset's activities as IATI 2.03 activity XML. Only the activities the audience may
see are written (public by default).
`;

export const exportIatiCommand: Command = {
  summary: 'write activities as IATI 2.03 activity XML',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(
      argv,
      {
        audience: { type: 'string', default: 'public' },
        'org-ref': { type: 'string', default: 'XX-CITES-CB' },
        'org-name': { type: 'string' },
        out: { type: 'string' },
      },
      USAGE,
      output,
    );
    if (parsed.exit !== undefined) return parsed.exit;
    const { values, positionals } = parsed.args;
    const audience = values.audience as Audience;
    if (positionals.length !== 1 || !AUDIENCES.includes(audience)) {
      output.err(USAGE);
      return 2;
    }
    const dataset = readDatasetFile(positionals[0]!, output);
    if (!dataset) return 1;
    const visible = publishDataset(dataset, audience);
    const xml = activitiesToIati(visible.activities, {
      reportingOrgRef: values['org-ref']!,
      reportingOrgName: values['org-name'] ?? dataset.publisher ?? dataset.title,
    });
    if (!values.out) {
      output.out(xml);
      return 0;
    }
    try {
      writeFileAtomic(values.out, xml);
    } catch (error) {
      output.err(`${describeWriteError(values.out, error)}\n`);
      return 1;
    }
    return 0;
  },
};
