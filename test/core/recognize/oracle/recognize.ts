/**
 * The recognizer: every Party and CITES reference a text mentions, exactly located. It is pure
 * and synchronous, with no DOM or Node dependency, so the same function runs in a content
 * script, a worker and the CLI.
 *
 * Parties are found by a single-pass trie matcher (see `party-matcher.ts`); the four reference
 * families by one regular expression each, skipped outright when a cheap `indexOf` shows that
 * their keyword is absent. The results are merged in order, and where two mentions overlap the
 * longer one is kept.
 */
import { PARTIES } from '../../../../core/data/parties.ts';
import type { Party } from '../../../../core/schemas/party.ts';
import { findDecisions } from './decisions.ts';
import { findDocuments } from './documents.ts';
import type { Mention, MentionKind } from '../../../../core/recognize/mention.ts';
import { findNotifications } from './notifications.ts';
import { createPartyMatcher, type PartyMatcher } from './party-matcher.ts';
import { findResolutions } from './resolutions.ts';

/** Options of one recognition. */
export interface RecognizeOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly MentionKind[];
}

/** What `createRecognizer` returns. */
export interface Recognizer {
  /** Every mention in `text`, sorted by start, not overlapping. */
  recognize(text: string, options?: RecognizeOptions): Mention[];
  /** The Party-name matcher this recognizer uses. */
  readonly parties: PartyMatcher;
}

/** Options of `createRecognizer`. */
export interface RecognizerOptions {
  /** The Parties to recognize (default: the 185 bundled Parties). */
  parties?: readonly Party[];
}

/** True when `text` contains any of `needles`: a cheap test before running a family's regex. */
function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

const DECISION_KEYS = ['ecisi', 'écisi', 'ECISI', 'ÉCISI'];
const RESOLUTION_KEYS = ['Conf', 'CONF'];
const NOTIFICATION_KEYS = ['otif', 'OTIF'];

/** Documents need a meeting code: "CoP", "COP", or a committee code followed by a digit. */
function mayHaveDocuments(text: string): boolean {
  return /(?:CoP|COP|SC|AC|PC) ?\d/.test(text);
}

/** Merges mentions sorted by start into one list without overlaps; the longer mention wins. */
export function mergeMentions(lists: readonly (readonly Mention[])[]): Mention[] {
  const all = lists.length === 1 ? [...lists[0]!] : lists.flat();
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || mention.start >= last.end) {
      kept.push(mention);
    } else if (mention.end - mention.start > last.end - last.start) {
      kept[kept.length - 1] = mention;
    }
  }
  return kept;
}

/**
 * Builds a recognizer. The Party matcher is built here, once (a few milliseconds for the 185
 * Parties); use this factory to recognize another list of Parties, and `recognize` for the
 * bundled ones.
 */
export function createRecognizer(options: RecognizerOptions = {}): Recognizer {
  const parties = createPartyMatcher(options.parties ?? PARTIES);
  return {
    parties,
    recognize(text: string, recognizeOptions: RecognizeOptions = {}): Mention[] {
      const kinds = recognizeOptions.kinds;
      const wants = (kind: MentionKind) => kinds === undefined || kinds.includes(kind);
      const lists: Mention[][] = [];
      if (wants('party')) lists.push(parties.match(text));
      if (wants('document') && mayHaveDocuments(text)) lists.push(findDocuments(text));
      if (wants('decision') && containsAny(text, DECISION_KEYS)) lists.push(findDecisions(text));
      if (wants('resolution') && containsAny(text, RESOLUTION_KEYS)) lists.push(findResolutions(text));
      if (wants('notification') && containsAny(text, NOTIFICATION_KEYS)) lists.push(findNotifications(text));
      const nonEmpty = lists.filter((list) => list.length > 0);
      if (nonEmpty.length === 0) return [];
      return mergeMentions(nonEmpty);
    },
  };
}

let shared: Recognizer | undefined;

/** The recognizer for the bundled Parties, built on first use and then kept (one build per page). */
export function defaultRecognizer(): Recognizer {
  shared ??= createRecognizer();
  return shared;
}

/**
 * Every mention of a Party, Decision, Resolution, meeting document or Notification to the
 * Parties in `text`, sorted by start and not overlapping, with offsets as JavaScript string
 * indices. Pure and synchronous; the first call builds the matcher.
 */
export function recognize(text: string, options?: RecognizeOptions): Mention[] {
  return defaultRecognizer().recognize(text, options);
}
