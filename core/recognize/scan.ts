/**
 * The single pass over a text that finds every kind of mention.
 *
 * One loop reads each UTF-16 code unit once and looks its filter byte up (`char-classes.ts`):
 * with the byte of the unit before, a few bit operations say what may start there — a Party
 * name (a capital some name starts with, at a word start), or the keyword of a reference family
 * (D/d, R/r, N/n, C/S/A/P at a word start). Almost every unit stops there. At the few candidates
 * left, the exact boundary rules (`STARTS`), a test of the next characters or a step or two of
 * the Party trie reject most; only then does the Party trie walk on, or a reference family's
 * reader read the reference from that position. Each kind keeps the
 * position its search has reached, so a mention of one kind never hides another kind's start:
 * overlaps are resolved afterwards by `mergeMentions`, exactly as when each kind searched the
 * whole text on its own.
 */
import {
  classifyUnit,
  START_DECISION,
  START_DOCUMENT,
  START_NOTIFICATION,
  START_PARTY,
  START_RESOLUTION,
  STARTS,
  MAY_START_KEYWORD,
  MAY_START_NOTIFICATION,
  MAY_START_PARTY,
  UNCLASSIFIED,
} from './char-classes.ts';
import { decisionsAt, mayStartDecision } from './decisions.ts';
import { documentsAt, mayStartDocument } from './documents.ts';
import type { Mention } from './mention.ts';
import { mayStartNotification, notificationsAt } from './notifications.ts';
import { mayStartResolution, resolutionsAt } from './resolutions.ts';

export { START_DECISION, START_DOCUMENT, START_NOTIFICATION, START_PARTY, START_RESOLUTION };

/** What the scan needs of a Party matcher. */
export interface PartyScanner {
  /** Class byte of every code unit, with the Party part for the first characters of names. */
  readonly classes: Uint8Array;
  /** The coarse filter byte of every code unit (`filterTable(classes)`). */
  readonly filter: Uint8Array;
  /**
   * Which ASCII letters names start with. For letters a, b, c (folded), bit d & 31 of
   * `prefixes[(a & 31) << 10 | (b & 31) << 5 | (c & 31)]` is set when some name starts with a, b,
   * c and the letter d, and bit 0 when some name starts with a, b, c and then no ASCII letter (or
   * ends there); bit 0 of `prefixes[(a & 31) << 10 | (b & 31) << 5]` when some name starts with
   * a, b and then no ASCII letter. A name that ends in a letter never ends inside a word, so no
   * name starts where the text reads letters whose bit is not set, the last followed by an ASCII
   * character that is no letter, hyphen or start of a run of spaces (bit 0) or by a letter.
   */
  readonly prefixes: Uint32Array;
  /** The end of the longest name at `start` (its mention pushed to `out` if it is a Party), or -1. */
  matchAt(text: string, start: number, out: Mention[]): number;
}

/** The mentions of one scan, one list per kind, each sorted by start and not overlapping. */
export type ScanLists = [
  party: Mention[],
  document: Mention[],
  decision: Mention[],
  resolution: Mention[],
  notification: Mention[],
];

/** True for an ASCII letter (false for NaN, past the end of the text). */
function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}

/** True for an ASCII letter or digit (false for NaN, past the end of the text). */
function isAsciiWordChar(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c >= 0x30 && c <= 0x39);
}

/** Candidates are collected a chunk of text at a time, then handled (reused buffers). */
const CHUNK = 2048;
const chunkStarts = new Int32Array(CHUNK + 1);

/**
 * Scans `text` once for the kinds in `wanted` (a mask of `START_*` bits) and returns one list per
 * kind (empty for kinds not wanted).
 */
