import type { Activity, Indicator } from '../schemas/activity.ts';
import { NEED_CATEGORIES, type NeedCategory, type RecipientCode } from '../schemas/code-lists.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { categoryPhrase, codeList } from './phrases.ts';
import { SCORING_RULES, type ScoringRule } from './scoring-rules.ts';

/** A score with its calculation in words, such as "2 of 3: training delivered to MA and EA, none yet to SA". */
export interface Score {
  rule: string;
  score: number;
  max: number;
  explanation: string;
}

export interface PartyScore extends Score {
  party: string;
  category: NeedCategory;
}

export interface IndicatorScore extends Score {
  indicator: string;
  activity?: string;
  /** The beneficiary Parties of the indicator's activity. */
  parties: string[];
}

type RuleOf<M extends ScoringRule['method']> = Extract<ScoringRule, { method: M }>;

function ruleOf<M extends ScoringRule['method']>(method: M, rules: readonly ScoringRule[]): RuleOf<M> {
  const rule = rules.find((r) => r.method === method);
  if (!rule) throw new Error(`no scoring rule with method ${method}`);
  return rule as RuleOf<M>;
}

const defaultRules = () => SCORING_RULES.map((described) => described.rule);

/**
 * For each Party and each need category it reported: how many of the recipients it named have
 * been reached by delivered activities of that category, with the calculation in words.
 */
export function scoreParties(
  dataset: Pick<Dataset, 'needs' | 'activities'>,
  rules: readonly ScoringRule[] = defaultRules(),
): PartyScore[] {
  const rule = ruleOf('recipients-reached', rules);
  const delivered = new Set<string>(rule.countsAsDelivered);
  const wanted = new Map<string, Set<RecipientCode>>();
  for (const need of dataset.needs) {
    const key = `${need.party} ${need.category}`;
    const set = wanted.get(key) ?? new Set<RecipientCode>();
    need.recipients.forEach((code) => set.add(code));
    wanted.set(key, set);
  }
  const reachedBy = (party: string, category: NeedCategory, statuses: (a: Activity) => boolean) => {
    const reached = new Set<RecipientCode>();
    for (const activity of dataset.activities) {
      if (activity.category !== category || !activity.beneficiaries.includes(party) || !statuses(activity))
        continue;
      activity.recipients.forEach((code) => reached.add(code));
    }
    return reached;
  };
  const scores: PartyScore[] = [];
  for (const [key, set] of wanted) {
    const [party, category] = key.split(' ') as [string, NeedCategory];
    const named = [...set];
    const reachedSet = reachedBy(party, category, (a) => delivered.has(a.status));
    const inProgressSet = reachedBy(
      party,
      category,
      (a) => a.status !== 'cancelled' && !delivered.has(a.status),
    );
    const reached = named.filter((code) => reachedSet.has(code));
    const missing = named.filter((code) => !reachedSet.has(code));
    const underway = missing.filter((code) => inProgressSet.has(code));
    const phrase = categoryPhrase(category);
    const parts = [
      reached.length > 0 ? `${phrase} delivered to ${codeList(reached)}` : `no ${phrase} delivered yet`,
      missing.length > 0 && reached.length > 0 ? `none yet to ${codeList(missing)}` : '',
      underway.length > 0 ? `planned or underway for ${codeList(underway)}` : '',
    ].filter(Boolean);
    scores.push({
      rule: rule.id,
      party,
      category,
      score: reached.length,
      max: named.length,
      explanation: `${reached.length} of ${named.length}: ${parts.join(', ')}`,
    });
  }
  return scores.sort(
    (a, b) =>
      a.party.localeCompare(b.party) ||
      NEED_CATEGORIES.indexOf(a.category) - NEED_CATEGORIES.indexOf(b.category),
  );
}

/** For each indicator with baseline, target and actual: its rating by the progress thresholds. */
export function scoreIndicators(
  dataset: Pick<Dataset, 'indicators' | 'activities'>,
  rules: readonly ScoringRule[] = defaultRules(),
): IndicatorScore[] {
  const rule = ruleOf('indicator-progress', rules);
  const thresholds = [...rule.thresholds].sort((a, b) => a.minimumProgress - b.minimumProgress);
  const max = Math.max(...thresholds.map((t) => t.rating));
  const activities = new Map(dataset.activities.map((a) => [a.id, a]));
  return dataset.indicators.flatMap((indicator: Indicator) => {
    const { baseline, target, actual } = indicator;
    const activity = indicator.activity ? activities.get(indicator.activity) : undefined;
    const base = {
      rule: rule.id,
      indicator: indicator.id,
      ...(indicator.activity ? { activity: indicator.activity } : {}),
      parties: activity?.beneficiaries ?? [],
      max,
    };
    if (baseline === undefined || target === undefined || actual === undefined || target === baseline) {
      return [
        {
          ...base,
          score: 0,
          explanation: `not rated: ${indicator.title} needs a baseline, a target different from it, and an actual value`,
        },
      ];
    }
    const progress = Math.max(0, (actual - baseline) / (target - baseline));
    const earned = thresholds.filter((t) => progress >= t.minimumProgress).pop() ?? thresholds[0]!;
    const next = thresholds.find((t) => t.rating === earned.rating + 1);
    const unit = indicator.unit ? ` ${indicator.unit}` : '';
    const criterion = indicator.criteria.find((c) => c.rating === earned.rating)?.criterion;
    const explanation =
      `${earned.rating} of ${max}: ${actual}${unit} against a target of ${target}${unit} from a baseline of ${baseline}` +
      ` (${Math.round(progress * 100)}% of the way)` +
      (next ? `; ${next.rating} needs ${Math.round(next.minimumProgress * 100)}%` : '') +
      (criterion ? `. Criterion: ${criterion}` : '');
    return [{ ...base, score: earned.rating, explanation }];
  });
}
