/**
 * Re-anchoring: finding a note's passage in the document's text again, which may have changed
 * since (a revised document, another language's line-wrapping in the PDF text layer, a page's
 * markup rendering whitespace differently). Pure text-level; the extension maps the range it
 * returns to the page's text nodes (see `createTextMap`).
 *
 * In order:
 * 1. the quote, exactly, at the stored position;
 * 2. the quote, exactly (up to whitespace, soft hyphens and zero-width characters), elsewhere:
 *    of several occurrences the one whose prefix and suffix agree best with the stored context,
 *    then the one closest to the stored position;
 * 3. the quote approximately (bit-parallel approximate matching, `approx-string-match`), with at
 *    most a quarter of its length in errors (insertions, deletions, substitutions), scored by
 *    the errors, the context and the position.
 * Nothing found within that budget: undefined, and the note is shown as unanchored.
 */
import search from 'approx-string-match';
import type { Note, NoteTarget } from './note.ts';

/** Where a note's passage is in the text. */
export interface Anchor {
  start: number;
  end: number;
  /** True when `text.slice(start, end)` is the quote character for character. */
  exact: boolean;
}

export interface AnchorOptions {
  /** Errors allowed in the fuzzy step, as a share of the quote's length (default 0.25). */
  maxErrorRate?: number;
  /** Errors allowed at most in the fuzzy step, whatever the quote's length (default 256). */
  maxErrors?: number;
}

const WEIGHT_QUOTE = 4;
const WEIGHT_CONTEXT = 1;
const WEIGHT_POSITION = 0.5;
/** Occurrences of a very common quote beyond this many are not scored. */
const MAX_CANDIDATES = 10_000;

function isSkipped(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * The text with each run of whitespace as one space and soft hyphens and zero-width characters
 * dropped; `map[i]` is the index in `text` of the normalized text's character `i`
 * (`map[normalized.length] === text.length`).
 */
export function normalizeWhitespace(text: string): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length + 1);
  const out: string[] = [];
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSkipped(c)) continue;
    if (isSpace(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      out.push(' ');
    } else {
      lastSpace = false;
      out.push(text[i]!);
    }
    map[n++] = i;
  }
  map[n] = text.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/**
 * How well `pattern` matches the start of `text` (anchored there, free at the end): 1 for an
 * exact match, 0 for nothing in common; an empty pattern is no evidence (1).
 */
function headSimilarity(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 1;
  const n = text.length;
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const c = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = previous[j - 1]! + (text.charCodeAt(j - 1) === c ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return 1 - best / m;
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

/** How well `pattern` matches the end of `text` (anchored there). */
function tailSimilarity(pattern: string, text: string): number {
  return headSimilarity(reverse(pattern), reverse(text));
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Binary search: the first normalized index whose original index is at or after `offset`. */
function toNormalized(map: Int32Array, offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best range for `target` in `text`, or undefined when it cannot be found. */
export function anchor(text: string, target: NoteTarget, options: AnchorOptions = {}): Anchor | undefined {
  const { exact: quote, prefix, suffix } = target.quote;
  const position = target.position;
  if (position && position.end <= text.length && text.slice(position.start, position.end) === quote) {
    return { start: position.start, end: position.end, exact: true };
  }

  const norm = normalizeWhitespace(text);
  const haystack = norm.text;
  const rawQuote = normalizeWhitespace(quote).text;
  const needle = rawQuote.trim();
  if (needle === '' || haystack === '') return undefined;
  // Whitespace trimmed off the quote belongs to its context.
  const before = normalizeWhitespace(prefix).text + (rawQuote.startsWith(' ') ? ' ' : '');
  const after = (rawQuote.endsWith(' ') ? ' ' : '') + normalizeWhitespace(suffix).text;
  const context = { before: before.replace(/ {2,}/g, ' '), after: after.replace(/ {2,}/g, ' ') };
  const hint = position ? toNormalized(norm.map, position.start) : undefined;

  const score = (candidate: Candidate): number => {
    const b = context.before.length;
    const a = context.after.length;
    const slackB = Math.ceil(b / 4) + 2;
    const slackA = Math.ceil(a / 4) + 2;
    const beforeText = haystack.slice(Math.max(0, candidate.start - b - slackB), candidate.start);
    const afterText = haystack.slice(candidate.end, candidate.end + a + slackA);
    const closeness =
      hint === undefined
        ? 0
        : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, haystack.length));
    return (
      WEIGHT_QUOTE * (1 - candidate.errors / needle.length) +
      WEIGHT_CONTEXT *
        (tailSimilarity(context.before, beforeText) + headSimilarity(context.after, afterText)) +
      WEIGHT_POSITION * closeness
    );
  };
  const best = (candidates: readonly Candidate[]): Candidate | undefined => {
    let chosen: Candidate | undefined;
    let top = -Infinity;
    for (const candidate of candidates) {
      const s = score(candidate);
      if (s > top) {
        top = s;
        chosen = candidate;
      }
    }
    return chosen;
  };

  const occurrences: Candidate[] = [];
  for (
    let at = haystack.indexOf(needle);
    at !== -1 && occurrences.length < MAX_CANDIDATES;
    at = haystack.indexOf(needle, at + 1)
  ) {
    occurrences.push({ start: at, end: at + needle.length, errors: 0 });
  }
  let found = best(occurrences);
  if (!found) {
    const budget = Math.min(
      Math.floor(needle.length * (options.maxErrorRate ?? 0.25)),
      options.maxErrors ?? 256,
    );
    if (budget < 1) return undefined;
    const seen = new Set<string>();
    const matches: Candidate[] = [];
    for (const match of search(haystack, needle, budget)) {
      const key = `${match.start}:${match.end}`;
      if (match.end <= match.start || seen.has(key)) continue;
      seen.add(key);
      matches.push(match);
      if (matches.length >= MAX_CANDIDATES) break;
    }
    found = best(matches);
  }
  if (!found) return undefined;
  // Back to the original text: from the first character to just after the last one.
  let start = norm.map[found.start]!;
  let end = norm.map[found.end - 1]! + 1;
  // A match that begins or ends on a collapsed space begins/ends at the word instead.
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return undefined;
  // A quote that itself begins or ends with whitespace takes it back when the text has the same.
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  if ((lead > 0 || trail > 0) && start >= lead && text.slice(start - lead, end + trail) === quote) {
    return { start: start - lead, end: end + trail, exact: true };
  }
  return { start, end, exact: text.slice(start, end) === quote };
}

/** The notes of a page, split into those found in its text (with their ranges) and the others. */
export interface AnchoredNotes {
  /** In reading order of the ranges found. */
  anchored: { note: Note; anchor: Anchor }[];
  /** Not found: to be listed as unanchored, never dropped. */
  unanchored: Note[];
}

/** Anchors each note in `text` (see `anchor`). */
export function anchorNotes(
  text: string,
  notes: readonly Note[],
  options: AnchorOptions = {},
): AnchoredNotes {
  const anchored: AnchoredNotes['anchored'] = [];
  const unanchored: Note[] = [];
  for (const note of notes) {
    const found = anchor(text, note.target, options);
    if (found) anchored.push({ note, anchor: found });
    else unanchored.push(note);
  }
  anchored.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  return { anchored, unanchored };
}
