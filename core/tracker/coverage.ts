import { sortRecipients, type RecipientCode } from '../schemas/code-lists.ts';
import type { Activity } from '../schemas/activity.ts';
import type { Need } from '../schemas/need.ts';
import { RECIPIENT_LABELS } from '../i18n/labels.ts';
import { categoryPhrase } from './phrases.ts';
import type { CoveredNeed, UnmetNeed } from './findings.ts';

const names = (codes: readonly RecipientCode[]) => codes.map((code) => RECIPIENT_LABELS[code].en).join(', ');

/** The key activities are indexed by for coverage: a beneficiary Party and a category. */
const key = (party: string, category: string) => `${party} ${category}`;

/** Activities that can cover needs (not cancelled), indexed by beneficiary Party and category. */
export function indexActivities(activities: readonly Activity[]): Map<string, Activity[]> {
  const index = new Map<string, Activity[]>();
  for (const activity of activities) {
    if (activity.status === 'cancelled') continue;
    for (const party of new Set(activity.beneficiaries)) {
      const k = key(party, activity.category);
      const list = index.get(k);
      if (list) list.push(activity);
      else index.set(k, [activity]);
    }
  }
  return index;
}

/**
 * Whether each need is covered: by an activity that is not cancelled, has the need's Party
 * among its beneficiaries, the same category, and at least one recipient in common.
 */
export function assessCoverage(
  needs: readonly Need[],
  activities: readonly Activity[] | Map<string, Activity[]>,
): { unmet: UnmetNeed[]; covered: CoveredNeed[] } {
  const index = activities instanceof Map ? activities : indexActivities(activities);
  const unmet: UnmetNeed[] = [];
  const covered: CoveredNeed[] = [];
  for (const need of needs) {
    const wanted = new Set(need.recipients);
    const covering: string[] = [];
    const reached = new Set<RecipientCode>();
    for (const activity of index.get(key(need.party, need.category)) ?? []) {
      const shared = activity.recipients.filter((code) => wanted.has(code));
      if (shared.length === 0) continue;
      covering.push(activity.id);
      shared.forEach((code) => reached.add(code));
    }
    const base = {
      need: need.id,
      party: need.party,
      period: need.period,
      category: need.category,
      recipients: need.recipients,
    };
    const category = categoryPhrase(need.category);
    if (covering.length === 0) {
      unmet.push({
        finding: 'unmet',
        ...base,
        reason: `No activity that is not cancelled gives ${category} to ${need.party} for ${names(need.recipients)}.`,
      });
    } else {
      const reachedList = sortRecipients(reached);
      const missing = need.recipients.filter((code) => !reached.has(code));
      covering.sort();
      covered.push({
        finding: 'covered',
        ...base,
        activities: covering,
        reached: reachedList,
        reason:
          `${covering.join(', ')} give${covering.length === 1 ? 's' : ''} ${category} to ${need.party} for ${names(reachedList)}` +
          (missing.length > 0 ? `; none yet for ${names(missing)}.` : '.'),
      });
    }
  }
  return { unmet, covered };
}
