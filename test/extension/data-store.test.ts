import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../core/data/default-dataset.ts';
import { AppDB } from '../../core/storage/app-db.ts';
import { DataStore } from '../../extension/background/data-store.ts';

let dbCount = 0;

/** A store on a fresh database, fetching from a table of URL -> [status, body]. */
function storeWith(responses: Record<string, [number, string]> = {}) {
  const published: unknown[] = [];
  const db = new AppDB(`test-${++dbCount}`);
  const store = new DataStore({
    db,
    bundled: defaultDataset,
    fetch: async (url) => {
      const answer = responses[url];
      if (!answer) throw new TypeError('Failed to fetch');
      return new Response(answer[1], { status: answer[0] });
    },
    onSettings: (settings) => void published.push(settings),
    now: () => new Date('2026-02-03T04:05:06Z'),
  });
  return { store, db, published };
}

const ALT = JSON.stringify({
  schemaVersion: 1,
  id: 'alt',
  title: 'Alternative data',
  generatedAt: '2026-01-01T00:00:00Z',
  sources: [{ id: 's', title: 'A source' }],
  reports: [
    { id: 'report:MX:2019-2021', party: 'MX', period: '2019-2021', needsExpressed: false, source: 's' },
  ],
});

describe('the background data store', () => {
  it('starts with the default settings and the bundled dataset', async () => {
    const { store } = storeWith();
    expect(await store.settings()).toEqual({
      language: 'auto',
      sites: {},
      openPdfInViewer: true,
      dataSource: { kind: 'bundled' },
    });
    const status = await store.status();
    expect(status.source).toEqual({ kind: 'bundled' });
    expect(status.reportCount).toBe(defaultDataset().reports.length);
  });

  it('keeps the settings in the database and publishes each change', async () => {
    const { store, db, published } = storeWith();
    await store.updateSettings({ language: 'fr' });
    await store.setSite('http://127.0.0.1:8788', true);
    expect(published).toHaveLength(2);
    const reopened = new DataStore({ db, bundled: defaultDataset, fetch: () => Promise.reject(new Error()) });
    expect(await reopened.settings()).toMatchObject({
      language: 'fr',
      sites: { 'http://127.0.0.1:8788': true },
    });
  });

  it('answers what the data says about a Party, with its reports, needs and sources', async () => {
    const { store } = storeWith();
    const [mexico, kenya] = await store.lookupParties(['MX', 'KE']);
    expect(mexico!.party?.names.fr).toBe('Mexique');
    expect(mexico!.needs.map((need) => need.category).sort()).toEqual(['financial', 'technical', 'training']);
    expect(mexico!.sources).toHaveLength(1);
    expect(kenya!.reports).toEqual([]);
    expect(kenya!.party?.names.en).toBe('Kenya');
  });

  it('refuses a dataset that fails validation, says where, and keeps the data in use', async () => {
    const bad = JSON.stringify(
      { ...JSON.parse(ALT), reports: [{ id: 'r', party: 'MX', source: 's' }] },
      null,
      1,
    );
    const { store } = storeWith({ 'https://example.org/bad.json': [200, bad] });
    const result = await store.setDataSource({ kind: 'url', url: 'https://example.org/bad.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/not valid/);
    expect(result.problems[0]).toMatchObject({ field: 'reports[0].needsExpressed' });
    expect(result.problems[0]!.line).toBeGreaterThan(1);
    expect((await store.status()).source).toEqual({ kind: 'bundled' });
    expect((await store.settings()).dataSource).toEqual({ kind: 'bundled' });
  });

  it('refuses a dataset that cannot be fetched, with the reason', async () => {
    const { store } = storeWith({ 'https://example.org/missing.json': [404, 'not found'] });
    const missing = await store.setDataSource({ kind: 'url', url: 'https://example.org/missing.json' });
    expect(missing).toMatchObject({ ok: false, reason: expect.stringContaining('404') });
    const offline = await store.setDataSource({ kind: 'url', url: 'https://example.org/offline.json' });
    expect(offline).toMatchObject({ ok: false, reason: expect.stringContaining('could not be fetched') });
  });

  it('uses a valid published dataset, and finds it again after a restart', async () => {
    const { store, db } = storeWith({ 'https://example.org/alt.json': [200, ALT] });
    const result = await store.setDataSource({ kind: 'url', url: 'https://example.org/alt.json' });
    expect(result).toMatchObject({
      ok: true,
      status: { title: 'Alternative data', loadedAt: '2026-02-03T04:05:06.000Z' },
    });
    const [mexico] = await store.lookupParties(['MX']);
    expect(mexico!.reports[0]!.needsExpressed).toBe(false);
    const reopened = new DataStore({ db, bundled: defaultDataset, fetch: () => Promise.reject(new Error()) });
    expect((await reopened.status()).title).toBe('Alternative data');
    await reopened.setDataSource({ kind: 'bundled' });
    expect((await reopened.status()).source).toEqual({ kind: 'bundled' });
    expect(await db.datasets.count()).toBe(0);
  });
});
