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

// ---------------------------------------------------------------------------------------------
// Scanner classes: one byte per UTF-16 code unit, read once per character by the single-pass
// scanner (see `scan.ts`). The high three bits say what the unit is as the character *before* a
// possible mention start; the low five bits what mention the unit itself may start.

/** Before a start: not a letter, digit or mark (also the start of the text). */
export const BEFORE_OTHER = 0;
/** Before a start: an ASCII letter or digit. */
export const BEFORE_ASCII_ALNUM = 1;
/** Before a start: the underscore, a word character for `\b` but not for the Party matcher. */
export const BEFORE_UNDERSCORE = 2;
/** Before a start: a non-ASCII letter or digit (`\p{L}`, `\p{N}`). */
export const BEFORE_LETTER = 3;
/** Before a start: a combining mark or a surrogate: a word character that is no letter or digit. */
export const BEFORE_MARK = 4;

/** Low bits, Party part: the unit is not the first character of any name. */
export const PARTY_NONE = 0;
/** Low bits, Party part: the first character of a name, an ASCII letter or digit. */
export const PARTY_ASCII_WORD = 1;
/** Low bits, Party part: the first character of a name, ASCII but no letter or digit. */
export const PARTY_ASCII_OTHER = 2;
/** Low bits, Party part: the first character of a name, outside ASCII. */
export const PARTY_OTHER = 3;

/** Low bits, reference part (times 4): D/d may start a decision. */
export const REF_DECISION = 1;
/** R/r may start a resolution. */
export const REF_RESOLUTION = 2;
/** N/n may start a notification. */
export const REF_NOTIFICATION = 3;
/** C/S/A/P may start a meeting document (CoP, SC, AC, PC). */
export const REF_DOCUMENT = 4;

/**
 * The class byte of a unit outside the precomputed ranges (Greek, Cyrillic, CJK... rare in CITES
 * texts): "unknown before", no start. A start after it is checked with `unitBefore`.
 */
export const UNCLASSIFIED = 0xe0;

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;

/** The static class byte of `c` (its Party part is added per matcher). */
function unitClass(c: number): number {
  let before: number;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    before = BEFORE_ASCII_ALNUM;
  } else if (c === 0x5f) {
    before = BEFORE_UNDERSCORE;
  } else if (c < 0xd800 || c > 0xdfff) {
    before = LETTER_OR_DIGIT_RE.test(String.fromCharCode(c))
      ? BEFORE_LETTER
      : isWordChar(c)
        ? BEFORE_MARK
        : BEFORE_OTHER;
  } else {
    before = BEFORE_MARK; // a surrogate: a word character for the Party matcher, no letter for \p{L}
  }
  let ref = 0;
  switch (c) {
    case 0x44: // D
    case 0x64: // d
      ref = REF_DECISION;
      break;
    case 0x52: // R
    case 0x72: // r
      ref = REF_RESOLUTION;
      break;
    case 0x4e: // N
    case 0x6e: // n
      ref = REF_NOTIFICATION;
      break;
    case 0x43: // C
    case 0x53: // S
    case 0x41: // A
    case 0x50: // P
      ref = REF_DOCUMENT;
      break;
  }
  return (before << 5) | (ref << 2);
}

/**
 * Class bytes of every code unit, shared by all matchers: Latin and general punctuation are
 * computed at load, the rest is `UNCLASSIFIED` until `classifyUnit` is asked about it.
 */
const UNIT_CLASSES = new Uint8Array(0x10000).fill(UNCLASSIFIED);
const CLASSIFIED = new Uint8Array(0x10000);
for (let c = 0; c < TABLE_SIZE; c++) {
  UNIT_CLASSES[c] = unitClass(c);
  CLASSIFIED[c] = 1;
}
for (let c = 0x2000; c < 0x2070; c++) {
  UNIT_CLASSES[c] = unitClass(c);
  CLASSIFIED[c] = 1;
}

/** The class byte of `c` (no Party part), computed on first use for units outside the tables. */
export function classifyUnit(c: number): number {
  if (CLASSIFIED[c] === 0) {
    // Only the "before" part matters here: units outside the tables start no reference.
    UNIT_CLASSES[c] = unitClass(c);
    CLASSIFIED[c] = 1;
  }
  return UNIT_CLASSES[c]!;
}

/**
 * A matcher's own class table: the shared classes plus the Party part of the characters that
 * names start with (`exact` code units, as the text must show them).
 */
export function classTable(startUnits: Iterable<number>): Uint8Array {
  const table = UNIT_CLASSES.slice();
  for (const c of startUnits) {
    const k = classifyUnit(c);
    const party =
      c >= 0x80
        ? PARTY_OTHER
        : k >> 5 === BEFORE_ASCII_ALNUM || c === 0x5f
          ? PARTY_ASCII_WORD
          : PARTY_ASCII_OTHER;
    table[c] = (k & ~3) | party;
  }
  return table;
}

