import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDefaultDataset } from '../../../core/data/build-default-dataset.ts';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { datasetJsonSchema } from '../../../core/schemas/json-schema.ts';
import { DatasetSchema } from '../../../core/schemas/dataset.ts';
import { exampleActivities } from '../../../core/data/example-activities.ts';

const here = (path: string) => new URL(path, import.meta.url);
const founding = readFileSync(here('../../../core/data/founding-document.txt'), 'utf8');

/** Annex 3 of the founding document, row by row: category cells in column order. */
const ANNEX_3: Record<string, [string, Array<string | null>]> = {
  AR: ['2015-2017', [null, 'EA', null, 'EA', 'MA']],
  AZ: ['2015-2017', ['MA SA', 'MA SA', 'MA SA', 'MA SA', null]],
  CN: ['2015-2017', ['MA SA EA T N P', 'MA SA EA T N P', 'MA SA EA T N P', 'MA SA EA T N P', null]],
  CD: ['2017-2018', [null, 'MA SA EA', 'MA SA EA', 'MA SA EA T N P O', 'MA SA EA']],
  SV: ['2015-2017', ['MA SA EA T', 'MA SA EA T', 'MA SA EA T', 'MA SA EA T', 'T']],
  KG: ['2015-2017', ['MA SA EA', 'MA SA EA', 'MA SA EA', 'MA SA EA T N', null]],
  MY: ['2015-2017', [null, 'MA SA EA', 'MA SA EA', 'MA SA EA', null]],
  MX: ['2015-2017', [null, 'EA', 'SA', 'MA EA', null]],
  MN: ['2016-2018', ['MA', 'MA SA EA', 'MA SA EA', 'MA EA T N P', null]],
  MA: ['2015-2017', ['MA SA EA', 'MA SA EA', 'MA SA EA', 'MA SA EA N', 'P']],
  MM: ['2017', ['MA SA', 'MA SA EA N', 'MA SA EA', 'EA T N', null]],
  PK: ['2017-2018', ['MA SA EA T N P', null, null, 'MA SA EA N', null]],
  PE: ['2015-2017', ['MA EA N P', 'MA SA EA', 'MA SA', 'MA SA T', null]],
  WS: ['2015-2017', ['MA SA', 'MA SA EA', 'MA SA', 'MA SA EA N', null]],
  SG: ['2015-2017', [null, null, null, 'MA EA', null]],
  AE: ['2017-2018', ['MA SA EA P', 'MA EA', null, 'MA SA EA', null]],
  VE: ['2015-2017', [null, 'MA SA', 'MA SA', 'MA SA EA P', null]],
};
const CATEGORIES = ['advice', 'technical', 'financial', 'training', 'other'];

describe('the bundled default dataset', () => {
  const dataset = defaultDataset();

  it('holds Annex 3 of the founding document exactly: 17 Parties, 60 needs', () => {
    const expected = Object.entries(ANNEX_3).flatMap(([party, [period, cells]]) =>
      cells.flatMap((cell, i) => (cell ? [`${party} ${period} ${CATEGORIES[i]} ${cell}`] : [])),
    );
    const actual = dataset.needs.map((n) => `${n.party} ${n.period} ${n.category} ${n.recipients.join(' ')}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(new Set(dataset.needs.map((n) => n.party)).size).toBe(17);
    expect(dataset.needs).toHaveLength(60);
  });

  it('keeps the details text of each row, verbatim', () => {
    const mongolia = dataset.reports.find((r) => r.party === 'MN');
    expect(mongolia?.details).toBe('Online certificate system, real-time PCR and DNA sequencer');
    expect(dataset.reports.find((r) => r.party === 'MX')?.details).toBeUndefined();
  });

  it('is a file the dataset schema reads back unchanged (so it is used without loading the validator)', () => {
    expect(DatasetSchema.parse(dataset)).toEqual(dataset);
    expect(DatasetSchema.parse(exampleActivities())).toEqual(exampleActivities());
  });

  it('records Barbados, Costa Rica and Viet Nam as reporting no needs', () => {
    const none = dataset.reports.filter((r) => !r.needsExpressed).map((r) => r.party);
    expect(none.sort()).toEqual(['BB', 'CR', 'VN']);
  });

  it('names its source document on every record', () => {
    const [source] = dataset.sources;
    expect(source?.part).toBe('Annex 3');
    expect(dataset.needs.every((n) => n.source === source?.id)).toBe(true);
  });

  it('carries the Strategic Vision with unverified parts marked, not guessed', () => {
    const vision = dataset.strategicVision!;
    expect(vision.goals).toHaveLength(5);
    const goal1 = vision.goals.find((g) => g.number === 1)!;
    expect(goal1.status).toBe('unverified');
    expect(goal1.text.en).toBeUndefined();
    expect(vision.objectives.find((o) => o.number === '3.2')?.capacityBuilding).toBe(true);
  });

  it('is what the importer makes of the founding document today (npm run gen is up to date)', () => {
    const committed = JSON.parse(readFileSync(here('../../../core/data/default-dataset.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(buildDefaultDataset(founding)))).toEqual(committed);
  });

  it('has a shipped JSON Schema that matches the zod schemas (npm run gen is up to date)', () => {
    const committed = JSON.parse(readFileSync(here('../../../core/schemas/dataset.schema.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(datasetJsonSchema()))).toEqual(committed);
  });
});
