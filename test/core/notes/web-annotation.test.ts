import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATION_CONTEXT,
  createNote,
  exportWebAnnotations,
  notesToCsv,
  notesToMarkdown,
  parseWebAnnotations,
  toWebAnnotation,
  uuidFromIri,
  type Note,
} from '../../../core/notes/index.ts';
import Papa from 'papaparse';
import { noteArb } from './arbitraries.ts';

const NOW = new Date('2025-01-15T10:00:00.000Z');

function sample(): Note {
  return createNote(
    {
      document: {
        id: 'SC66 Doc. 20.2',
        title: 'Ivory',
        urls: ['https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf'],
      },
      target: {
        quote: {
          exact: 'Kenya and the United Republic of Tanzania',
          prefix: 'in particular ',
          suffix: ' reported',
        },
        position: { start: 100, end: 141 },
      },
      body: 'Check the ivory action plans, see Decision 18.39.',
      tags: ['ivory', ' follow-up ', 'Ivory'],
    },
    { id: '0f8fad5b-d9cb-469f-a165-70867728950e', now: NOW },
  );
}

describe('createNote', () => {
  it('links the Parties and references of the quote and normalizes the tags', () => {
    const note = sample();
    expect(note.links).toEqual([
      { kind: 'party', id: 'KE' },
      { kind: 'party', id: 'TZ' },
    ]);
    expect(note.tags).toEqual(['ivory', 'follow-up']);
    expect(note.revision).toBe(1);
    expect(note.created).toBe(NOW.toISOString());
  });
});

describe('Web Annotation export', () => {
  it('writes the W3C model: context, type, target with quote and position selectors, text and tag bodies', () => {
    const annotation = toWebAnnotation(sample());
    expect(annotation).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'Annotation',
      created: NOW.toISOString(),
      modified: NOW.toISOString(),
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Check the ivory action plans, see Decision 18.39.',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'ivory' },
        { type: 'TextualBody', purpose: 'tagging', value: 'follow-up' },
      ],
      target: {
        source: 'https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Kenya and the United Republic of Tanzania',
            prefix: 'in particular ',
            suffix: ' reported',
          },
          { type: 'TextPositionSelector', start: 100, end: 141 },
        ],
      },
    });
  });

  it('round-trips: export then import gives the same notes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 8 }), (notes) => {
        const parsed = parseWebAnnotations(exportWebAnnotations(notes));
        expect(parsed).toEqual({ ok: true, notes });
      }),
      { numRuns: 150 },
    );
  });
});

function annotation(id: string, exact: string): Record<string, unknown> {
  return {
    id,
    type: 'Annotation',
    bodyValue: `note on ${exact}`,
    target: { source: 'https://example.org/report.html', selector: { type: 'TextQuoteSelector', exact } },
  };
}

