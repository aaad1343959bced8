import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../core/data/default-dataset.ts';
import type { Activity, Indicator } from '../../core/schemas/activity.ts';
import type { Visibility } from '../../core/schemas/codes.ts';
import { DatasetSchema } from '../../core/schemas/dataset.ts';
import { combinedData } from '../../extension/tracker/combined-data.ts';
import { publishTracker, trackerDataset } from '../../extension/tracker/tracker-dataset.ts';

function record(id: string, visibility: Visibility) {
  const activity: Activity = {
    id,
    title: `Activity ${id}`,
    status: 'completed',
    delivery: 'online',
    provider: 'Provider',
    partners: [],
    donors: [],
    beneficiaries: ['MX'],
    recipients: ['MA'],
    category: 'training',
    topics: [],
    objectives: [],
    needs: [],
    indicators: [`${id}.i1`],
    source: 'tracker',
    visibility,
  };
  const indicator: Indicator = {
    id: `${id}.i1`,
    title: 'Indicator',
    activity: id,
    criteria: [],
    source: 'tracker',
    visibility,
  };
  return { activity, indicators: [indicator] };
}

const records = [
  record('pub', 'public'),
  record('par', 'parties'),
  record('sec', 'secretariat'),
  record('priv', 'private'),
];

describe('publishing from the tracker', () => {
  it('makes a valid dataset of the recorded activities and indicators', () => {
    const dataset = trackerDataset(records, { publisher: 'A partner', generatedAt: '2026-01-01T00:00:00Z' });
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.publisher).toBe('A partner');
    expect(dataset.indicators).toHaveLength(4);
  });

  it('keeps only what each audience may see, and never a private record', () => {
    const ids = (audience: 'public' | 'parties' | 'secretariat') =>
      publishTracker(records, { audience }).activities.map((a) => a.id);
    expect(ids('public')).toEqual(['pub']);
    expect(ids('parties')).toEqual(['pub', 'par']);
    expect(ids('secretariat')).toEqual(['pub', 'par', 'sec']);
    const published = publishTracker(records, { audience: 'secretariat' });
    expect(JSON.stringify(published)).not.toContain('priv');
    expect(published.audience).toBe('secretariat');
  });

  it('merges the needs dataset in use, each record keeping its source', () => {
    const needs = defaultDataset();
    const published = publishTracker(records, { audience: 'public', merge: needs });
    expect(published.needs.length).toBeGreaterThan(0);
    expect(published.activities.map((a) => a.source)).toEqual(['tracker/tracker']);
    expect(published.needs.every((n) => n.source.startsWith(`${needs.id}/`))).toBe(true);
  });

  it('analyses recorded activities with those of the data, a recorded one winning on the same id', () => {
    const fromData = { ...record('pub', 'public').activity, title: 'From the data' };
    const other = { ...record('other', 'public').activity };
    const combined = combinedData(records, { needs: [], activities: [fromData, other], indicators: [] });
    expect(combined.activities.map((a) => `${a.id}:${a.title}`)).toEqual([
      'pub:Activity pub',
      'par:Activity par',
      'sec:Activity sec',
      'priv:Activity priv',
      'other:Activity other',
    ]);
  });
});
