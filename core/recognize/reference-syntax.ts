/**
 * Regular-expression fragments shared by the reference families (meeting documents,
 * notifications): the gaps PDF extraction leaves between the parts of a reference, and the words
 * that join lists in English, French and Spanish; and the small readers of text the families
 * share (gaps, digits). Decisions and resolutions are read by hand (`reference-reader.ts`).
 */

/** Optional spaces, with at most one line break among them. */
export const GAP = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';
/** At least one space or one line break (with at most one line break). */
export const GAP1 = '(?:[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)';
/** What joins the items of a list: "18.42 and 18.43", "2020/056 et 2020/057", "57.1, 57.2 y 57.3". */
export const LIST = `(?:${GAP},${GAP}(?:(?:and|et|y|e)${GAP1})?|${GAP1}(?:and|et|y|e|&)${GAP1})`;
/** "(Rev. 1)" or "(Rev.1)" after a meeting document; group 1 is the revision number. */
export const REV_N = `${GAP}\\\\?\\(${GAP}(?:Rev|REV|rev)\\.?${GAP}(\\d{1,2})${GAP}\\\\?\\)`;

/**
 * False when no list item (or range end too when `range`) can follow at `index`: after the
 * spaces and line breaks there, a list needs a comma or the first letter of "and", "et", "y",
 * "e", or "&", and a range a dash or the first letter of "to", "à", "au", "a", "al", "through"
 * (either case, for expressions that ignore it). A cheap test before reading the item.
 */
export function mayFollowInList(text: string, index: number, range: boolean): boolean {
  let i = index;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++i);
  const lower = c | 0x20;
  if (c === 0x2c || c === 0x26 || lower === 0x61 || lower === 0x65 || lower === 0x79) return true;
  return (
    range &&
    (lower === 0x74 ||
      lower === 0xe0 ||
      c === 0x2d ||
      c === 0x2010 ||
      c === 0x2011 ||
      c === 0x2013 ||
      c === 0x2014)
  );
}

/**
 * Where a sticky regex matching at `index` ends, or -1 when it does not match there. No match
 * array is built: the families read the parts they need back from the text (`firstDigitAt`,
 * `gapEnd`), which keeps a long document's scan from allocating one array and a string per
 * group for every reference.
 */
export function stickyEnd(re: RegExp, text: string, index: number): number {
  re.lastIndex = index;
  return re.test(text) ? re.lastIndex : -1;
}

/** The first ASCII digit at or after `index` (the text's length when there is none). */
export function firstDigitAt(text: string, index: number): number {
  let i = index;
  while (i < text.length && !(text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)) i++;
  return i;
}

/**
 * The end of the gap (`GAP`: spaces, tabs and no-break spaces with at most one line break among
 * them) at `index`, taken whole as the greedy expression takes it; `index` itself when there is
 * none. A non-empty gap is a `GAP1`.
 */
export function gapEnd(text: string, index: number): number {
  let i = index;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0xa0) c = text.charCodeAt(++i);
  if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 2;
  else if (c === 0x0a) i++;
  else return i;
  c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0xa0) c = text.charCodeAt(++i);
  return i;
}

/** True for a character `\b` counts as a word character: an ASCII letter or digit, or "_". */
export function isRegexWordChar(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The value of the ASCII digits [from, to) (a few digits: a meeting, a revision, a number). */
export function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
  return value;
}

/** The end of the run of ASCII digits at `index`. */
export function digitsEnd(text: string, index: number): number {
  let i = index;
  for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i));
  return i;
}

/** Runs a sticky regex at `index`; the match or null. */
export function stickyAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}
