/**
 * Decisions of the Conference of the Parties: "Decision 18.46", "Décision 18.46",
 * "Decisión 18.46", "Decision 16.162 (Rev. CoP18)", lists ("Decisions 18.42 and 18.43": one
 * mention per decision) and ranges ("Decisions 18.39 to 18.46": one mention, id "18.39-18.46").
 *
 * Read by hand, part by part (`reference-reader.ts`), exactly as the expression
 * `\b(?:[Dd][eé]cisions?|[Dd]ecisi[oó]n(?:es)?|D[EÉ]CISIONS?|DECISI[OÓ]N(?:ES)?)GAP1 NUMBER
 * (?:REVISION)?`, then `(?:RANGE|LIST) NUMBER (?:REVISION)?` for each item, would match them.
 */
import type { Mention } from './mention.ts';
import { dottedAt, headWordEnd, joinedRange, joinerEnd, revCopEnd } from './reference-reader.ts';
import { mayFollowInList } from './reference-syntax.ts';

/** Every spelling of the word: singular and plural, English, French, Spanish, capitals. */
const SPELLINGS: ReadonlySet<string> = new Set([
  ...['D', 'd'].flatMap((d) => [
    ...['e', 'é'].flatMap((e) => [`${d}${e}cision`, `${d}${e}cisions`]),
    ...['o', 'ó'].flatMap((o) => [`${d}ecisi${o}n`, `${d}ecisi${o}nes`]),
  ]),
  ...['E', 'É'].flatMap((e) => [`D${e}CISION`, `D${e}CISIONS`]),
  ...['O', 'Ó'].flatMap((o) => [`DECISI${o}N`, `DECISI${o}NES`]),
]);
const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
/** The longest spelling, "Decisiones". */
const LONGEST_KEYWORD = 10;

/**
 * True when a decision may start at `index` (a D or d): the text goes on with "ecisi", "écisi",
 * "ECISI" or "ÉCISI", as in every spelling; a cheap test before reading the word.
 */
export function mayStartDecision(text: string, index: number): boolean {
  const e = text.charCodeAt(index + 1);
  if (e === 0x65 || e === 0xe9) return text.startsWith('cisi', index + 2);
  if (e === 0x45 || e === 0xc9) return text.startsWith('CISI', index + 2);
  return false;
}

/**
 * The decision mentions starting at `index`, a head ("Decisions 18.39") and the list or range
 * that follows, pushed to `out`; the end of the last one, or -1 when no decision starts there.
 */
export function decisionsAt(text: string, index: number, out: Mention[]): number {
  const number = headWordEnd(text, index, SPELLINGS, NO_ABBREVIATIONS, LONGEST_KEYWORD);
  if (number < 0) return -1;
  const numberEnd = dottedAt(text, number);
  if (numberEnd < 0) return -1;
  const headEnd = revCopEnd(text, numberEnd);
  let current: Mention = {
    kind: 'decision',
    id: text.slice(number, numberEnd),
    start: index,
    end: headEnd,
    text: text.slice(index, headEnd),
  };
  out.push(current);
  let at = headEnd;
  while (mayFollowInList(text, at, true)) {
    const start = joinerEnd(text, at, true);
    if (start < 0) break;
    const range = joinedRange;
    const idEnd = dottedAt(text, start);
    if (idEnd < 0) break;
    const end = revCopEnd(text, idEnd);
    const id = text.slice(start, idEnd);
    if (range && !current.id.includes('-')) {
      current.id = `${current.id}-${id}`;
      current.end = end;
      current.text = text.slice(current.start, end);
    } else if (range) {
      break;
    } else {
      current = { kind: 'decision', id, start, end, text: text.slice(start, end) };
      out.push(current);
    }
    at = end;
  }
  return at;
}
