/**
 * Resolutions of the Conference of the Parties: "Resolution Conf. 11.17 (Rev. CoP18)",
 * "Res. Conf. 18.3", "Résolution Conf. 11.17", "Resolución Conf. 11.17", and lists
 * ("Resolutions Conf. 10.10 (Rev. CoP18) and Conf. 11.17 (Rev. CoP18)": one mention each).
 * The id is the number ("11.17"); the revision stays in the mention's text.
 */
import type { Mention } from './mention.ts';
import {
  DOTTED,
  GAP,
  GAP1,
  LIST,
  REV_COP,
  dottedEnd,
  firstDigitAt,
  mayFollowInList,
  stickyEnd,
} from './reference-syntax.ts';

const CONF = `(?:Conf|CONF)\\.?${GAP}`;
const HEAD = new RegExp(
  `\\b(?:[Rr][eé]solutions?|[Rr]esoluci[oó]n(?:es)?|R[EÉ]SOLUTIONS?|RESOLUCI[OÓ]N(?:ES)?|Res\\.|Rés\\.|Resol\\.|RES\\.)${GAP1}${CONF}${DOTTED}(?:${REV_COP})?`,
  'y',
);
const NEXT = new RegExp(`${LIST}(?:${CONF})?${DOTTED}(?:${REV_COP})?`, 'y');

/**
 * True when a resolution may start at `index` (an R or r): the text goes on with one of the
 * spellings' next letters ("esolu", "ésolu", "ESOLU", "ÉSOLU", "es.", "és.", "esol.", "ES."); a
 * cheap test before the regular expression.
 */
export function mayStartResolution(text: string, index: number): boolean {
  const e = text.charCodeAt(index + 1);
  if (text.charCodeAt(index + 2) === 0x73) {
    // [eé]s: "esolu", "ésolu", "es.", "és.", "esol."
    if (e !== 0x65 && e !== 0xe9) return false;
    const third = text.charCodeAt(index + 3);
    return third === 0x2e || (third === 0x6f && text.charCodeAt(index + 4) === 0x6c);
  }
  if (text.charCodeAt(index + 2) === 0x53) {
    // [EÉ]S: "ESOLU", "ÉSOLU", "ES."
    if (e !== 0x45 && e !== 0xc9) return false;
    const third = text.charCodeAt(index + 3);
    return third === 0x2e || third === 0x4f;
  }
  return false;
}

/**
 * The resolution mentions starting at `index`, a head and the list that follows, pushed to
 * `out`; the end of the last one, or -1 when no resolution starts there. The expressions say
 * where a mention ends; its number is its first digits (no word or gap before it holds one).
 */
export function resolutionsAt(text: string, index: number, out: Mention[]): number {
  const headEnd = stickyEnd(HEAD, text, index);
  if (headEnd < 0) return -1;
  const number = firstDigitAt(text, index);
  out.push({
    kind: 'resolution',
    id: text.slice(number, dottedEnd(text, number)),
    start: index,
    end: headEnd,
    text: text.slice(index, headEnd),
  });
  let at = headEnd;
  let end: number;
  while (mayFollowInList(text, at, false) && (end = stickyEnd(NEXT, text, at)) >= 0) {
    const itemNumber = firstDigitAt(text, at);
    // The mention starts at "Conf." when the item repeats it (the joiner holds no C), else at
    // the number.
    let start = at;
    while (start < itemNumber && text.charCodeAt(start) !== 0x43) start++;
    out.push({
      kind: 'resolution',
      id: text.slice(itemNumber, dottedEnd(text, itemNumber)),
      start,
      end,
      text: text.slice(start, end),
    });
    at = end;
  }
  return at;
}
