/**
 * The recognizer: every Party and CITES reference a text mentions, exactly located. It is pure
 * and synchronous, with no DOM or Node dependency, so the same function runs in a content
 * script, a worker and the CLI.
 *
 * One pass over the text (`scan.ts`) finds where a Party name or a reference keyword may start;
 * there the Party trie (`party-matcher.ts`) walks, or a reference family's reader reads on
 * (by hand, falling back to a regular expression for rare forms). The results are merged in order, and where two mentions overlap the longer
 * one is kept.
 */
import { PARTIES } from '../data/parties.ts';
import type { Party } from '../schemas/party.ts';
import type { Mention, MentionKind } from './mention.ts';
import { createPartyMatcher, type PartyMatcher } from './party-matcher.ts';
import {
  scan,
  START_DECISION,
  START_DOCUMENT,
  START_NOTIFICATION,
  START_PARTY,
  START_RESOLUTION,
} from './scan.ts';

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

const KIND_BITS: Readonly<Record<MentionKind, number>> = {
  party: START_PARTY,
  decision: START_DECISION,
  resolution: START_RESOLUTION,
  document: START_DOCUMENT,
  notification: START_NOTIFICATION,
};
const ALL_KINDS = START_PARTY | START_DECISION | START_RESOLUTION | START_DOCUMENT | START_NOTIFICATION;

/** True when `list` is in merge order: by start, then the longer first. */
function inMergeOrder(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

/** True when `a` comes before `b` in merge order: by start, then the longer first. */
function before(a: Mention, b: Mention): boolean {
  return a.start < b.start || (a.start === b.start && a.end > b.end);
}

/** `a` and `b` (each in merge order) as one list in merge order, those of `a` first where two tie. */
function mergeTwo(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  // One loop for the whole merge (no separate loops for the tails, which a short list would
  // reach only in some runs, each time sending the compiled code back to the interpreter).
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j < b.length && (i >= a.length || before(b[j]!, a[i]!))) merged.push(b[j++]!);
    else merged.push(a[i++]!);
  }
  return merged;
}

/** `lists[from..to)` (each in merge order) as one list in merge order, earlier lists first on ties. */
function mergeRange(lists: readonly (readonly Mention[])[], from: number, to: number): readonly Mention[] {
  if (to - from === 1) return lists[from]!;
  const middle = (from + to) >> 1;
  return mergeTwo(mergeRange(lists, from, middle), mergeRange(lists, middle, to));
}

/**
 * `a` and `b` (each in merge order) merged as `mergeTwo` merges them, each mention then kept
 * after those kept before it, dropped where it overlaps the last one kept, or put in its place
 * when it is longer.
 */
function mergeKeeping(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  let last: Mention | undefined;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const mention = j < b.length && (i >= a.length || before(b[j]!, a[i]!)) ? b[j++]! : a[i++]!;
    if (last === undefined || mention.start >= last.end) {
      kept.push(mention);
      last = mention;
    } else if (mention.end - mention.start > last.end - last.start) {
      kept[kept.length - 1] = mention;
      last = mention;
    }
  }
  return kept;
}

/**
 * Lists in merge order (the scan's: each sorted by start, none overlapping) merged without
 * overlaps: the first list (the Parties, usually most of the mentions) against the others merged
 * pairwise, in the same order as a stable sort of their concatenation.
 */
function mergeSorted(lists: readonly (readonly Mention[])[]): Mention[] {
  if (lists.length === 0) return [];
  const rest = lists.length === 1 ? [] : mergeRange(lists, 1, lists.length);
  return mergeKeeping(lists[0]!, rest);
}

/**
 * Merges mentions sorted by start into one list without overlaps; the longer mention wins. The
 * mentions are taken by start, the longer first, and in the order of `lists` where both tie.
 */
export function mergeMentions(lists: readonly (readonly Mention[])[]): Mention[] {
  if (lists.every(inMergeOrder)) return mergeSorted(lists);
  const all = lists.flat();
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return mergeKeeping(all, []);
}

let warmedUp = false;
/** Texts at least this long are "long": the first one is preceded by the warm-up. */
const WARM_UP_BEFORE = 50_000;
const WARM_UP_TEXT = [
  'Kenya, Democratic Repub-\nlic of the\nCongo, Guinea-Bissau, Papua New\r\nGuinea, South Sudan, EU, Eu, USA, U.S.',
  'Côte d’Ivoire, Nigeria, Niger-\nia, MEXICO, Ελλάδα Kenya, _Kenya, é\u0301Decision 18.1, Iran (Islamic Republic of)',
  'Decisions 18.39 to 18.46, Décision 18.46, Decisiones 18.42 y 18.43, Decision 16.162 (Rev. CoP18)',
  'Resolutions Conf. 10.10 (Rev. CoP18) and Conf. 11.17, Res. Conf. 18.3, Résolution Conf. 9.24 and 9.25',
  'CoP18 Doc. 21.3, SC66 Doc. 20.2 (Rev.1), AC31 Doc. 10/PC25 Doc. 11, CoP19 Inf. 12, SC70 SR, SC1 x',
  'CoP18 Com. I Rec. 14, CoP17 Docs 57.1, 57.2 and 57.3 Add. Annex 4, SC69 Sum. 4',
  'Notification to the Parties No. 2020/0027; Notifications 2020/056 and 2020/057; notif. 2019/1',
].join('\n');

/**
 * Builds a recognizer. The Party matcher is built here, once (a few tens of milliseconds for the
 * 185 Parties, before the code warms up); use this factory to recognize another list of Parties, and `recognize` for the
 * bundled ones.
 */
export function createRecognizer(options: RecognizerOptions = {}): Recognizer {
  const parties = createPartyMatcher(options.parties ?? PARTIES);
  return {
    parties,
    recognize(text: string, recognizeOptions: RecognizeOptions = {}): Mention[] {
      if (!warmedUp && text.length >= WARM_UP_BEFORE) {
        // Before the first long text, run every path of the scan once on a small sample, so
        // that the optimizing compiler, when it compiles the scan in the middle of the long
        // text, knows them all and never has to fall back to the interpreter (and compile
        // again) at a rare one. Short texts teach it as they come.
        warmedUp = true;
        mergeSorted(scan(WARM_UP_TEXT, parties, ALL_KINDS));
      }
      const kinds = recognizeOptions.kinds;
      let wanted = ALL_KINDS;
      if (kinds !== undefined) {
        wanted = 0;
        for (const kind of kinds) wanted |= KIND_BITS[kind];
      }
      const nonEmpty = scan(text, parties, wanted).filter((list) => list.length > 0);
      if (nonEmpty.length === 0) return [];
      return mergeSorted(nonEmpty);
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
