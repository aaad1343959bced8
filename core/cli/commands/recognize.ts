/**
 * `cites-cb recognize FILE`: prints the mentions the recognizer finds in a text file, so that
 * its output can be checked by eye or piped (`--json`) into other tools.
 */
import { LANGUAGES, type Language } from '../../schemas/code-lists.ts';
import { MENTION_KINDS, type MentionKind } from '../../recognize/mention.ts';
import { recognize } from '../../recognize/recognize.ts';
import { referenceUrl } from '../../recognize/cites-urls.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readText } from '../io.ts';

const USAGE = `usage: cites-cb recognize [--json] [--kinds K,...] [--links LANG] FILE

Prints every mention of a Party, Decision, Resolution, meeting document or Notification to the
Parties in FILE (UTF-8 text), one per line: START-END KIND ID "TEXT".

  --json         print a JSON array of {kind, id, start, end, text} instead; start and end are
                 JavaScript string indices (UTF-16 code units) into the file's text
  --kinds K,...  only these kinds (${MENTION_KINDS.join(', ')})
  --links LANG   add the cites.org address of each mention in LANG (${LANGUAGES.join(', ')});
                 "(unverified)" marks an inferred address pattern
`;

export const recognizeCommand: Command = {
  summary: 'print the Parties and CITES references a text mentions',
  usage: USAGE,
  run(argv, output) {
    const parsed = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, kinds: { type: 'string' }, links: { type: 'string' } },
      USAGE,
      output,
    );
    if (parsed.exit !== undefined) return parsed.exit;
    const { values, positionals } = parsed.args;
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) {
      output.err(USAGE);
      return 2;
    }
    let kinds: MentionKind[] | undefined;
    if (values.kinds !== undefined) {
      const asked = values.kinds
        .split(',')
        .map((kind) => kind.trim())
        .filter(Boolean);
      const unknown = asked.filter((kind) => !(MENTION_KINDS as readonly string[]).includes(kind));
      if (unknown.length > 0 || asked.length === 0) {
        output.err(`unknown kind: ${unknown.join(', ') || '(none given)'}\n${USAGE}`);
        return 2;
      }
      kinds = asked as MentionKind[];
    }
    const language = values.links;
    if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) {
      output.err(`unknown language: ${language}\n${USAGE}`);
      return 2;
    }
    const read = readText(file);
    if (!read.ok) {
      output.err(`${read.error}\n`);
      return 1;
    }
    const mentions = recognize(read.text, kinds ? { kinds } : {});
    if (values.json) {
      const plain = mentions.map(({ kind, id, start, end, text }) => ({ kind, id, start, end, text }));
      output.out(`${JSON.stringify(plain, null, 2)}\n`);
      return 0;
    }
    const lines = mentions.map((mention) => {
      let line = `${mention.start}-${mention.end}\t${mention.kind}\t${mention.id}\t${JSON.stringify(mention.text)}`;
      if (language !== undefined) {
        const link = referenceUrl(mention, language as Language);
        if (link) line += `\t${link.url}${link.verified ? '' : ' (unverified)'}`;
      }
      return line;
    });
    output.out(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return 0;
  },
};
