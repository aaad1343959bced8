import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../core/data/default-dataset.ts';
import { DataSourceSchema, MAX_DATA_URLS } from '../../core/schemas/messages.ts';
import { AppDB } from '../../core/storage/app-db.ts';
import { DataStore } from '../../extension/background/data-store.ts';

let dbCount = 0;

function storeWith(responses: Record<string, [number, string]>, db = new AppDB(`sources-${++dbCount}`)) {
  const store = new DataStore({
    db,
    bundled: defaultDataset,
    fetch: async (url) => {
      const answer = responses[url];
      if (!answer) throw new TypeError('Failed to fetch');
      return new Response(answer[1], { status: answer[0] });
    },
    now: () => new Date('2026-02-03T04:05:06Z'),
  });
  return { store, db };
}

const NEEDS = 'https://secretariat.example/needs.json';
const DONOR = 'https://donor.example/activities.json';

const needsFile = JSON.stringify({
  schemaVersion: 1,
  id: 'secretariat',
  title: 'Secretariat needs',
  generatedAt: '2026-01-01T00:00:00Z',
  sources: [{ id: 'report', title: 'Implementation reports' }],
  reports: [{ id: 'r-mx', party: 'MX', period: '2019-2021', needsExpressed: true, source: 'report' }],
  needs: [
    {
      id: 'n-mx',
      party: 'MX',
      period: '2019-2021',
      category: 'training',
      recipients: ['EA'],
      source: 'report',
    },
  ],
});

const donorFile = JSON.stringify({
  schemaVersion: 1,
  id: 'donor',
  title: 'Donor activities',
  generatedAt: '2026-01-15T00:00:00Z',
  sources: [{ id: 'portfolio', title: 'Donor portfolio' }],
  activities: [
    {
      id: 'd-1',
      title: 'Border training',
      status: 'completed',
      delivery: 'face-to-face',
      provider: 'Donor agency',
      beneficiaries: ['MX'],
      recipients: ['EA'],
      category: 'training',
      source: 'portfolio',
    },
  ],
});

describe('several published datasets as the data source', () => {
  it('merges each URL (and the bundled dataset if asked), each record keeping its source', async () => {
    const { store } = storeWith({ [NEEDS]: [200, needsFile], [DONOR]: [200, donorFile] });
    const result = await store.setDataSource({ kind: 'urls', urls: [NEEDS, DONOR], withBundled: true });
    expect(result.ok).toBe(true);
    const dataset = await store.dataset();
    expect(dataset.activities.map((a) => `${a.id} ${a.source}`)).toContain('d-1 donor/portfolio');
    expect(dataset.needs.some((n) => n.source === 'secretariat/report')).toBe(true);
    expect(dataset.needs.length).toBe(defaultDataset().needs.length + 1);
    const status = await store.status();
    expect(status.parts?.map((p) => p.url ?? 'bundled')).toEqual(['bundled', NEEDS, DONOR]);
    expect(status.parts?.[2]).toMatchObject({ title: 'Donor activities', activityCount: 1 });
  });

  it('refuses the whole change when one URL fails, naming it, and keeps the data in use', async () => {
    const bad = JSON.stringify({ ...JSON.parse(donorFile), activities: [{ id: 'x', source: 'portfolio' }] });
    const { store, db } = storeWith({ [NEEDS]: [200, needsFile], [DONOR]: [200, bad] });
    const result = await store.setDataSource({ kind: 'urls', urls: [NEEDS, DONOR], withBundled: false });
    expect(result).toMatchObject({ ok: false, url: DONOR, reason: expect.stringContaining(DONOR) });
    if (result.ok) return;
    expect(result.reason).toContain('not valid');
    expect(result.problems.length).toBeGreaterThan(0);
    expect((await store.settings()).dataSource).toEqual({ kind: 'bundled' });
    expect((await store.status()).title).toBe(defaultDataset().title);
    expect(await db.datasets.count()).toBe(0);

    const offline = storeWith({ [NEEDS]: [200, needsFile] }).store;
    const missing = await offline.setDataSource({ kind: 'urls', urls: [NEEDS, DONOR], withBundled: false });
    expect(missing).toMatchObject({
      ok: false,
      url: DONOR,
      reason: expect.stringContaining('could not be fetched'),
    });
  });

  it('finds the merged data again after a restart, and forgets a URL taken off the list', async () => {
    const { store, db } = storeWith({ [NEEDS]: [200, needsFile], [DONOR]: [200, donorFile] });
    await store.setDataSource({ kind: 'urls', urls: [NEEDS, DONOR], withBundled: false });
    const reopened = storeWith({}, db).store;
    expect((await reopened.status()).title).toBe('Secretariat needs + Donor activities');
    expect((await reopened.dataset()).activities).toHaveLength(1);

    await store.setDataSource({ kind: 'url', url: NEEDS });
    expect((await db.datasets.toArray()).map((row) => row.key)).toEqual([NEEDS]);
    expect((await store.status()).title).toBe('Secretariat needs');
  });

  it('accepts each URL once, web addresses only, and at most a few', () => {
    const parse = (urls: string[]) =>
      DataSourceSchema.safeParse({ kind: 'urls', urls, withBundled: false }).success;
    expect(parse([NEEDS, DONOR])).toBe(true);
    expect(parse([NEEDS, NEEDS])).toBe(false);
    expect(parse(['file:///etc/passwd'])).toBe(false);
    expect(parse([])).toBe(false);
    expect(parse(Array.from({ length: MAX_DATA_URLS + 1 }, (_, i) => `https://e.example/${i}.json`))).toBe(
      false,
    );
  });
});
