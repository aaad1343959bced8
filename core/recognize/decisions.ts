/**
 * Decisions of the Conference of the Parties: "Decision 18.46", "Décision 18.46",
 * "Decisión 18.46", "Decision 16.162 (Rev. CoP18)", lists ("Decisions 18.42 and 18.43": one
 * mention per decision) and ranges ("Decisions 18.39 to 18.46": one mention, id "18.39-18.46").
 */
import type { Mention } from './mention.ts';
import {
  DOTTED,
  GAP1,
  LIST,
  RANGE,
  REV_COP,
  dottedEnd,
  firstDigitAt,
  mayFollowInList,
  stickyEnd,
} from './reference-syntax.ts';

const HEAD = new RegExp(
  `\\b(?:[Dd][eé]cisions?|[Dd]ecisi[oó]n(?:es)?|D[EÉ]CISIONS?|DECISI[OÓ]N(?:ES)?)${GAP1}${DOTTED}(?:${REV_COP})?`,
  'y',
);
const NEXT = new RegExp(`(?:${RANGE}|${LIST})${DOTTED}(?:${REV_COP})?`, 'y');

/**
 * True when a decision may start at `index` (a D or d): the text goes on with "ecisi", "écisi",
 * "ECISI" or "ÉCISI", as in every spelling; a cheap test before the regular expression.
 */
export function mayStartDecision(text: string, index: number): boolean {
  const e = text.charCodeAt(index + 1);
  if (e === 0x65 || e === 0xe9) return text.startsWith('cisi', index + 2);
  if (e === 0x45 || e === 0xc9) return text.startsWith('CISI', index + 2);
  return false;
}

/**
 * True when the list item matched at `at` is the end of a range: its joiner (from `at` to the
 * item's number) is a dash or "to", "à", "au", "a", "al", "through" (`RANGE`), not a comma or
 * "and", "et", "y", "e", "&" (`LIST`). The two share no character but the "a" of "and".
 */
function joinsRange(text: string, at: number): boolean {
  let i = at;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++i);
  if (c === 0x2c || c === 0x26 || c === 0x65 || c === 0x79) return false;
  return !(c === 0x61 && text.charCodeAt(i + 1) === 0x6e && text.charCodeAt(i + 2) === 0x64);
}

/**
 * The decision mentions starting at `index`, a head ("Decisions 18.39") and the list or range
 * that follows, pushed to `out`; the end of the last one, or -1 when no decision starts there.
 * The expressions say where a mention ends; its number is its first digits (no word or gap
 * before it holds a digit).
 */
export function decisionsAt(text: string, index: number, out: Mention[]): number {
  const headEnd = stickyEnd(HEAD, text, index);
  if (headEnd < 0) return -1;
  const number = firstDigitAt(text, index);
  let current: Mention = {
    kind: 'decision',
    id: text.slice(number, dottedEnd(text, number)),
    start: index,
    end: headEnd,
    text: text.slice(index, headEnd),
  };
  out.push(current);
  let at = headEnd;
  let end: number;
  while (mayFollowInList(text, at, true) && (end = stickyEnd(NEXT, text, at)) >= 0) {
    const start = firstDigitAt(text, at);
    const id = text.slice(start, dottedEnd(text, start));
    const range = joinsRange(text, at);
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
