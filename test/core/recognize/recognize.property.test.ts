/**
 * Properties that must hold for any input: no exception, offsets in range and matching the text,
 * mentions sorted and not overlapping, and a mention found in a passage is found again, shifted,
 * when the passage's mention is embedded in other text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionSchema, type Mention } from '../../../core/recognize/mention.ts';
import { recognize } from '../../../core/recognize/recognize.ts';
import { loadCorpus } from './corpus.ts';

function checkWellFormed(text: string, mentions: readonly Mention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(MentionSchema.safeParse(m).success).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    lastEnd = m.end;
  }
}

/** Characters that exercise the matcher: name letters, separators, apostrophes, digits, punctuation. */
const tricky = fc.constantFrom(
  ..."GuineaBissauCongoDemocraticRepublicofthe NigerViet Nam Türkiye Côte d’Ivoire EU UK-\n\r\t.,;()/’'0123456789 Decision 18.46 Doc. CoP18 SC66 Notification No. 2020/0027 Conf. 11.17 (Rev. CoP18)".split(
    '',
  ),
);
const fragments = fc.constantFrom(
  'Guinea',
  'Guinea-',
  '-\nBissau',
  'Equatorial ',
  'Papua New ',
  'Democratic Republic of the ',
  'Congo',
  'Niger',
  'ia',
  'Dominica',
  'n Republic',
  'South ',
  'Sudan',
  'Decision',
  'Decisions ',
  ' 18.39',
  ' to ',
  '18.46',
  ' (Rev. CoP18)',
  'Resolution Conf. ',
  '11.17',
  'CoP18 Doc. ',
  '21.3',
  ' Annex 4',
  'AC31 Doc. 10',
  '/PC25 Doc. 11',
  'Notification to the Parties No. ',
  '2020/0027',
  ' and ',
  ', ',
  'EU',
  'U.S.A.',
  '\n',
  '  ',
  'é',
  '\uD83D\uDE00',
);
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(tricky, { maxLength: 200 }).map((a) => a.join('')),
  fc.array(fragments, { maxLength: 30 }).map((a) => a.join('')),
);

describe('recognize: properties', () => {
  it('never throws, and returns well-formed, sorted, non-overlapping mentions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkWellFormed(text, recognize(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a mention again when it is embedded in other text', () => {
    // Mentions that stand on their own (a list's later items, "57.2", need the list's head).
    const samples = loadCorpus()
      .flatMap((t) => t.gold)
      .filter((m) => {
        const alone = recognize(m.text);
        return (
          alone.length === 1 &&
          alone[0]!.kind === m.kind &&
          alone[0]!.id === m.id &&
          alone[0]!.text === m.text
        );
      });
    expect(samples.length).toBeGreaterThan(150);
    // Filler that cannot extend a mention: lower-case words, spaces and line breaks, no digits.
    const filler = fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz  \n'.split('')), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...samples), filler, filler, (mention, before, after) => {
        const prefix = `${before} `;
        const text = `${prefix}${mention.text}. ${after}`;
        const found = recognize(text);
        checkWellFormed(text, found);
        expect(found).toContainEqual({
          ...mention,
          start: prefix.length,
          end: prefix.length + mention.text.length,
        });
      }),
      { numRuns: 1000 },
    );
  });
});
