/**
 * The single pass over a text that finds every kind of mention.
 *
 * One loop reads each UTF-16 code unit once and looks its filter byte up (`char-classes.ts`):
 * with the byte of the unit before, a few bit operations say what may start there — a Party
 * name (a capital some name starts with, at a word start), or the keyword of a reference family
 * (D/d, R/r, N/n, C/S/A/P at a word start). Almost every unit stops there. At the few candidates
 * left, the exact boundary rules (`STARTS`), a test of the next characters or a step or two of
 * the Party trie reject most; only then does the Party trie walk on, or a reference family's
 * sticky regular expression run, anchored at that position. Each kind keeps the
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

/** Candidates are collected a chunk of text at a time, then handled (reused buffers). */
const CHUNK = 2048;
const chunkStarts = new Int32Array(CHUNK);

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
      if ((f & ~(before >> 4) & filterMask) !== 0) positions[count++] = i;
      before = f;
    }
    for (let j = 0; j < count; j++) {
      const i = positions[j]!;
      // The exact rules, from the classes of the unit and of the one before.
      let k = i === 0 ? 0 : classes[text.charCodeAt(i - 1)]!;
      if (k === UNCLASSIFIED) k = classifyUnit(text.charCodeAt(i - 1));
      const hit = STARTS[(k & 0xe0) | (classes[text.charCodeAt(i)]! & 0x1f)]! & wanted;
      if ((hit & START_PARTY) !== 0 && i >= partyFrom) {
        const end = party.matchAt(text, i, parties);
        if (end >= 0) partyFrom = end;
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
