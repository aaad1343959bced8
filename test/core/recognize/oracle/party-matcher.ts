/**
 * Finds Party names in a text in one pass.
 *
 * The names are stored in a character trie of folded code units, separators (a space or a
 * hyphen) stored as one marker. The scan visits only the positions where a word starts with a
 * capital letter that some name starts with (a name never fires on lower-case text: "turkey",
 * "chad", "china" the porcelain), walks the trie from there comparing folded code units, and
 * keeps the longest name that ends on a word boundary. A run of spaces, line breaks and hyphens
 * in the text matches one separator in a name, and a hyphen at a line break inside a word
 * ("Repub-\nlic") is skipped, so names wrapped by PDF extraction are found with the line break
 * inside the mention. No string is built while scanning and every offset is an index into the
 * original text.
 */
import type { Party } from '../../../../core/schemas/party.ts';
import * as chars from './char-classes.ts';
import type { Mention } from '../../../../core/recognize/mention.ts';
import { partyNameEntries, type PartyNameEntry } from '../../../../core/recognize/party-names.ts';

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

/** Direct child table size for the root node (folded code units below it). */
const ROOT_TABLE = 0x250;

/** Builds a matcher for `parties` (by default the bundled 185 Parties; see `defaultPartyMatcher`). */
export function createPartyMatcher(parties: readonly Party[]): PartyMatcher {
  const entries = partyNameEntries(parties);
  return buildMatcher(entries);
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

function buildMatcher(entries: readonly PartyNameEntry[]): PartyMatcher {
  // The trie is built as one Map from (node, code unit) to child, then flattened into sorted
  // typed arrays: one Map and a typed-array sort are far cheaper to build than a Map per node.
  const edges = new Map<number, number>();
  let nodeCount = 1;
  const terminals = new Map<number, number[]>(); // node -> entry indices
  const firstChars = new Set<number>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const key = keyOf(entry.name);
    if (key.length === 0) continue;
    let node = 0;
    for (const c of key) {
      const edge = node * 0x10000 + c;
      let next = edges.get(edge);
      if (next === undefined) {
        next = nodeCount++;
        edges.set(edge, next);
      }
      node = next;
    }
    const list = terminals.get(node);
    if (list) list.push(index);
    else terminals.set(node, [index]);
    const first = entry.caseSensitive ? entry.name.charAt(0) : entry.name.charAt(0).toUpperCase();
    firstChars.add(first.charCodeAt(0));
  }

  const sortedEdges = Float64Array.from(edges.keys()).sort();
  const edgeTotal = sortedEdges.length;
  const edgeStart = new Int32Array(nodeCount + 1);
  const edgeChar = new Uint16Array(edgeTotal);
  const edgeNext = new Int32Array(edgeTotal);
  const rootTable = new Int32Array(ROOT_TABLE).fill(-1);
  const rootOther = new Map<number, number>();
  let filledTo = 0;
  for (let e = 0; e < edgeTotal; e++) {
    const edge = sortedEdges[e]!;
    const from = Math.floor(edge / 0x10000);
    const c = edge - from * 0x10000;
    while (filledTo <= from) edgeStart[filledTo++] = e;
    edgeChar[e] = c;
    const next = edges.get(edge)!;
    edgeNext[e] = next;
    if (from === 0) {
      if (c < ROOT_TABLE) rootTable[c] = next;
      else rootOther.set(c, next);
    }
  }
  while (filledTo <= nodeCount) edgeStart[filledTo++] = edgeTotal;
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

  const child = (node: number, c: number): number => {
    const from = edgeStart[node]!;
    const to = edgeStart[node + 1]!;
    for (let e = from; e < to; e++) {
      const ec = edgeChar[e]!;
      if (ec === c) return edgeNext[e]!;
      if (ec > c) return -1;
    }
    return -1;
  };

  // Where a name may start: a capital some name starts with (an abbreviation's own first
  // letter), at a word boundary. `\b` is ASCII-only, so the other letters go without it and the
  // scan checks the boundary itself.
  const classOf = (codes: number[]) =>
    codes.map((c) => String.fromCharCode(c).replace(/[\\\]^-]/g, '\\$&')).join('');
  const ascii = [...firstChars].filter((c) => c < 0x80).sort((x, y) => x - y);
  const other = [...firstChars].filter((c) => c >= 0x80).sort((x, y) => x - y);
  const trigger = new RegExp(
    [ascii.length > 0 ? `\\b[${classOf(ascii)}]` : '', other.length > 0 ? `[${classOf(other)}]` : '']
      .filter(Boolean)
      .join('|') || '(?!)',
    'g',
  );

  /** True when a word continues at `i` (a letter, or a hyphen at a line break before a letter). */
  const wordContinues = (text: string, i: number): boolean => {
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
  };

  const accepts = (entry: PartyNameEntry, text: string, start: number, end: number): boolean => {
    if (entry.caseSensitive && (end - start !== entry.name.length || !text.startsWith(entry.name, start)))
      return false;
    const last = entry.name.charCodeAt(entry.name.length - 1);
    return !isWordChar(last) || !wordContinues(text, end);
  };

  const match = (text: string): Mention[] => {
    const mentions: Mention[] = [];
    const n = text.length;
    // Locals rather than closure reads in the hot loop.
    const starts = edgeStart;
    const edgeChars = edgeChar;
    const nexts = edgeNext;
    const terminalOf = terminal;
    const foldTable = FOLD;
    const re = trigger;
    re.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = re.exec(text)) !== null) {
      const start = found.index;
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      const c0 = fold(text.charCodeAt(start));
      let node = c0 < ROOT_TABLE ? rootTable[c0]! : (rootOther.get(c0) ?? -1);
      if (node < 0) continue;
      // Walk the trie as far as the text follows it, remembering the longest accepted name.
      let i = start + 1;
      let bestEnd = -1;
      let bestEntry: PartyNameEntry | undefined;
      for (;;) {
        const t = terminalOf[node]!;
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
        let f: number;
        if (c < TABLE_SIZE) {
          f = foldTable[c]!;
          if (f <= 0x20 || f === 0x2d || f === 0xa0 || f === 0xad) {
            if (!isSpace(c) && !isHyphen(c)) {
              // A control character or other punctuation below the space: compared as is.
            } else {
              const after = separatorEnd(text, i);
              if (after < 0) break;
              let next = -1;
              for (let e = starts[node]!, to = starts[node + 1]!; e < to; e++) {
                if (edgeChars[e] === SEP) {
                  next = nexts[e]!;
                  break;
                }
              }
              if (next >= 0) {
                node = next;
                i = after;
                continue;
              }
              // A hyphenated line break inside a word: "Repub-\nlic".
              if (separatorJoinsWord(text, i, after)) {
                const joined = child(node, fold(text.charCodeAt(after)));
                if (joined >= 0) {
                  node = joined;
                  i = after + 1;
                  continue;
                }
              }
              break;
            }
          }
        } else {
          if (isSpace(c) || isHyphen(c)) {
            const after = separatorEnd(text, i);
            const next = after < 0 ? -1 : child(node, SEP);
            if (next < 0) break;
            node = next;
            i = after;
            continue;
          }
          f = fold(c);
        }
        let next = -1;
        for (let e = starts[node]!, to = starts[node + 1]!; e < to; e++) {
          const ec = edgeChars[e]!;
          if (ec >= f) {
            if (ec === f) next = nexts[e]!;
            break;
          }
        }
        if (next < 0) break;
        node = next;
        i++;
      }
      if (bestEntry === undefined) continue;
      if (bestEntry.code !== '') {
        mentions.push({
          kind: 'party',
          id: bestEntry.code,
          start,
          end: bestEnd,
          text: text.slice(start, bestEnd),
        });
      }
      re.lastIndex = bestEnd;
    }
    return mentions;
  };

  return { match, nameCount: entries.length };
}