describe('Web Annotation import', () => {
  it('reads a single annotation, an array, and a collection with embedded next pages', () => {
    const one = parseWebAnnotations({
      '@context': ANNOTATION_CONTEXT,
      ...annotation('https://x.org/a/1', 'Viet Nam'),
    });
    expect(one.ok && one.notes.length).toBe(1);
    const list = parseWebAnnotations([annotation('a1', 'one'), annotation('a2', 'two')]);
    expect(list.ok && list.notes.map((n) => n.target.quote.exact)).toEqual(['one', 'two']);
    const collection = parseWebAnnotations({
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      total: 3,
      first: {
        type: 'AnnotationPage',
        items: [annotation('p1', 'first page')],
        next: { type: 'AnnotationPage', items: [annotation('p2', 'second page'), annotation('p3', 'again')] },
      },
    });
    expect(collection.ok && collection.notes.map((n) => n.target.quote.exact)).toEqual([
      'first page',
      'second page',
      'again',
    ]);
  });

  it("reads other tools' annotations: document from the source, links found in the quote, stable ids", () => {
    const parsed = parseWebAnnotations(
      {
        id: 'https://annotations.example.org/42',
        type: 'Annotation',
        created: '2024-02-01T10:00:00+01:00',
        body: [
          { type: 'TextualBody', value: 'Important', purpose: ['commenting'] },
          'https://example.org/linked-resource',
          { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
        ],
        target: [
          'https://example.org/other',
          {
            source: 'https://cites.org/sites/default/files/eng/cop/18/doc/E-CoP18-021-03.pdf',
            selector: [
              { type: 'TextQuoteSelector', exact: 'Decisions 18.39 to 18.46 apply to Madagascar' },
              { type: 'TextPositionSelector', start: 5, end: 49 },
            ],
          },
        ],
      },
      { now: NOW },
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [note] = parsed.notes;
    expect(note).toMatchObject({
      id: uuidFromIri('https://annotations.example.org/42'),
      document: { id: 'CoP18 Doc. 21.3' },
      body: 'Important',
      tags: ['budget'],
      links: [
        { kind: 'decision', id: '18.39-18.46' },
        { kind: 'party', id: 'MG' },
      ],
      created: '2024-02-01T09:00:00.000Z',
      modified: '2024-02-01T09:00:00.000Z',
      target: { position: { start: 5, end: 49 } },
      revision: 1,
    });
  });

  it('refuses a file with one bad entry, naming the entry, its place and the reason', () => {
    const file = {
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [annotation('a1', 'one')],
        next: {
          type: 'AnnotationPage',
          items: [
            annotation('a2', 'two'),
            {
              ...annotation('a3', 'three'),
              target: { source: 'https://x.org', selector: [{ type: 'TextQuoteSelector', exact: '' }] },
            },
          ],
        },
      },
    };
    const parsed = parseWebAnnotations(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatchObject({
      kind: 'invalid',
      index: 2,
      path: 'first.next.items[1].target.selector[0].exact',
    });
    expect(parsed.error.message).toMatch(
      /^Annotation 3 of 3 \(first\.next\.items\[1\]\.target\.selector\[0\]\.exact\)/,
    );
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['not annotations', { hello: 1 }, /not a Web Annotation/],
    [
      'a page by address only',
      { type: 'AnnotationCollection', first: 'https://x.org/page1' },
      /embed its pages/,
    ],
    [
      'a target without a quote',
      [{ id: 'a', type: 'Annotation', target: 'https://x.org' }],
      /TextQuoteSelector/,
    ],
    ['no id', [{ type: 'Annotation', target: annotation('x', 'y').target }], /id/],
    ['a bad date', [{ ...annotation('a', 'b'), created: 'yesterday' }], /created/],
    [
      'the same id twice, differently',
      [annotation('a', 'b'), annotation('a', 'c')],
      /also the id of annotation 1/,
    ],
  ])('refuses %s', (_name, input, message) => {
    const parsed = parseWebAnnotations(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(message);
  });
});

describe('Markdown and CSV exports', () => {
  it('groups the Markdown by document, in reading order, with quotes, tags and mentions', () => {
    const first = sample();
    const second = {
      ...first,
      id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      target: { ...first.target, position: { start: 5, end: 10 } },
      body: 'Earlier passage',
    };
    const other = {
      ...first,
      id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
      document: { id: 'CoP18 Doc. 21.3', urls: [] },
    };
    const gone = {
      ...first,
      id: '6ba7b811-9dad-41d1-80b4-00c04fd430c8',
      deleted: NOW.toISOString(),
      body: 'Deleted one',
    };
    const markdown = notesToMarkdown([first, other, second, gone]);
    expect(markdown).toContain('## CoP18 Doc. 21.3');
    expect(markdown).toContain('## Ivory (SC66 Doc. 20.2)');
    expect(markdown).toContain('> Kenya and the United Republic of Tanzania');
    expect(markdown).toContain('Tags: `ivory`, `follow-up` · Mentions: KE, TZ');
    const ivory = markdown.indexOf('## Ivory');
    expect(markdown.indexOf('Earlier passage', ivory)).toBeLessThan(
      markdown.indexOf('Check the ivory', ivory),
    );
    expect(markdown.indexOf('## CoP18')).toBeLessThan(markdown.indexOf('## Ivory'));
    expect(markdown).not.toContain('Deleted one');
  });

  it('writes CSV with one row per note, quoted by papaparse, formulas escaped', () => {
    const note = { ...sample(), body: '=HYPERLINK("x")\nsecond line, with comma' };
    const csv = notesToCsv([note]);
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([
      'id',
      'document',
      'title',
      'url',
      'quote',
      'prefix',
      'suffix',
      'start',
      'end',
      'note',
      'tags',
      'parties',
      'references',
      'created',
      'modified',
      'revision',
    ]);
    expect(rows[1]?.[9]).toBe('\'=HYPERLINK("x")\nsecond line, with comma');
    expect(rows[1]?.[10]).toBe('ivory; follow-up');
    expect(rows[1]?.[11]).toBe('KE; TZ');
  });
});
