/**
 * Finds Party names in a text.
 *
 * The names are stored in a character trie of folded code units, separators (a space or a
 * hyphen) stored as one marker. The code units the names use are numbered (their "symbols"),
 * and the trie is laid out depth first in one typed array (`layOutTrie`), so that a walk along
 * a name reads consecutive memory. The single-pass scanner (`scan.ts`) calls `matchAt` only where a word
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

/**
 * The Party trie laid out in one array, depth first: a node is a record of cells `[terminal,
 * k, symbol 1, child 1, ..., symbol k, child k]`, where `terminal` is -1 or, once the matcher
 * fills it, the index of the names ending there, and a child is the offset of the child's
 * record. Depth first, a node's first child's record follows the node's, so walking along a name
 * past its first letters (where nodes have one child) reads consecutive cells: a walk touches a
 * few cache lines instead of one per step. The root's children are in `rootChild`, by symbol.
 */
interface TrieLayout {
  readonly trie: Int32Array;
  /** The record of the root's child for each symbol, 0 for none (no child record is at 0). */
  readonly rootChild: Int32Array;
  /** For each key, the offset of the record where it ends, or -1 for an empty key. */
  readonly terminalOf: Int32Array;
}

function layOutTrie(keys: readonly (readonly number[])[], symbols: number): TrieLayout {
  // Inserting the keys in sorted order creates the nodes depth first (in preorder), each
  // node's children by symbol: a key's new nodes start where it leaves the previous key's path.
  // Sorted as strings of their symbols (all above 0), each followed by a NUL and its index: the
  // engine's own string sort, which is fast even before the code warms up.
  const sorted = keys
    .flatMap((key, index) => (key.length > 0 ? [`${String.fromCharCode(...key)}\0${index}`] : []))
    .sort()
    .map((entry) => Number(entry.slice(entry.indexOf('\0') + 1)));
  let maxNodes = 1;
  for (const key of keys) maxNodes += key.length;
  const parentOf = new Int32Array(maxNodes);
  const symbolOf = new Int32Array(maxNodes);
  const childCount = new Int32Array(maxNodes);
  const endOf = new Int32Array(keys.length).fill(-1);
  const path = new Int32Array(maxNodes + 1); // path[d]: the node at depth d of the current key
  let nodeCount = 1;
  let previous: readonly number[] = [];
  for (const index of sorted) {
    const key = keys[index]!;
    let shared = 0;
    while (shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
    for (let d = shared; d < key.length; d++) {
      const node = nodeCount++;
      parentOf[node] = path[d]!;
      symbolOf[node] = key[d]!;
      childCount[path[d]!]!++;
      path[d + 1] = node;
    }
    endOf[index] = path[key.length]!;
    previous = key;
  }
  // Record offsets follow the preorder; each node's edge goes into its parent's record, in
  // symbol order since children are created in that order.
  const offsetOf = new Int32Array(nodeCount);
  let size = 0;
  for (let node = 0; node < nodeCount; node++) {
    offsetOf[node] = size;
    size += 2 + 2 * childCount[node]!;
  }
  const trie = new Int32Array(size);
  const filled = new Int32Array(nodeCount);
  const rootChild = new Int32Array(symbols);
  for (let node = 0; node < nodeCount; node++) {
    const at = offsetOf[node]!;
    trie[at] = -1;
    trie[at + 1] = childCount[node]!;
    if (node === 0) continue;
    const parent = parentOf[node]!;
    const edge = offsetOf[parent]! + 2 + 2 * filled[parent]!++;
    trie[edge] = symbolOf[node]!;
    trie[edge + 1] = at;
    if (parent === 0) rootChild[symbolOf[node]!] = at;
  }
  const terminalOf = endOf.map((node) => (node < 0 ? -1 : offsetOf[node]!));
  return { trie, rootChild, terminalOf };
}

/** The record of the child of the node at `node` by `symbol`, or 0 for none. */
function childOf(trie: Int32Array, node: number, symbol: number): number {
  const end = node + 2 + (trie[node + 1]! << 1);
  for (let edge = node + 2; edge < end; edge += 2) if (trie[edge] === symbol) return trie[edge + 1]!;
  return 0;
}

function buildMatcher(entries: readonly PartyNameEntry[]): PartyMatcher & PartyScanner {
  // Symbols: 0 is "no such code unit in any name", 1 the separator, then the folded code units.
  const symbolOf = new Map<number, number>([[SEP, 1]]);
  const SEP_SYMBOL = 1;
  const keys: number[][] = [];
  const firstChars = new Set<number>();
  // The first two to four folded ASCII letters names start with (see `PartyScanner.prefixes`).
  const prefixes = new Uint32Array(1 << 15);
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
    if (key.length === 0) continue;
    const first = entry.caseSensitive ? entry.name.charAt(0) : entry.name.charAt(0).toUpperCase();
    firstChars.add(first.charCodeAt(0));
  }
  const symbols = symbolOf.size + 1;
  const { trie, rootChild, terminalOf } = layOutTrie(keys, symbols);
  const terminals = new Map<number, number[]>(); // record offset -> entry indices, in entry order
  for (let index = 0; index < keys.length; index++) {
    const at = terminalOf[index]!;
    if (at < 0) continue;
    const list = terminals.get(at);
    if (list) list.push(index);
    else terminals.set(at, [index]);
  }

  // The symbol of each code unit below TABLE_SIZE, through its fold; spaces and hyphens apart.
  const lowSymbol = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    lowSymbol[c] = isSpace(c) || isHyphen(c) ? SEPARATOR_LOW : (symbolOf.get(FOLD[c]!) ?? 0);
  }
  const foldedSymbol = (c: number): number => symbolOf.get(fold(c)) ?? 0;
  const highSymbol = (c: number): number =>
    isSpace(c) || isHyphen(c) ? SEPARATOR_HIGH : (symbolOf.get(fold(c)) ?? 0);

  // The first cell of a terminal's record: its index t; the names ending there are
  // terminalEntries[terminalFrom[t]] up to terminalFrom[t + 1], lenient forms first (a
  // case-sensitive abbreviation is tried only if no other form shares its key).
  const terminalEntries: PartyNameEntry[] = [];
  const terminalFrom: number[] = [];
  for (const [at, list] of terminals) {
    trie[at] = terminalFrom.length;
    terminalFrom.push(terminalEntries.length);
    const sorted = list
      .map((i) => entries[i]!)
      .sort((a, b) => Number(a.caseSensitive) - Number(b.caseSensitive));
    terminalEntries.push(...sorted);
  }
  terminalFrom.push(terminalEntries.length);
  const entryFrom = Int32Array.from(terminalFrom);
  // Per entry: 1 when it must match as written, 2 when it ends in a letter or digit (and so may
  // not end inside a word).
  const entryRules = Uint8Array.from(
    terminalEntries,
    (entry) =>
      (entry.caseSensitive ? 1 : 0) | (isWordChar(entry.name.charCodeAt(entry.name.length - 1)) ? 2 : 0),
  );

  /** True when the name `entry` (an index into terminalEntries) may end the mention [start, end). */
  const accepts = (entry: number, text: string, start: number, end: number): boolean => {
    const rules = entryRules[entry]!;
    if (rules === 0) return true;
    if ((rules & 1) !== 0) {
      const name = terminalEntries[entry]!.name;
      if (end - start !== name.length || !text.startsWith(name, start)) return false;
    }
    return (rules & 2) === 0 || !wordContinues(text, end);
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
    let node = rootChild[s0]!;
    if (node === 0) return -1;
    // Walk the trie as far as the text follows it, remembering the longest accepted name.
    let i = start + 1;
    let bestEnd = -1;
    let bestEntry = -1;
    for (;;) {
      const t = trie[node]!;
      if (t >= 0) {
        for (let entry = entryFrom[t]!, last = entryFrom[t + 1]!; entry < last; entry++) {
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
        // The children's (symbol, record) pairs follow the record's terminal and child count.
        let edge = node + 2;
        const edgesEnd = edge + (trie[node + 1]! << 1);
        while (edge < edgesEnd && trie[edge] !== s) edge += 2;
        if (edge === edgesEnd) break;
        node = trie[edge + 1]!;
        i++;
        continue;
      }
      // A space or hyphen: the run of them matches one separator.
      const after = separatorEnd(text, i);
      if (after < 0) break;
      const child = childOf(trie, node, SEP_SYMBOL);
      if (child !== 0) {
        node = child;
        i = after;
        continue;
      }
      // A hyphenated line break inside a word: "Repub-\nlic".
      if (s === SEPARATOR_LOW && separatorJoinsWord(text, i, after)) {
        const joined = childOf(trie, node, foldedSymbol(text.charCodeAt(after)));
        if (joined !== 0) {
          node = joined;
          i = after + 1;
          continue;
        }
      }
      break;
    }
    if (bestEntry < 0) return -1;
    const code = terminalEntries[bestEntry]!.code;
    if (code !== '')
      out.push({ kind: 'party', id: code, start, end: bestEnd, text: text.slice(start, bestEnd) });
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
