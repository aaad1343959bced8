import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import type { Activity } from '../../../core/schemas/activity.ts';
import { activitiesToCsv, parseActivitiesCsv } from '../../../core/tracker/activities-csv.ts';

const HEADER =
  'id,title,status,start,end,delivery,provider,donors,beneficiaries,recipients,category,objectives,budget,currency,funding,visibility';

describe('activities as CSV', () => {
  it('reads the standard header, lists separated by ";" and recipients by spaces', () => {
    const csv = `${HEADER}\nact-1,"Training, customs",ongoing,2023-01-01,2023-06-30,face-to-face,Provider,Donor A;Donor B,MX;PE,MA EA,training,3.2;3.7,1000,usd,extrabudgetary,parties\n`;
    const result = parseActivitiesCsv(csv, 'src');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activities[0]).toMatchObject({
      id: 'act-1',
      title: 'Training, customs',
      donors: ['Donor A', 'Donor B'],
      beneficiaries: ['MX', 'PE'],
      recipients: ['MA', 'EA'],
      objectives: ['3.2', '3.7'],
      budget: { amount: 1000, currency: 'USD', funding: 'extrabudgetary' },
      visibility: 'parties',
      source: 'src',
    });
  });

  it('reports every bad cell at its line and column, and gives no activity at all', () => {
    const csv =
      `${HEADER}\n` +
      'a1,Ok,ongoing,,,online,P,,MX,MA,training,,,,,public\n' +
      'a2,Bad,started,,,online,P,,ZZ,MA XX,training,9.9,abc,USD,core,public\n' +
      'a1,Dup,ongoing,2024-02-01,2024-01-01,online,P,,MX,MA,training,,,,,public\n';
    const result = parseActivitiesCsv(csv, 'src');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((e) => `${e.line}:${e.field}`);
    expect(lines).toEqual(
      expect.arrayContaining(['3:status', '3:recipients', '3:objectives', '3:budget', '4:end', '4:id']),
    );
    expect(result.errors.find((e) => e.field === 'budget')?.message).toContain('"abc" is not a number');
  });

  it('writes what it reads: export then import gives the same activities', () => {
    const activities: Activity[] = exampleActivities().activities.map((a) => ({
      ...a,
      source: 'src',
      partners: [],
      topics: [],
      needs: [],
      indicators: [],
      spent: undefined,
      illustrative: undefined,
    }));
    const again = parseActivitiesCsv(activitiesToCsv(activities), 'src');
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const strip = (list: readonly Activity[]) => list.map((a) => JSON.parse(JSON.stringify(a)));
    expect(strip(again.activities)).toEqual(strip(activities));
  });

  it('keeps any title through a round trip, quotes, commas, line breaks and formula-like text included', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.trim() !== ''),
        (title) => {
          const activity = { ...exampleActivities().activities[0]!, title, source: 'src' };
          const csv = activitiesToCsv([activity]);
          expect(csv.split('\n')[1]!.startsWith('ex-act-01,=')).toBe(false);
          const again = parseActivitiesCsv(csv, 'src');
          expect(again.ok && again.activities[0]!.title).toBe(title);
        },
      ),
      { numRuns: 200 },
    );
  });
});
