/**
 * `npm run bench -- tracker`: the analysis (coverage, overlaps, collaboration) of the needs of
 * all 185 Parties against 10,000 activities, as a ratio to a single pass over the activities
 * that reads each one's beneficiaries and recipients once (no analysis can do less).
 */
import { PARTIES } from '../../core/data/parties.ts';
import { ActivitySchema, type Activity } from '../../core/schemas/activity.ts';
import { NEED_CATEGORIES, RECIPIENT_CODES } from '../../core/schemas/codes.ts';
import { NeedSchema, type Need } from '../../core/schemas/need.ts';
import { analyze } from '../../core/tracker/analyze.ts';

/** A small seeded generator, so that every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function subset<T>(next: () => number, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * max);
  return [...new Set(Array.from({ length: count }, () => pick(next, list)))];
}

export function makeData(activityCount = 10_000): { needs: Need[]; activities: Activity[] } {
  const next = random(42);
  const codes = PARTIES.map((p) => p.code);
  const needs: Need[] = [];
  for (const party of codes) {
    for (const category of NEED_CATEGORIES) {
      if (next() < 0.6) {
        needs.push(
          NeedSchema.parse({
            id: `need:${party}:2015-2017:${category}`,
            party,
            period: '2015-2017',
            category,
            recipients: subset(next, RECIPIENT_CODES, 4),
            source: 's',
          }),
        );
      }
    }
  }
  const activities = Array.from({ length: activityCount }, (_, i) => {
    const start = 2015 + Math.floor(next() * 8);
    return ActivitySchema.parse({
      id: `act-${i}`,
      title: `Activity ${i}`,
      status: pick(next, ['planned', 'ongoing', 'completed', 'cancelled'] as const),
      start: `${start}-0${1 + Math.floor(next() * 9)}-01`,
      end: `${start + Math.floor(next() * 3)}-12-31`,
      delivery: 'online',
      provider: `Provider ${Math.floor(next() * 40)}`,
      beneficiaries: subset(next, codes, 3),
      recipients: subset(next, RECIPIENT_CODES, 3),
      category: pick(next, NEED_CATEGORIES),
      source: 's',
    });
  });
  return { needs, activities };
}

function singlePass(activities: readonly Activity[]): number {
  let total = 0;
  for (const activity of activities)
    total += activity.beneficiaries.length + activity.recipients.length + activity.id.length;
  return total;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const data = makeData();
  analyze(data); // warm up
  singlePass(data.activities);
  const analysisMs = time(() => analyze(data), 15);
  const passMs = time(() => singlePass(data.activities), 200);
  const result = analyze(data);
  console.log(
    `tracker: analysis of 185 Parties' ${data.needs.length} needs against ${data.activities.length.toLocaleString('en')} activities in ${analysisMs.toFixed(1)} ms, ${(analysisMs / passMs).toFixed(0)}x a single pass over the activities (${passMs.toFixed(3)} ms); ${result.unmet.length} unmet, ${result.covered.length} covered, ${result.overlaps.length} overlaps, ${result.collaborations.length} collaboration opportunities`,
  );
}
