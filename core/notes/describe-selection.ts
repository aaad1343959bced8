/**
 * From a selection to the selectors a note stores, and from a page's text nodes to one text and
 * back. Pure text: the extension gives the text nodes' contents (in document order) and the
 * selection's offsets; no DOM here.
 */
import type { NoteTarget } from './note.ts';

/** How many characters of context the quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/**
 * The target (quote and position selectors) of the passage `text.slice(start, end)`.
 * Throws a RangeError when the range is empty or outside the text.
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): NoteTarget {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length
  )) {
    throw new RangeError(`not a non-empty range of the text: ${start}..${end} of ${text.length}`);
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, end + contextLength),
    },
    position: { start, end },
  };
}

/** A place in one of the chunks (text nodes) a text was joined from. */
export interface ChunkPoint {
  chunk: number;
  offset: number;
}

/** Several chunks (a page's text nodes) seen as one text. */
export interface TextMap {
  readonly text: string;
  /** Where each chunk starts in `text`. */
  readonly starts: readonly number[];
  /**
   * The chunk and offset of `offset` in `text`. At a boundary between two chunks, `'forward'`
   * (for a range's start) gives the start of the later chunk, `'backward'` (for a range's end)
   * the end of the earlier one.
   */
  toChunk(offset: number, bias?: 'forward' | 'backward'): ChunkPoint;
  /** The offset in `text` of `offset` in chunk `chunk`. */
  fromChunk(chunk: number, offset: number): number;
}

/** The chunks (e.g. text nodes' `data`, in document order) joined into one text, with its map. */
export function createTextMap(chunks: readonly string[]): TextMap {
  const starts: number[] = [];
  let length = 0;
  for (const chunk of chunks) {
    starts.push(length);
    length += chunk.length;
  }
  const text = chunks.join('');
  return {
    text,
    starts,
    toChunk(offset, bias = 'forward') {
      if (chunks.length === 0) return { chunk: 0, offset: 0 };
      const at = Math.max(0, Math.min(offset, length));
      // The last chunk starting at or before `at` (forward) / before `at` (backward).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const s = starts[mid]!;
        if (bias === 'forward' ? s <= at : s < at) lo = mid;
        else hi = mid - 1;
      }
      // Skip empty chunks going forward so the point is inside a chunk with text.
      if (bias === 'forward') {
        while (lo < chunks.length - 1 && at - starts[lo]! >= chunks[lo]!.length && at === starts[lo + 1])
          lo++;
      }
      return { chunk: lo, offset: at - starts[lo]! };
    },
    fromChunk(chunk, offset) {
      return (starts[chunk] ?? length) + offset;
    },
  };
}
