/**
 * Character tables shared by the matchers. The Party matcher compares the text with the names one
 * UTF-16 code unit at a time, through these tables, instead of lower-casing or normalising the
 * text into new strings: that is what keeps it allocation-free and fast on large documents, and
 * it keeps every offset an index into the original text.
 */

/** Code units below this have precomputed entries; above it (rare in CITES texts) we compute. */
export const TABLE_SIZE = 0x250;

/** `fold` for code units below `TABLE_SIZE`, for loops that inline it. */
export const FOLD = new Uint16Array(TABLE_SIZE);
const WORD = new Uint8Array(TABLE_SIZE);
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  FOLD[c] = ch.toLowerCase().charCodeAt(0);
  WORD[c] = WORD_RE.test(ch) ? 1 : 0;
}
FOLD[0x60] = 0x27; // ` grave accent typed for an apostrophe
FOLD[0xb4] = 0x27; // ´ acute accent typed for an apostrophe

/** The marker a name's separator (a space or a hyphen) is stored as in the Party trie. */
export const SEP = 0x20;

/**
 * Folds one code unit for comparison: lower case (diacritics kept, as written), and every
 * apostrophe form (' ’ ‘ ʼ ` ´) to '.
 */
export function fold(c: number): number {
  if (c < TABLE_SIZE) return FOLD[c]!;
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 0x27;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** True for a letter, digit or combining mark: what may not touch a name on either side. */
export function isWordChar(c: number): boolean {
  if (c < TABLE_SIZE) return WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return true; // a surrogate: part of some astral character
  return WORD_RE.test(String.fromCharCode(c));
}

/** True for white space, including no-break and thin spaces that PDF extraction produces. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** True for a hyphen that may join or break words: - ‐ ‑ and the soft hyphen. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad;
}

/** True for a line break. */
export function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
