import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, publishDataset, visibleTo } from '../../../core/publish/publish.ts';
import {
  ACTIVITY_STATUSES,
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  VISIBILITY_LEVELS,
} from '../../../core/schemas/codes.ts';
import { DatasetSchema, type Dataset } from '../../../core/schemas/dataset.ts';
import { summarize } from '../../../core/tracker/summarize.ts';

const visibility = fc.constantFrom(...VISIBILITY_LEVELS);
const secret = fc.uuid().map((uuid) => `SECRET-${uuid}`);
const money = fc.record({
  amount: fc.integer({ min: 1, max: 10_000_000 }),
  currency: fc.constantFrom('USD', 'EUR', 'CHF'),
  funding: fc.constantFrom('core' as const, 'extrabudgetary' as const),
});

const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    activities: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        title: secret,
        provider: secret,
        donors: fc.array(secret, { maxLength: 2 }),
        status: fc.constantFrom(...ACTIVITY_STATUSES),
        category: fc.constantFrom(...NEED_CATEGORIES),
        recipients: fc.subarray([...RECIPIENT_CODES]),
        beneficiaries: fc.subarray(['MX', 'PE', 'CN', 'KE']),
        budget: fc.option(money, { nil: undefined }),
        visibility,
      }),
      { selector: (a) => a.id, maxLength: 12 },
    ),
    needs: fc.uniqueArray(
      fc.record({
        party: fc.constantFrom('MX', 'PE', 'CN', 'KE'),
        period: fc.constantFrom('2015-2017', '2017'),
        category: fc.constantFrom(...NEED_CATEGORIES),
        recipients: fc.subarray([...RECIPIENT_CODES], { minLength: 1 }),
        details: secret,
        visibility,
      }),
      { selector: (n) => `${n.party}${n.period}${n.category}`, maxLength: 12 },
    ),
    resourceVisibility: fc.array(fc.tuple(visibility, money, fc.boolean()), { maxLength: 8 }),
  })
  .map(({ activities, needs, resourceVisibility }) =>
    DatasetSchema.parse({
      schemaVersion: 1,
      id: 'random',
      title: 'Random',
      generatedAt: '2024-01-01T00:00:00Z',
      sources: [{ id: 's', title: 'S' }],
      needs: needs.map((n) => ({ ...n, id: `need:${n.party}:${n.period}:${n.category}`, source: 's' })),
      activities: activities.map((a) => ({
        ...a,
        delivery: 'online',
        source: 's',
        needs: needs.slice(0, 2).map((n) => `need:${n.party}:${n.period}:${n.category}`),
        indicators: [`ind-${a.id}`],
      })),
      indicators: activities.map((a) => ({
        id: `ind-${a.id}`,
        title: `${a.title} indicator`,
        activity: a.id,
        source: 's',
        visibility: 'public',
      })),
      resources: resourceVisibility.map(([v, m, linked], i) => ({
        id: `res-${i}`,
        donor: `SECRET-donor-${i}`,
        amount: m.amount,
        currency: m.currency,
        funding: m.funding,
        ...(linked && activities[i] ? { activity: activities[i]!.id } : {}),
        source: 's',
        visibility: v,
      })),
    }),
  );

describe('publishing for an audience', () => {
  it('keeps no record above the audience, nothing that names one, and totals only of what is kept', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.constantFrom(...AUDIENCES), (dataset, audience) => {
        const published = publishDataset(dataset, audience, '2024-01-02T00:00:00Z');
        const text = JSON.stringify(published);
        for (const key of ['reports', 'needs', 'activities', 'indicators', 'resources'] as const) {
          for (const record of published[key]) expect(visibleTo(record.visibility, audience)).toBe(true);
        }
        // No text or id of a withheld record can be read anywhere in the published file.
        const withheld = [
          ...dataset.activities
            .filter((a) => !visibleTo(a.visibility, audience))
            .flatMap((a) => [a.id, a.title, a.provider]),
          ...dataset.needs
            .filter((n) => !visibleTo(n.visibility, audience))
            .flatMap((n) => [n.id, n.details ?? '']),
          ...dataset.resources.filter((r) => !visibleTo(r.visibility, audience)).map((r) => r.donor),
        ].filter((s) => s && !published.activities.some((a) => a.title === s || a.provider === s));
        for (const value of withheld) expect(text).not.toContain(value);
        // Totals are those of the kept records: nothing withheld is counted in them.
        expect(published.summary).toEqual(summarize(published));
        expect(DatasetSchema.safeParse(published).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never publishes a private record', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        for (const audience of AUDIENCES) {
          const published = publishDataset(dataset, audience);
          expect(published.activities.some((a) => a.visibility === 'private')).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});
