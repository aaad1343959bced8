import { describe, expect, it } from 'vitest';
import {
  expressedNoNeeds,
  filterMatrix,
  matrixTotals,
  needsMatrix,
  partiesByCategory,
  partiesByRecipient,
  partiesByRegion,
  partyLookup,
  partyProfile,
  sortMatrix,
} from '../../../core/analytics/needs-summary.ts';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { DatasetSchema, type DatasetInput } from '../../../core/schemas/dataset.ts';

const dataset = defaultDataset();
const lookup = partyLookup(dataset);
const rows = needsMatrix(dataset, lookup);
const row = (code: string) => rows.find((r) => r.party === code)!;

function tiny(extra: Partial<DatasetInput> = {}) {
  return DatasetSchema.parse({
    schemaVersion: 1,
    id: 'tiny',
    title: 'Tiny',
    generatedAt: '2026-01-01T00:00:00Z',
    sources: [{ id: 's', title: 'S' }],
    ...extra,
  });
}

describe('needsMatrix on the default dataset', () => {
  it('has a row for each of the 20 reporting Parties, 17 of them with needs', () => {
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.needCount > 0)).toHaveLength(17);
    expect(rows.filter(expressedNoNeeds).map((r) => r.party)).toEqual(['BB', 'CR', 'VN']);
  });

  it("keeps the document's recipients per category (Mexico, Argentina)", () => {
    expect(row('MX').cells).toEqual({
      advice: [],
      technical: ['EA'],
      financial: ['SA'],
      training: ['MA', 'EA'],
      other: [],
    });
    expect(row('AR').cells.other).toEqual(['MA']);
    expect(row('MX').region).toBe('north-america');
  });
});

describe('filterMatrix', () => {
  it('filters by region, category and recipient', () => {
    expect(filterMatrix(rows, { region: 'oceania' }).map((r) => r.party)).toEqual(['WS']);
    const otherCategory = filterMatrix(rows, { category: 'other' }).map((r) => r.party);
    expect(otherCategory.sort()).toEqual(['AR', 'CD', 'MA', 'SV']);
    const publicTraining = filterMatrix(rows, { category: 'training', recipient: 'P' }).map((r) => r.party);
    expect(publicTraining.sort()).toEqual(['CD', 'CN', 'MN', 'VE']);
  });

  it('drops Parties without needs once a category or recipient is chosen', () => {
    expect(filterMatrix(rows, { recipient: 'MA' }).some(expressedNoNeeds)).toBe(false);
    expect(filterMatrix(rows, {}).length).toBe(20);
  });
});

describe('sortMatrix', () => {
  it('sorts by localized Party name', () => {
    const en = sortMatrix(rows, 'party', 'ascending', 'en', lookup).map((r) => r.party);
    expect(en.slice(0, 3)).toEqual(['AR', 'AZ', 'BB']);
    const fr = sortMatrix(rows, 'party', 'ascending', 'fr', lookup).map((r) => r.party);
    // « Émirats arabes unis » sorts under E in French.
    expect(fr.indexOf('AE')).toBeGreaterThan(fr.indexOf('SV'));
  });

  it('sorts by number of needs, descending, ties by name', () => {
    const sorted = sortMatrix(rows, 'needs', 'descending', 'en', lookup);
    expect(sorted[0]!.needCount).toBe(5);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i - 1]!.needCount).toBeGreaterThanOrEqual(sorted[i]!.needCount);
    }
    expect(sorted.at(-1)!.needCount).toBe(0);
  });

  it('sorts by region name', () => {
    const sorted = sortMatrix(rows, 'region', 'ascending', 'en', lookup);
    expect(sorted[0]!.region).toBe('africa');
    expect(sorted.at(-1)!.region).toBe('oceania');
  });
});

describe('totals and chart counts', () => {
  it('counts Parties per category and recipient', () => {
    const totals = matrixTotals(rows.filter((r) => r.needCount > 0));
    const training = totals.find((t) => t.category === 'training')!;
    expect(training.parties).toBe(17);
    expect(training.recipients.MA).toBe(15);
    expect(partiesByCategory(rows).find((e) => e.key === 'other')!.parties).toBe(4);
  });

  it('counts Parties per recipient and region', () => {
    expect(partiesByRecipient(rows).find((e) => e.key === 'MA')!.parties).toBe(17);
    const regions = partiesByRegion(rows);
    expect(regions.reduce((sum, e) => sum + e.parties, 0)).toBe(17);
  });
});

describe('partyProfile', () => {
  it('gives Mexico its needs in category order', () => {
    const profile = partyProfile(dataset, 'MX', lookup);
    expect(profile.status).toBe('needs');
    expect(profile.reports).toHaveLength(1);
    expect(profile.reports[0]!.needs.map((n) => n.category)).toEqual(['technical', 'financial', 'training']);
    expect(profile.sources).toHaveLength(1);
  });

  it('tells "no needs expressed" from "no report in the data"', () => {
    expect(partyProfile(dataset, 'BB', lookup).status).toBe('no-needs');
    expect(partyProfile(dataset, 'FR', lookup).status).toBe('no-report');
    expect(partyProfile(dataset, 'FR', lookup).info?.names.fr).toBe('France');
  });

  it('keeps needs that cite no report record', () => {
    const data = tiny({
      needs: [
        {
          id: 'n1',
          party: 'KE',
          period: '2020',
          category: 'training',
          recipients: ['SA', 'MA'],
          source: 's',
        },
      ],
    });
    const profile = partyProfile(data, 'KE', partyLookup(data));
    expect(profile.status).toBe('needs');
    expect(profile.reports[0]!.period).toBe('2020');
    expect(profile.reports[0]!.needs[0]!.recipients).toEqual(['MA', 'SA']);
  });
});

describe('partyLookup', () => {
  it("lets the dataset's Parties override the bundled ones", () => {
    const data = tiny({
      parties: [
        {
          code: 'KE',
          names: { en: 'Kenya (test)', fr: 'Kenya (essai)', es: 'Kenia (prueba)' },
          aliases: { en: [], fr: [], es: [] },
          region: 'africa',
        },
      ],
    });
    expect(partyLookup(data)('KE')!.names.en).toBe('Kenya (test)');
    expect(partyLookup(data)('MX')!.names.es).toBe('México');
  });
});
