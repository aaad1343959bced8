import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../../core/data/parties.ts';
import { needsToCsv } from '../../../core/import/needs-csv.ts';
import { importNeedsTable } from '../../../core/import/needs-table.ts';
import { NEED_CATEGORIES, RECIPIENT_CODES } from '../../../core/schemas/codes.ts';

const importText = (text: string) => importNeedsTable(text, { source: 'test' });

/** Pieces that make inputs look like needs tables, so the fuzzing reaches the deep paths. */
const fragment = fc.oneof(
  fc.constantFrom(...PARTIES.slice(0, 40).flatMap((p) => [p.names.en, p.names.fr, p.names.es])),
  fc.constantFrom('2015-2017', '2017', '2017-2015', '20155', '2015–2017', 'x'),
  fc.constantFrom('MA', 'SA, EA', 'T,N', 'P O', 'XX', '', 'ma;sa'),
  fc.constantFrom('\t', ',', '"', '""', '\n', '\r\n', '\r', '\uFEFF', ' '),
  fc.constantFrom(
    'Party',
    'Partie',
    'Parte',
    'Report period',
    'Training',
    'Other (specify)',
    'Details',
    'category',
    'recipients',
  ),
  fc.string({ maxLength: 8 }),
);
const tableLike = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

const party = fc.constantFrom(...PARTIES.map((p) => p));
const period = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 3 }), fc.boolean())
  .map(([start, span, single]) => (single ? `${start}` : `${start}-${start + span}`));
const recipients = fc.subarray([...RECIPIENT_CODES], { minLength: 1 });
const row = fc.record({
  party,
  period,
  cells: fc.tuple(...NEED_CATEGORIES.map(() => fc.option(recipients, { nil: undefined }))),
  details: fc.option(fc.stringMatching(/^[A-Za-z ,.;()-]{1,30}$/), { nil: undefined }),
});

describe('the needs importer, on any input', () => {
  it('returns a result or located errors, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(tableLike, fc.string({ maxLength: 300 })), (text) => {
        const result = importText(text);
        if (result.ok) {
          expect(result.needs.every((n) => n.recipients.length > 0)).toBe(true);
        } else {
          const lines = text.split(/\r\n|\r|\n/).length;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.line).toBeLessThanOrEqual(lines);
            expect(error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('imports a wide table, exports it and imports the export to the same needs', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.party.code} ${r.period}`, maxLength: 25 }),
        (rows) => {
          const header = 'Party\tReport period\tAdvice\tTechnical\tFinancial\tTraining\tOther\tDetails';
          const lines = rows.map((r) =>
            [
              r.party.names.en,
              r.period,
              ...r.cells.map((c) => (c ? c.join(', ') : '')),
              r.details ?? '',
            ].join('\t'),
          );
          const first = importText([header, ...lines].join('\n'));
          if (rows.length === 0) {
            expect(first.ok).toBe(false);
            return;
          }
          if (!first.ok) throw new Error(JSON.stringify(first.errors));
          const expected = rows.flatMap((r) =>
            r.cells.flatMap((c, i) =>
              c ? [`${r.party.code} ${r.period} ${NEED_CATEGORIES[i]} ${c.join(' ')}`] : [],
            ),
          );
          expect(
            first.needs.map((n) => `${n.party} ${n.period} ${n.category} ${n.recipients.join(' ')}`),
          ).toEqual(expected);
          if (first.needs.length === 0) return;
          const again = importText(needsToCsv(first.needs));
          if (!again.ok) throw new Error(JSON.stringify(again.errors));
          const strip = (needs: typeof first.needs) => needs.map(({ details: _details, ...need }) => need);
          expect(strip(again.needs)).toEqual(strip(first.needs));
          expect(needsToCsv(again.needs)).toBe(needsToCsv(first.needs));
        },
      ),
      { numRuns: 150 },
    );
  });
});
