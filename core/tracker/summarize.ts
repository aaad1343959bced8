import type { Dataset } from '../schemas/dataset.ts';
import type { DatasetSummary } from '../schemas/summary.ts';

type Tally<K extends string> = Partial<Record<K, number>>;

function tally<K extends string>(keys: Iterable<K>): Tally<K> {
  const counts: Tally<K> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/**
 * Totals over a dataset's records: Parties that reported, needs by category, activities by
 * status and category, and money per currency and funding source (budgets and spending of
 * activities, amounts of resources). Amounts in different currencies stay apart.
 */
export function summarize(
  dataset: Pick<Dataset, 'reports' | 'needs' | 'activities' | 'resources'>,
): DatasetSummary {
  const money = new Map<string, DatasetSummary['funding'][number]>();
  const entry = (currency: string, funding: 'core' | 'extrabudgetary') => {
    const key = `${currency} ${funding}`;
    let found = money.get(key);
    if (!found) {
      found = { currency, funding, budget: 0, spent: 0, resources: 0 };
      money.set(key, found);
    }
    return found;
  };
  for (const activity of dataset.activities) {
    if (activity.budget)
      entry(activity.budget.currency, activity.budget.funding).budget += activity.budget.amount;
    if (activity.spent) entry(activity.spent.currency, activity.spent.funding).spent += activity.spent.amount;
  }
  for (const resource of dataset.resources)
    entry(resource.currency, resource.funding).resources += resource.amount;
  return {
    parties: new Set(dataset.reports.map((report) => report.party)).size,
    needs: { total: dataset.needs.length, byCategory: tally(dataset.needs.map((need) => need.category)) },
    activities: {
      total: dataset.activities.length,
      byStatus: tally(dataset.activities.map((activity) => activity.status)),
      byCategory: tally(dataset.activities.map((activity) => activity.category)),
    },
    funding: [...money.values()].sort(
      (a, b) => a.currency.localeCompare(b.currency) || a.funding.localeCompare(b.funding),
    ),
  };
}