/** What may start at a unit: one bit per kind of mention. */
export const START_PARTY = 1;
export const START_DECISION = 2;
export const START_RESOLUTION = 4;
export const START_NOTIFICATION = 8;
export const START_DOCUMENT = 16;

/**
 * `STARTS[(before & 0xe0) | (unit & 0x1f)]`, for the class bytes of a unit and of the unit before
 * it (classified: not `UNCLASSIFIED`): what may start there. The boundary rules are those of the
 * patterns this replaces:
 *
 * - a Party name: no letter, digit or mark before (`isWordChar`); for an ASCII first character
 *   also an ASCII `\b` (no underscore before a letter; an underscore before punctuation);
 * - a decision, resolution or document: an ASCII `\b` before the ASCII keyword;
 * - a notification: no `\p{L}` or `\p{N}` before.
 */
export const STARTS = new Uint8Array(256);
for (let before = 0; before < 5; before++) {
  const wordBefore = before === BEFORE_ASCII_ALNUM || before === BEFORE_LETTER || before === BEFORE_MARK;
  const asciiWordBefore = before === BEFORE_ASCII_ALNUM || before === BEFORE_UNDERSCORE;
  const letterBefore = before === BEFORE_ASCII_ALNUM || before === BEFORE_LETTER;
  for (let unit = 0; unit < 32; unit++) {
    let starts = 0;
    const party = unit & 3;
    const ref = unit >> 2;
    if (!wordBefore) {
      if (party === PARTY_ASCII_WORD && !asciiWordBefore) starts |= START_PARTY;
      if (party === PARTY_ASCII_OTHER && asciiWordBefore) starts |= START_PARTY;
      if (party === PARTY_OTHER) starts |= START_PARTY;
    }
    if (!asciiWordBefore) {
      if (ref === REF_DECISION) starts |= START_DECISION;
      if (ref === REF_RESOLUTION) starts |= START_RESOLUTION;
      if (ref === REF_DOCUMENT) starts |= START_DOCUMENT;
    }
    if (!letterBefore && ref === REF_NOTIFICATION) starts |= START_NOTIFICATION;
    STARTS[(before << 5) | unit] = starts;
  }
}

/** Filter byte, low bits: the unit may start a Party name. */
export const MAY_START_PARTY = 1;
/** The unit may start a decision, resolution or document (after no ASCII word character). */
export const MAY_START_KEYWORD = 2;
/** The unit may start a notification (after no letter or digit). */
export const MAY_START_NOTIFICATION = 4;

/**
 * The scanner's first, coarse filter: one byte per code unit whose low bits say what the unit
 * may start and whose bits 4-6 what it rules out when it comes before (bit 4: a Party name, 5: a
 * keyword, 6: a notification), so that `unit & ~(before >> 4) & 7` is a superset of the starts,
 * computed without a second table read. `STARTS` then decides, at the few units left.
 */
export function filterTable(classes: Uint8Array): Uint8Array {
  const filter = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) filter[c] = FILTER_BY_CLASS[classes[c]!]!;
  return filter;
}

/** The filter byte of each class byte (see `filterTable`). */
const FILTER_BY_CLASS = new Uint8Array(256);
for (let k = 0; k < 256; k++) {
  const before = k >> 5;
  const party = k & 3;
  const ref = (k >> 2) & 7;
  let f = 0;
  if (party !== PARTY_NONE) f |= MAY_START_PARTY;
  if (ref === REF_DECISION || ref === REF_RESOLUTION || ref === REF_DOCUMENT) f |= MAY_START_KEYWORD;
  if (ref === REF_NOTIFICATION) f |= MAY_START_NOTIFICATION;
  // An unclassified unit rules nothing out: the unit after it is checked by `STARTS`.
  if (before === BEFORE_ASCII_ALNUM || before === BEFORE_LETTER || before === BEFORE_MARK) f |= 0x10;
  if (before === BEFORE_ASCII_ALNUM || before === BEFORE_UNDERSCORE) f |= 0x20;
  if (before === BEFORE_ASCII_ALNUM || before === BEFORE_LETTER) f |= 0x40;
  FILTER_BY_CLASS[k] = f;
}

/** The filter of the shared classes, computed once (`filterTable(UNIT_CLASSES)` at first use). */
let sharedFilter: Uint8Array | undefined;

/**
 * `filterTable(classes)` for a matcher's `classes = classTable(startUnits)`, without a pass over
 * all 65,536 units: a copy of the shared classes' filter with the entries of `startUnits`
 * recomputed. A unit classified since the shared filter was made keeps the filter byte of an
 * unclassified unit, which rules nothing out and starts nothing: the filter stays a superset of
 * the starts, which `STARTS` decides.
 */
export function matcherFilter(classes: Uint8Array, startUnits: Iterable<number>): Uint8Array {
  sharedFilter ??= filterTable(UNIT_CLASSES);
  const filter = sharedFilter.slice();
  for (const c of startUnits) filter[c] = FILTER_BY_CLASS[classes[c]!]!;
  return filter;
}
