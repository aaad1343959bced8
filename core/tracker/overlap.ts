import type { Activity } from '../schemas/activity.ts';
import { RECIPIENT_LABELS } from '../i18n/labels.ts';
import { categoryPhrase } from './phrases.ts';
import type { Overlap } from './findings.ts';
import { indexActivities } from './coverage.ts';

/**
 * Whether two activities' dates overlap. A missing start means "since always" and a missing end
 * "still going", so an activity without dates overlaps every other one for the same Party.
 */
export function datesOverlap(a: Pick<Activity, 'start' | 'end'>, b: Pick<Activity, 'start' | 'end'>): boolean {
  const startA = a.start ?? '0000-01-01';
  const endA = a.end ?? '9999-12-31';
  const startB = b.start ?? '0000-01-01';
  const endB = b.end ?? '9999-12-31';
  return startA <= endB && startB <= endA;
}

/**
 * Pairs of activities that are not cancelled, from different providers, for the same
 * beneficiary Party and category, with a recipient in common and dates that overlap.
 */
export function findOverlaps(activities: readonly Activity[] | Map<string, Activity[]>): Overlap[] {
  const index = activities instanceof Map ? activities : indexActivities(activities);
  const overlaps: Overlap[] = [];
  for (const [k, group] of index) {
    if (group.length < 2) continue;
    const party = k.slice(0, k.indexOf(' '));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.provider.trim().toLowerCase() === b.provider.trim().toLowerCase()) continue;
        const shared = a.recipients.filter((code) => b.recipients.includes(code));
        if (shared.length === 0 || !datesOverlap(a, b)) continue;
        const ids = [a.id, b.id].sort() as [string, string];
        overlaps.push({
          finding: 'overlap',
          party,
          category: a.category,
          recipients: shared,
          activities: ids,
          reason: `${a.id} (${a.provider}) and ${b.id} (${b.provider}) both give ${categoryPhrase(a.category)} to ${party} for ${shared.map((c) => RECIPIENT_LABELS[c].en).join(', ')} at the same time (${a.start ?? '…'} to ${a.end ?? '…'}; ${b.start ?? '…'} to ${b.end ?? '…'}).`,
        });
      }
    }
  }
  return overlaps.sort(
    (x, y) =>
      x.party.localeCompare(y.party) ||
      x.category.localeCompare(y.category) ||
      x.activities[0].localeCompare(y.activities[0]) ||
      x.activities[1].localeCompare(y.activities[1]),
  );
}
