import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Activity, Indicator } from '../../../core/schemas/activity.ts';
import { ActivitiesRepository, TRACKER_SOURCE_ID } from '../../../core/storage/activities-repo.ts';
import { APP_SCHEMA_V1, AppDB } from '../../../core/storage/app-db.ts';

let count = 0;
const fresh = () => {
  let tick = 0;
  // A clock that moves a second at each write, so that "most recently changed first" is testable.
  return new ActivitiesRepository(
    new AppDB(`activities-test-${++count}`),
    () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
  );
};

function activity(id: string, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    title: `Activity ${id}`,
    status: 'planned',
    delivery: 'online',
    provider: 'CITES Secretariat',
    partners: [],
    donors: [],
    beneficiaries: ['MX'],
    recipients: ['MA'],
    category: 'training',
    topics: [],
    objectives: [],
    needs: [],
    indicators: [],
    source: TRACKER_SOURCE_ID,
    visibility: 'public',
    ...extra,
  };
}

function indicator(id: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    title: `Indicator ${id}`,
    criteria: [],
    source: TRACKER_SOURCE_ID,
    visibility: 'public',
    ...extra,
  };
}

describe('the activities repository', () => {
  it('saves an activity with its indicators, linked both ways, and lists it', async () => {
    const repo = fresh();
    const saved = await repo.save({
      activity: activity('a1'),
      indicators: [indicator('a1/i1', { target: 10 })],
    });
    expect(saved.ok).toBe(true);
    const { activities, unreadable } = await repo.list();
    expect(unreadable).toBe(0);
    expect(activities).toHaveLength(1);
    expect(activities[0]!.activity.indicators).toEqual(['a1/i1']);
    expect(activities[0]!.indicators[0]).toMatchObject({ id: 'a1/i1', activity: 'a1', target: 10 });
    expect(activities[0]!.revision).toBe(1);
  });

  it('refuses an invalid activity with the field at fault and writes nothing', async () => {
    const repo = fresh();
    const result = await repo.save({
      activity: activity('a1', { start: '2026-05-01', end: '2026-01-01' }),
      indicators: [],
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'end' } });
    const bad = await repo.save({ activity: activity('a2'), indicators: [indicator('has space')] });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'indicators.0.id' } });
    expect((await repo.list()).activities).toEqual([]);
  });

  it('refuses a second new activity with the same id', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [] });
    const again = await repo.save({ activity: activity('a1'), indicators: [] });
    expect(again).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'id' } });
  });

  it('edits at the revision read, removes dropped indicators, and refuses a stale edit as a conflict', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [indicator('i1'), indicator('i2')] });
    const edited = await repo.save({
      activity: activity('a1', { status: 'ongoing' }),
      indicators: [indicator('i2')],
      revision: 1,
    });
    expect(edited).toMatchObject({ ok: true, record: { revision: 2 } });
    expect(await repo.db.indicators.count()).toBe(1);
    const stale = await repo.save({
      activity: activity('a1', { status: 'completed' }),
      indicators: [],
      revision: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict', current: { revision: 2 } } });
    expect((await repo.get('a1'))!.activity.status).toBe('ongoing');
  });

  it('keeps an indicator id to one activity', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [indicator('shared')] });
    const other = await repo.save({ activity: activity('a2'), indicators: [indicator('shared')] });
    expect(other).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'indicators' } });
  });

  it('deletes softly and restores with the indicators', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [indicator('i1')] });
    expect((await repo.remove('a1')).ok).toBe(true);
    expect((await repo.list()).activities).toEqual([]);
    const restored = await repo.restore('a1');
    expect(restored).toMatchObject({ ok: true, record: { indicators: [{ id: 'i1' }] } });
    expect((await repo.list()).activities.map((t) => t.activity.id)).toEqual(['a1']);
    expect(await repo.remove('nope')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('purges activities deleted before a date, with their indicators', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [indicator('i1')] });
    await repo.remove('a1');
    expect(await repo.purgeDeleted(new Date('2030-01-01'))).toBe(1);
    expect(await repo.db.indicators.count()).toBe(0);
  });

  it('lists the most recently changed first and counts rows that no longer validate', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1'), indicators: [] });
    await repo.save({ activity: activity('a2'), indicators: [] });
    await repo.db.activities.put({
      id: 'broken',
      value: { id: 'broken' },
      revision: 1,
      modified: '2025-01-01',
    });
    const { activities, unreadable } = await repo.list();
    expect(activities.map((t) => t.activity.id)).toEqual(['a2', 'a1']);
    expect(unreadable).toBe(1);
  });

  it('imports all or none, keeping what the import does not carry', async () => {
    const repo = fresh();
    await repo.save({ activity: activity('a1', { partners: ['TRAFFIC'] }), indicators: [indicator('i1')] });
    const result = await repo.importActivities([activity('a1', { title: 'Renamed' }), activity('a2')]);
    expect(result).toEqual({ ok: true, added: 1, updated: 1 });
    const a1 = await repo.get('a1');
    expect(a1!.activity).toMatchObject({ title: 'Renamed', partners: ['TRAFFIC'], indicators: ['i1'] });
    expect(a1!.revision).toBe(2);
    const bad = await repo.importActivities([activity('a3'), { ...activity('a4'), status: 'lost' as never }]);
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid', path: '1.status' } });
    expect(await repo.get('a3')).toBeUndefined();
  });

  it('keeps one self-assessment per Party, validated', async () => {
    const repo = fresh();
    const assessment = { party: 'MX', date: '2026-03-01', ratings: { legislation: 1 }, notes: {} };
    expect(await repo.saveAssessment(assessment)).toMatchObject({ ok: true });
    expect(await repo.saveAssessment({ ...assessment, ratings: { legislation: 2 } })).toMatchObject({
      ok: true,
    });
    expect(await repo.listAssessments()).toEqual([{ ...assessment, ratings: { legislation: 2 } }]);
    const bad = await repo.saveAssessment({ ...assessment, ratings: { legislation: 4 } });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await repo.removeAssessment('MX')).toMatchObject({ party: 'MX' });
    expect(await repo.listAssessments()).toEqual([]);
  });

  it('turns a full disk into a quota error', async () => {
    const repo = fresh();
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    repo.db.activities.hook('creating', () => {
      throw full;
    });
    const result = await repo.save({ activity: activity('a1'), indicators: [] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
  });
});

describe('the extension database upgrade from version 1 to 2', () => {
  it('keeps the settings and datasets and adds the tracker tables', async () => {
    const name = `upgrade-test-${++count}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(APP_SCHEMA_V1);
    await v1.table('settings').put({ key: 'language', value: 'fr' });
    await v1.table('datasets').put({ key: 'https://example.org/d.json', value: { id: 'd' }, loadedAt: 'x' });
    v1.close();

    const db = new AppDB(name);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
    expect(await db.datasets.count()).toBe(1);
    expect(db.verno).toBe(2);
    const repo = new ActivitiesRepository(db);
    expect(await repo.save({ activity: activity('a1'), indicators: [] })).toMatchObject({ ok: true });
    expect((await repo.list()).activities).toHaveLength(1);
    db.close();
  });
});