export function scan(text: string, party: PartyScanner, wanted: number): ScanLists {
  const parties: Mention[] = [];
  const documents: Mention[] = [];
  const decisions: Mention[] = [];
  const resolutions: Mention[] = [];
  const notifications: Mention[] = [];
  const classes = party.classes;
  const filter = party.filter;
  const prefixes = party.prefixes;
  const positions = chunkStarts;
  let filterMask = 0;
  if ((wanted & START_PARTY) !== 0) filterMask |= MAY_START_PARTY;
  if ((wanted & (START_DECISION | START_RESOLUTION | START_DOCUMENT)) !== 0) filterMask |= MAY_START_KEYWORD;
  if ((wanted & START_NOTIFICATION) !== 0) filterMask |= MAY_START_NOTIFICATION;
  // Where each kind's search has reached: a start before it is inside that kind's last mention.
  let partyFrom = 0;
  let documentFrom = 0;
  let decisionFrom = 0;
  let resolutionFrom = 0;
  let notificationFrom = 0;
  const n = text.length;
  let before = 0; // the filter byte of the unit before: none at the start of the text
  for (let chunk = 0; chunk < n; chunk += CHUNK) {
    // The hot loop: one table read per unit; what the unit may start, less what the unit
    // before rules out, is almost always nothing.
    const chunkEnd = Math.min(n, chunk + CHUNK);
    let count = 0;
    for (let i = chunk; i < chunkEnd; i++) {
      const f = filter[text.charCodeAt(i)]!;
      // Branch-free: the position is always written, and kept (count moves on) for a candidate.
      positions[count] = i;
      count += ((f & ~(before >> 4) & filterMask) + 7) >> 3;
      before = f;
    }
    for (let j = 0; j < count; j++) {
      const i = positions[j]!;
      // The exact rules, from the classes of the unit and of the one before.
      let k = i === 0 ? 0 : classes[text.charCodeAt(i - 1)]!;
      if (k === UNCLASSIFIED) k = classifyUnit(text.charCodeAt(i - 1));
      const hit = STARTS[(k & 0xe0) | (classes[text.charCodeAt(i)]! & 0x1f)]! & wanted;
      if ((hit & START_PARTY) !== 0 && i >= partyFrom) {
        // Most capitalised words start with two to four ASCII letters that no name starts with.
        const a = text.charCodeAt(i);
        const b = text.charCodeAt(i + 1);
        const c = text.charCodeAt(i + 2);
        let index = ((a & 31) << 10) | ((b & 31) << 5);
        let after = c; // the character after the letters looked up
        let afterIndex = i + 2;
        if (isAsciiLetter(c)) {
          index |= c & 31;
          after = text.charCodeAt(i + 3);
          afterIndex = i + 3;
        }
        // The bit of the letter after them; bit 0 for an ASCII character that cannot go on a
        // word; -1 for a hyphen or a run of spaces, which may hide a broken word, or another
        // character: then only a name starting with three letters none of which starts rules out.
        let bit = -1;
        if (index & 31 && isAsciiLetter(after)) bit = after & 31;
        else if (
          !isAsciiLetter(after) &&
          after < 0x80 &&
          after !== 0x2d &&
          (after > 0x20 || isAsciiWordChar(text.charCodeAt(afterIndex + 1)))
        )
          bit = 0;
        if (
          !isAsciiLetter(a) ||
          !isAsciiLetter(b) ||
          (bit < 0 ? (index & 31) === 0 || prefixes[index] !== 0 : ((prefixes[index]! >>> bit) & 1) !== 0)
        ) {
          const end = party.matchAt(text, i, parties);
          if (end >= 0) partyFrom = end;
        }
      }
      if ((hit & START_DOCUMENT) !== 0) {
        if (i >= documentFrom && mayStartDocument(text, i)) {
          const end = documentsAt(text, i, documents);
          if (end >= 0) documentFrom = end;
        }
      } else if ((hit & START_DECISION) !== 0) {
        if (i >= decisionFrom && mayStartDecision(text, i)) {
          const end = decisionsAt(text, i, decisions);
          if (end >= 0) decisionFrom = end;
        }
      } else if ((hit & START_RESOLUTION) !== 0) {
        if (i >= resolutionFrom && mayStartResolution(text, i)) {
          const end = resolutionsAt(text, i, resolutions);
          if (end >= 0) resolutionFrom = end;
        }
      } else if ((hit & START_NOTIFICATION) !== 0) {
        if (i >= notificationFrom && mayStartNotification(text, i)) {
          const end = notificationsAt(text, i, notifications);
          if (end >= 0) notificationFrom = end;
        }
      }
    }
  }
  return [parties, documents, decisions, resolutions, notifications];
}
