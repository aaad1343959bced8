import type { Activity } from '../schemas/activity.ts';
import { RECIPIENT_CODES, type RecipientCode } from '../schemas/code-lists.ts';
import { RECIPIENT_LABELS } from '../i18n/labels.ts';
import { categoryPhrase } from './phrases.ts';
import type { Overlap } from './findings.ts';
import { indexActivities } from './coverage.ts';

/**
 * Whether two activities' dates overlap. A missing start means "since always" and a missing end
 * "still going", so an activity without dates overlaps every other one for the same Party.
 */
export function datesOverlap(
  a: Pick<Activity, 'start' | 'end'>,
  b: Pick<Activity, 'start' | 'end'>,
): boolean {
  const startA = a.start ?? OPEN_START;
  const endA = a.end ?? OPEN_END;
  const startB = b.start ?? OPEN_START;
  const endB = b.end ?? OPEN_END;
  return startA <= endB && startB <= endA;
}

/**
 * Pairs of activities that are not cancelled, from different providers, for the same
 * beneficiary Party and category, with a recipient in common and dates that overlap.
 */
export function findOverlaps(activities: readonly Activity[] | Map<string, Activity[]>): Overlap[] {
  const index = activities instanceof Map ? activities : indexActivities(activities);
  const overlaps: Overlap[] = [];
  const prepared = new Map<Activity, Prepared>();
  const prepare = (activity: Activity) => {
    let entry = prepared.get(activity);
    if (!entry) {
      entry = {
        activity,
        provider: activity.provider.trim().toLowerCase(),
        mask: recipientMask(activity.recipients),
        start: activity.start ?? OPEN_START,
        end: activity.end ?? OPEN_END,
      };
      prepared.set(activity, entry);
    }
    return entry;
  };
  for (const [k, group] of index) {
    if (group.length < 2) continue;
    const party = k.slice(0, k.indexOf(' '));
    // Sorted by start, a sweep stops as soon as a later activity starts after this one ends.
    const sorted = group.map(prepare).sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.start <= a.end; j++) {
        const b = sorted[j]!;
        if ((a.mask & b.mask) === 0 || a.provider === b.provider) continue;
        overlaps.push(describeOverlap(party, a.activity, b.activity));
      }
    }
  }
  return overlaps.sort(
    (x, y) =>
      compareText(x.party, y.party) ||
      compareText(x.category, y.category) ||
      compareText(x.activities[0], y.activities[0]) ||
      compareText(x.activities[1], y.activities[1]),
  );
}

/** Code-unit order: stable across locales, and far cheaper than localeCompare on many findings. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';

interface Prepared {
  activity: Activity;
  provider: string;
  mask: number;
  start: string;
  end: string;
}

function recipientMask(codes: readonly RecipientCode[]): number {
  let mask = 0;
  for (const code of codes) mask |= 1 << RECIPIENT_CODES.indexOf(code);
  return mask;
}

function describeOverlap(party: string, a: Activity, b: Activity): Overlap {
  const shared = a.recipients.filter((code) => b.recipients.includes(code));
  const ids = [a.id, b.id].sort() as [string, string];
  return {
    finding: 'overlap',
    party,
    category: a.category,
    recipients: shared,
    activities: ids,
    reason: `${a.id} (${a.provider}) and ${b.id} (${b.provider}) both give ${categoryPhrase(a.category)} to ${party} for ${shared.map((c) => RECIPIENT_LABELS[c].en).join(', ')} at the same time (${a.start ?? '…'} to ${a.end ?? '…'}; ${b.start ?? '…'} to ${b.end ?? '…'}).`,
  };
}
