/**
 * Finds Party names in a text.
 *
 * The names are stored in a character trie of folded code units, separators (a space or a
 * hyphen) stored as one marker. The trie is flat: the code units the names use are numbered
 * (their "symbols"), and `next[node * symbols + symbol]` is the child, 0 for none, so one step
 * is two array reads. The single-pass scanner (`scan.ts`) calls `matchAt` only where a word
 * starts with a capital letter that some name starts with (a name never fires on lower-case
 * text: "turkey", "chad", "china" the porcelain); `matchAt` walks the trie from there comparing
 * folded code units and keeps the longest name that ends on a word boundary. A run of spaces,
 * line breaks and hyphens in the text matches one separator in a name, and a hyphen at a line
 * break inside a word ("Repub-\nlic") is skipped, so names wrapped by PDF extraction are found
 * with the line break inside the mention. No string is built while scanning (only the text of
 * a mention found) and every offset is an index into the original text.
 */
import type { Party } from '../schemas/party.ts';
import * as chars from './char-classes.ts';
import type { Mention } from './mention.ts';
import { partyNameEntries, type PartyNameEntry } from './party-names.ts';
import { scan, START_PARTY, type PartyScanner } from './scan.ts';

/** A Party matcher built for one list of Parties. */
export interface PartyMatcher {
  /** Every Party mention in `text`, sorted by start, not overlapping. */
  match(text: string): Mention[];
  /** How many names (aliases and blocking places included) the matcher holds. */
  readonly nameCount: number;
}

// Module-level copies of the character helpers: a loader that turns imports into property reads
// or getters (a CommonJS transform, a test runner) must not add a call to every step of the scan.
const { FOLD, fold, isHyphen, isNewline, isSpace, isWordChar, SEP, TABLE_SIZE } = chars;

/** At most this many line breaks inside one name: a blank line or two, not a page of them. */
const MAX_NEWLINES_IN_SEPARATOR = 2;

/** Symbol of a space or hyphen below `TABLE_SIZE`: a separator, which may also join a broken word. */
const SEPARATOR_LOW = 0xffff;
/** Symbol of a space or hyphen from `TABLE_SIZE` up: a separator only. */
const SEPARATOR_HIGH = 0xfffe;

/** Builds a matcher for `parties` (by default the bundled 185 Parties; see `defaultPartyMatcher`). */
export function createPartyMatcher(parties: readonly Party[]): PartyMatcher & PartyScanner {
  return buildMatcher(partyNameEntries(parties));
}

function keyOf(name: string): number[] {
  const key: number[] = [];
  let pendingSep = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isSpace(c) || isHyphen(c)) {
      pendingSep = key.length > 0;
      continue;
    }
    if (pendingSep) key.push(SEP);
    pendingSep = false;
    key.push(fold(c));
  }
  return key;
}

/**
 * The end of the run of spaces, line breaks and hyphens starting at `i`, or -1 when the run is
 * too long to sit inside a name (more than two line breaks) or ends the text.
 */
function separatorEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  let newlines = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isNewline(d)) {
      if (d !== 0x0a || j === 0 || text.charCodeAt(j - 1) !== 0x0d) newlines++;
    } else if (!isSpace(d) && !isHyphen(d)) break;
    j++;
  }
  return newlines > MAX_NEWLINES_IN_SEPARATOR || j >= n ? -1 : j;
}

/** True when the separator run [i, end) is a hyphen at a line break, which joins a broken word. */
function separatorJoinsWord(text: string, i: number, end: number): boolean {
  let hyphen = false;
  let newline = false;
  for (let j = i; j < end; j++) {
    const d = text.charCodeAt(j);
    if (isHyphen(d)) hyphen = true;
    else if (isNewline(d)) newline = true;
  }
  return hyphen && newline;
}

/** True when a word continues at `i` (a letter, or a hyphen at a line break before a letter). */
function wordContinues(text: string, i: number): boolean {
  const n = text.length;
  if (i >= n) return false;
  const c = text.charCodeAt(i);
  if (isWordChar(c)) return true;
  if (!isHyphen(c)) return false;
  let j = i + 1;
  let newline = false;
  while (j < n && isSpace(text.charCodeAt(j))) {
    if (isNewline(text.charCodeAt(j))) newline = true;
    j++;
  }
  return (
    newline && j < n && isWordChar(text.charCodeAt(j)) && text.charCodeAt(j) === fold(text.charCodeAt(j))
  );
}

