/**
 * The parts of a decision or resolution read by hand, each exactly as a regular expression would
 * match it: the number `\d{1,2}\.\d{1,3}(?!\d)`; the revision `GAP \\?\( GAP (?:Rev|REV|rév|Rév)
 * \.? GAP (?:CoP|COP) GAP \d{1,2} GAP \\?\)`; list joiners (`LIST` in `reference-syntax.ts`) and
 * range joiners `GAP [-‐‑–—] GAP | GAP1 (?:to|à|au|a|al|through) GAP1`, where `GAP` is spaces,
 * tabs and no-break spaces with at most one line break (`gapEnd`) and `GAP1` a non-empty one.
 * Each returns where its part ends, or -1 where the expression fails.
 */
import { digitsEnd, gapEnd, isRegexWordChar } from './reference-syntax.ts';

/** True for a letter of the words' spellings: an ASCII letter, é, É, ó, Ó. */
function isSpellingLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || c === 0xe9 || c === 0xc9 || c === 0xf3 || c === 0xd3;
}

/**
 * The end of the word that starts a decision or resolution at `index` and of the gap after it
 * (`\b(?:spelling|abbreviation\.)GAP1`), or -1: `index` starts a word, the letters there are one
 * of `spellings`, or one of `abbreviations` followed by a full stop, and a gap follows. A
 * spelling runs up to that gap, so the whole run of letters is compared; a longer run than
 * `longest` is no spelling.
 */
export function headWordEnd(
  text: string,
  index: number,
  spellings: ReadonlySet<string>,
  abbreviations: ReadonlySet<string>,
  longest: number,
): number {
  if (index > 0 && isRegexWordChar(text.charCodeAt(index - 1))) return -1;
  let end = index;
  while (end - index <= longest && isSpellingLetter(text.charCodeAt(end))) end++;
  if (end - index > longest) return -1;
  const word = text.slice(index, end);
  if (abbreviations.has(word) && text.charCodeAt(end) === 0x2e) end++;
  else if (!spellings.has(word)) return -1;
  const gap = gapEnd(text, end);
  return gap > end ? gap : -1;
}

/**
 * The end of a decision or resolution number ("18.46") at `index`, or -1: one or two
 * digits, a full stop, one to three digits, no digit after them.
 */
export function dottedAt(text: string, index: number): number {
  const point = digitsEnd(text, index);
  if (point - index < 1 || point - index > 2 || text.charCodeAt(point) !== 0x2e) return -1;
  const end = digitsEnd(text, point + 1);
  return end - point - 1 < 1 || end - point - 1 > 3 ? -1 : end;
}

/**
 * The end of "(Rev. CoP18)" after `index` (optional: `index` itself when there is
 * none): a gap, "(" (or "\("), "Rev", "REV", "rév" or "Rév", a full stop or not, "CoP" or "COP",
 * one or two digits, ")" (or "\)"), with gaps between the parts.
 */
export function revCopEnd(text: string, index: number): number {
  let i = gapEnd(text, index);
  if (text.charCodeAt(i) === 0x5c) i++;
  if (text.charCodeAt(i) !== 0x28) return index;
  i = gapEnd(text, i + 1);
  if (
    !text.startsWith('Rev', i) &&
    !text.startsWith('REV', i) &&
    !text.startsWith('rév', i) &&
    !text.startsWith('Rév', i)
  )
    return index;
  i += 3;
  if (text.charCodeAt(i) === 0x2e) i++;
  i = gapEnd(text, i);
  if (!text.startsWith('CoP', i) && !text.startsWith('COP', i)) return index;
  i = gapEnd(text, i + 3);
  const digits = i;
  i = digitsEnd(text, i);
  if (i - digits < 1 || i - digits > 2) return index;
  i = gapEnd(text, i);
  if (text.charCodeAt(i) === 0x5c) i++;
  return text.charCodeAt(i) === 0x29 ? i + 1 : index;
}

/** True for a dash that joins a range: - ‐ ‑ – —. */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014;
}

/** True when the text at `index` reads `word` (lower case), ignoring the case of ASCII letters. */
function caselessAt(text: string, index: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(index + k);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The first of `words` at `index` followed by a non-empty gap (`word GAP1`): the end of that gap,
 * or -1. With `ignoreCase`, ASCII letters match either case (as an expression's `i` flag
 * without `u`, which relates no other character to an ASCII letter).
 */
function firstWordThenGap(
  text: string,
  index: number,
  words: readonly string[],
  ignoreCase: boolean,
): number {
  for (const word of words) {
    if (ignoreCase ? !caselessAt(text, index, word) : !text.startsWith(word, index)) continue;
    const end = gapEnd(text, index + word.length);
    if (end > index + word.length) return end;
  }
  return -1;
}

const RANGE_WORDS = ['to', 'à', 'au', 'a', 'al', 'through'];
const LIST_WORDS = ['and', 'et', 'y', 'e'];
const LIST_WORDS_OR_AMPERSAND = ['and', 'et', 'y', 'e', '&'];

/** Whether the last joiner `joinerEnd` read joins a range rather than a list. */
export let joinedRange = false;

/**
 * The end of what joins the next item of a list at `index` (`LIST`: ", ", " and ", ", et ",
 * " y ", " & "), or of a range too when `range` ("–", " to ", " à ", " a ", " al ",
 * " through "), tried in the expression's order; -1 for none. `joinedRange` says which it was.
 * The item must start right at the end: the expression has no other way to join it. With
 * `ignoreCase`, the words match in either case.
 */
export function joinerEnd(text: string, index: number, range: boolean, ignoreCase = false): number {
  const p = gapEnd(text, index);
  const c = text.charCodeAt(p);
  joinedRange = false;
  if (range && isDash(c)) {
    joinedRange = true;
    return gapEnd(text, p + 1);
  }
  if (c === 0x2c) {
    // GAP , GAP ((and|et|y|e) GAP1)?
    const q = gapEnd(text, p + 1);
    const word = firstWordThenGap(text, q, LIST_WORDS, ignoreCase);
    return word >= 0 ? word : q;
  }
  if (p === index) return -1; // the words need a gap before them
  if (range) {
    const end = firstWordThenGap(text, p, RANGE_WORDS, ignoreCase);
    if (end >= 0) {
      joinedRange = true;
      return end;
    }
  }
  return firstWordThenGap(text, p, LIST_WORDS_OR_AMPERSAND, ignoreCase);
}
