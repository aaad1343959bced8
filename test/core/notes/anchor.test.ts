import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchor,
  anchorNotes,
  createNote,
  createTextMap,
  describeSelection,
  normalizeWhitespace,
} from '../../../core/notes/index.ts';

const TEXT =
  'The Standing Committee noted the report. The Parties are invited to report on capacity-building. ' +
  'In the second session, the Parties are invited to submit their needs to the Secretariat. ' +
  'Finally, the Parties are invited to share materials through the CITES Virtual College.';

describe('describeSelection', () => {
  it('keeps the quote, 32 characters of context on each side and the position', () => {
    const start = TEXT.indexOf('submit their needs');
    const target = describeSelection(TEXT, start, start + 'submit their needs'.length);
    expect(target.quote.exact).toBe('submit their needs');
    expect(target.quote.prefix).toBe(TEXT.slice(start - 32, start));
    expect(target.quote.suffix).toBe(TEXT.slice(start + 18, start + 50));
    expect(target.position).toEqual({ start, end: start + 18 });
  });

  it('refuses empty and out-of-range selections', () => {
    expect(() => describeSelection(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeSelection(TEXT, 5, TEXT.length + 1)).toThrow(RangeError);
  });
});

describe('createTextMap', () => {
  it('maps offsets in the joined text to text nodes and back', () => {
    const map = createTextMap(['Hello ', '', 'wor', 'ld']);
    expect(map.text).toBe('Hello world');
    expect(map.toChunk(6)).toEqual({ chunk: 2, offset: 0 });
    expect(map.toChunk(6, 'backward')).toEqual({ chunk: 0, offset: 6 });
    expect(map.toChunk(10)).toEqual({ chunk: 3, offset: 1 });
    expect(map.toChunk(11, 'backward')).toEqual({ chunk: 3, offset: 2 });
    expect(map.fromChunk(3, 1)).toBe(10);
  });
});

describe('anchor', () => {
  it('finds the quote at its position', () => {
    const start = TEXT.indexOf('Virtual College');
    const target = describeSelection(TEXT, start, start + 15);
    expect(anchor(TEXT, target)).toEqual({ start, end: start + 15, exact: true });
  });

  it('chooses among repeated quotes by context, then by position', () => {
    const second = TEXT.indexOf('the Parties are invited', TEXT.indexOf('second session'));
    const target = describeSelection(TEXT, second, second + 23);
    const moved = `A new first sentence was added here. ${TEXT}`;
    const found = anchor(moved, target);
    expect(found).toEqual({ start: second + 37, end: second + 60, exact: true });
    // Without any context, the occurrence nearest the old position wins.
    const bare = {
      quote: { exact: 'the Parties are invited', prefix: '', suffix: '' },
      position: target.position,
    };
    expect(anchor(moved, bare)?.start).toBe(moved.indexOf('the Parties are invited', second));
  });

  it('finds a passage re-wrapped in lines and hyphenated, as in another PDF layout', () => {
    const start = TEXT.indexOf('submit their needs to the Secretariat');
    const target = describeSelection(TEXT, start, start + 37);
    const wrapped = TEXT.replace(
      'submit their needs to the Secretariat',
      'submit their\nneeds  to the Secre-\ntariat',
    );
    const found = anchor(wrapped, target);
    expect(found).toBeDefined();
    expect(wrapped.slice(found!.start, found!.end)).toBe('submit their\nneeds  to the Secre-\ntariat');
    expect(found!.exact).toBe(false);
  });

  it('gives undefined when the passage is gone, rather than something unrelated', () => {
    const start = TEXT.indexOf('capacity-building');
    const target = describeSelection(TEXT, start, start + 17);
    expect(
      anchor('A completely different text on the trade in tigers and their parts.', target),
    ).toBeUndefined();
    expect(anchor('', target)).toBeUndefined();
  });

  it('normalizes whitespace with a map back to the original offsets', () => {
    const { text, map } = normalizeWhitespace('a \n\t b\u00adc');
    expect(text).toBe('a bc');
    expect([...map]).toEqual([0, 1, 5, 7, 8]);
  });
});

// Text of distinct random words, so that the passage is not repeated elsewhere.
const wordArb = fc.stringMatching(/^[a-z]{2,9}$/);
const textArb = fc.uniqueArray(wordArb, { minLength: 40, maxLength: 160 }).map((words) => words.join(' '));

type Edit = { at: number; remove: number; insert: string };
const outsideEdit = fc.record({
  side: fc.constantFrom('before', 'after'),
  distance: fc.nat(80),
  remove: fc.nat(6),
  insert: fc.string({ maxLength: 12 }),
});
const insideEdit = fc.record({
  at: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
  kind: fc.constantFrom('substitute', 'insert', 'delete'),
});

/** Applies one edit, keeping track of where the quote is. */
function apply(text: string, quote: { start: number; end: number }, edit: Edit): string {
  const { at, remove, insert } = edit;
  const delta = insert.length - remove;
  if (at + remove <= quote.start) {
    quote.start += delta;
    quote.end += delta;
  } else if (at >= quote.end) {
    // after the quote: it does not move
  } else if (at >= quote.start && at + remove <= quote.end) {
    quote.end += delta;
  } else {
    return text; // an edit across the quote's boundary: not one of the small edits tested here
  }
  return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('anchorNotes', () => {
  it('splits notes into anchored (in reading order) and unanchored, dropping none', () => {
    const document = { id: 'url:https://example.org/', urls: [] };
    const at = (phrase: string) => {
      const start = TEXT.indexOf(phrase);
      return createNote({ document, target: describeSelection(TEXT, start, start + phrase.length) });
    };
    const late = at('Virtual College');
    const early = at('Standing Committee');
    const gone = createNote({
      document,
      target: { quote: { exact: 'a passage removed in the revision', prefix: '', suffix: '' } },
    });
    const { anchored, unanchored } = anchorNotes(TEXT, [late, gone, early]);
    expect(anchored.map((a) => a.note.id)).toEqual([early.id, late.id]);
    expect(unanchored).toEqual([gone]);
  });
});

describe('anchor (properties)', () => {
  it('finds the passage after random small edits around and inside it', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 24, max: 90 }),
        fc.array(outsideEdit, { maxLength: 5 }),
        fc.array(insideEdit, { maxLength: 2 }),
        fc.boolean(),
        (text, where, length, outside, inside, rewrap) => {
          fc.pre(text.length > length + 10);
          const start = Math.floor(where * (text.length - length));
          const target = describeSelection(text, start, start + length);
          const quote = { start, end: start + length };
          let edited = text;
          for (const e of outside) {
            const at =
              e.side === 'before'
                ? quote.start - e.distance - e.remove
                : Math.min(edited.length, quote.end + e.distance);
            if (at < 0) continue;
            const remove = Math.min(e.remove, edited.length - at);
            edited = apply(edited, quote, { at, remove, insert: e.insert });
          }
          for (const e of inside) {
            const at = quote.start + Math.floor(e.at * (quote.end - quote.start));
            const edit =
              e.kind === 'insert'
                ? { at, remove: 0, insert: 'Q' }
                : e.kind === 'delete'
                  ? { at, remove: 1, insert: '' }
                  : { at, remove: 1, insert: edited[at] === 'Z' ? 'Y' : 'Z' };
            edited = apply(edited, quote, edit);
          }
          if (rewrap) {
            // Another line-wrapping: one space of the passage becomes a line break.
            const space = edited.indexOf(' ', quote.start + 1);
            if (space !== -1 && space < quote.end - 1)
              edited = `${edited.slice(0, space)}\n${edited.slice(space + 1)}`;
          }
          const found = anchor(edited, target);
          expect(found).toBeDefined();
          const slack = inside.length + 1;
          expect(Math.abs(found!.start - quote.start)).toBeLessThanOrEqual(slack);
          expect(Math.abs(found!.end - quote.end)).toBeLessThanOrEqual(slack);
          if (inside.length === 0 && !rewrap && edited.slice(quote.start, quote.end) === target.quote.exact) {
            expect(found).toEqual({ start: quote.start, end: quote.end, exact: true });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