function buildMatcher(entries: readonly PartyNameEntry[]): PartyMatcher & PartyScanner {
  // Symbols: 0 is "no such code unit in any name", 1 the separator, then the folded code units.
  const symbolOf = new Map<number, number>([[SEP, 1]]);
  const SEP_SYMBOL = 1;
  const keys: number[][] = [];
  const firstChars = new Set<number>();
  // The first two to four folded ASCII letters names start with (see `PartyScanner.prefixes`).
  const prefixes = new Uint32Array(1 << 15);
  let depth = 0;
  for (const entry of entries) {
    const key = keyOf(entry.name);
    const a = key.length >= 2 ? key[0]! - 0x60 : 0;
    const b = key.length >= 2 ? key[1]! - 0x60 : 0;
    if (a - 1 < 26 && a >= 1 && b - 1 < 26 && b >= 1) {
      const c = key.length >= 3 ? key[2]! - 0x60 : 0;
      if (c >= 1 && c <= 26) {
        const d = key.length >= 4 ? key[3]! - 0x60 : 0;
        prefixes[(a << 10) | (b << 5) | c]! |= 1 << (d >= 1 && d <= 26 ? d : 0);
      } else {
        prefixes[(a << 10) | (b << 5)]! |= 1;
      }
    }
    for (let j = 0; j < key.length; j++) {
      const c = key[j]!;
      let symbol = symbolOf.get(c);
      if (symbol === undefined) {
        symbol = symbolOf.size + 1;
        symbolOf.set(c, symbol);
      }
      key[j] = symbol;
    }
    keys.push(key);
    depth = Math.max(depth, key.length);
    if (key.length === 0) continue;
    const first = entry.caseSensitive ? entry.name.charAt(0) : entry.name.charAt(0).toUpperCase();
    firstChars.add(first.charCodeAt(0));
  }
  const symbols = symbolOf.size + 1;

  // The trie is built one depth at a time, so that nodes are numbered breadth first: the nodes
  // every candidate visits (the first letters) share a few cache lines at the start of `next`.
  // Written straight into a table sized for the most nodes the keys can make (one per code
  // unit, and the root), then cut to the nodes made.
  let maxNodes = 1;
  for (const key of keys) maxNodes += key.length;
  const table = new Int32Array(maxNodes * symbols); // node * symbols + symbol -> child, 0 for none
  const nodeOfKey = new Int32Array(keys.length); // the node each key has reached
  let nodeCount = 1;
  for (let d = 0; d < depth; d++) {
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      if (d >= key.length) continue;
      const edge = nodeOfKey[index]! * symbols + key[d]!;
      let child = table[edge]!;
      if (child === 0) {
        child = nodeCount++;
        table[edge] = child;
      }
      nodeOfKey[index] = child;
    }
  }
  const next = table.slice(0, nodeCount * symbols);
  const terminals = new Map<number, number[]>(); // node -> entry indices, in entry order
  for (let index = 0; index < keys.length; index++) {
    if (keys[index]!.length === 0) continue;
    const node = nodeOfKey[index]!;
    const list = terminals.get(node);
    if (list) list.push(index);
    else terminals.set(node, [index]);
  }

  // The symbol of each code unit below TABLE_SIZE, through its fold; spaces and hyphens apart.
  const lowSymbol = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    lowSymbol[c] = isSpace(c) || isHyphen(c) ? SEPARATOR_LOW : (symbolOf.get(FOLD[c]!) ?? 0);
  }
  const foldedSymbol = (c: number): number => symbolOf.get(fold(c)) ?? 0;
  const highSymbol = (c: number): number =>
    isSpace(c) || isHyphen(c) ? SEPARATOR_HIGH : (symbolOf.get(fold(c)) ?? 0);

  // terminal[node]: -1 none; otherwise an index into terminalLists.
  const terminal = new Int32Array(nodeCount).fill(-1);
  const terminalLists: (readonly PartyNameEntry[])[] = [];
  for (const [node, list] of terminals) {
    terminal[node] = terminalLists.length;
    // Lenient forms first: a case-sensitive abbreviation is tried only if no other form shares its key.
    terminalLists.push(
      list.map((i) => entries[i]!).sort((a, b) => Number(a.caseSensitive) - Number(b.caseSensitive)),
    );
  }

  const accepts = (entry: PartyNameEntry, text: string, start: number, end: number): boolean => {
    if (entry.caseSensitive && (end - start !== entry.name.length || !text.startsWith(entry.name, start)))
      return false;
    const last = entry.name.charCodeAt(entry.name.length - 1);
    return !isWordChar(last) || !wordContinues(text, end);
  };

  /**
   * The longest name starting at `start`: its end (the mention pushed to `out` unless the name
   * is a blocking non-Party place), or -1 for none.
   */
  const matchAt = (text: string, start: number, out: Mention[]): number => {
    const n = text.length;
    const c0 = text.charCodeAt(start);
    const s0 = c0 < TABLE_SIZE ? lowSymbol[c0]! : highSymbol(c0);
    if (s0 >= symbols) return -1;
    let node = next[s0]!;
    if (node === 0) return -1;
    // Walk the trie as far as the text follows it, remembering the longest accepted name.
    let i = start + 1;
    let bestEnd = -1;
    let bestEntry: PartyNameEntry | undefined;
    for (;;) {
      const t = terminal[node]!;
      if (t >= 0) {
        for (const entry of terminalLists[t]!) {
          if (accepts(entry, text, start, i)) {
            bestEnd = i;
            bestEntry = entry;
            break;
          }
        }
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      const s = c < TABLE_SIZE ? lowSymbol[c]! : highSymbol(c);
      if (s < symbols) {
        const child = next[node * symbols + s]!;
        if (child === 0) break;
        node = child;
        i++;
        continue;
      }
      // A space or hyphen: the run of them matches one separator.
      const after = separatorEnd(text, i);
      if (after < 0) break;
      const child = next[node * symbols + SEP_SYMBOL]!;
      if (child !== 0) {
        node = child;
        i = after;
        continue;
      }
      // A hyphenated line break inside a word: "Repub-\nlic".
      if (s === SEPARATOR_LOW && separatorJoinsWord(text, i, after)) {
        const joined = next[node * symbols + foldedSymbol(text.charCodeAt(after))]!;
        if (joined !== 0) {
          node = joined;
          i = after + 1;
          continue;
        }
      }
      break;
    }
    if (bestEntry === undefined) return -1;
    if (bestEntry.code !== '') {
      out.push({ kind: 'party', id: bestEntry.code, start, end: bestEnd, text: text.slice(start, bestEnd) });
    }
    return bestEnd;
  };

  const classes = chars.classTable(firstChars);
  const matcher: PartyMatcher & PartyScanner = {
    classes,
    filter: chars.matcherFilter(classes, firstChars),
    prefixes,
    matchAt,
    match: (text: string): Mention[] => scan(text, matcher, START_PARTY)[0],
    nameCount: entries.length,
  };
  return matcher;
}
