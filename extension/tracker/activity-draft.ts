/**
 * The activity form's model: what the user typed, as text, and its conversion to an activity
 * and its indicators, validated with the core schemas. A draft that does not validate gives
 * errors by field and stays as typed, so nothing is lost.
 */
import { isPartyCode } from '../../core/data/parties.ts';
import {
  ActivitySchema,
  IndicatorSchema,
  type Activity,
  type Indicator,
} from '../../core/schemas/activity.ts';
import type {
  ActivityStatus,
  DeliveryMode,
  FundingSource,
  NeedCategory,
  RecipientCode,
  Visibility,
} from '../../core/schemas/codes.ts';
import { TRACKER_SOURCE_ID } from '../../core/storage/activities-repo.ts';

export interface MoneyDraft {
  amount: string;
  currency: string;
  funding: FundingSource;
}

export interface IndicatorDraft {
  /** Empty until first saved; then kept. */
  id: string;
  title: string;
  objective: string;
  unit: string;
  baseline: string;
  target: string;
  actual: string;
  /** What ratings 0 to 3 mean (empty: not written). */
  criteria: [string, string, string, string];
}

export interface ActivityForm {
  id: string;
  title: string;
  status: ActivityStatus;
  start: string;
  end: string;
  delivery: DeliveryMode;
  provider: string;
  partners: string;
  donors: string;
  beneficiaries: string;
  recipients: RecipientCode[];
  category: NeedCategory;
  topics: string;
  objectives: string;
  needs: string;
  budget: MoneyDraft;
  spent: MoneyDraft;
  visibility: Visibility;
  indicators: IndicatorDraft[];
}

/** Errors by field: `title`, `budget.amount`, `indicators.0.target`… */
export type FieldErrors = Record<string, string>;

export type DraftResult =
  { ok: true; activity: Activity; indicators: Indicator[] } | { ok: false; errors: FieldErrors };

/** Words the form's own checks use (the schemas' messages are in English). */
export interface DraftWords {
  notAParty: (code: string) => string;
  notANumber: (value: string) => string;
}

const ENGLISH: DraftWords = {
  notAParty: (code) => `"${code}" is not a Party code`,
  notANumber: (value) => `"${value}" is not a number`,
};

/** A fresh id for a new record, such as `act-lx3k2a9f`. */
export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return `${prefix}-${Date.now().toString(36)}${random.slice(0, 4)}`;
}

const emptyMoney = (): MoneyDraft => ({ amount: '', currency: 'USD', funding: 'extrabudgetary' });

/** An empty indicator draft. */
export function emptyIndicator(): IndicatorDraft {
  return {
    id: '',
    title: '',
    objective: '',
    unit: '',
    baseline: '',
    target: '',
    actual: '',
    criteria: ['', '', '', ''],
  };
}

/** The form of a new activity. */
export function emptyForm(id = newId('act')): ActivityForm {
  return {
    id,
    title: '',
    status: 'planned',
    start: '',
    end: '',
    delivery: 'face-to-face',
    provider: '',
    partners: '',
    donors: '',
    beneficiaries: '',
    recipients: [],
    category: 'training',
    topics: '',
    objectives: '',
    needs: '',
    budget: emptyMoney(),
    spent: emptyMoney(),
    visibility: 'private',
    indicators: [],
  };
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form showing a stored activity and its indicators. */
export function formOf(activity: Activity, indicators: readonly Indicator[]): ActivityForm {
  const money = (m: Activity['budget']): MoneyDraft =>
    m ? { amount: String(m.amount), currency: m.currency, funding: m.funding } : emptyMoney();
  return {
    id: activity.id,
    title: activity.title,
    status: activity.status,
    start: activity.start ?? '',
    end: activity.end ?? '',
    delivery: activity.delivery,
    provider: activity.provider,
    partners: activity.partners.join('; '),
    donors: activity.donors.join('; '),
    beneficiaries: activity.beneficiaries.join(' '),
    recipients: [...activity.recipients],
    category: activity.category,
    topics: activity.topics.join('; '),
    objectives: activity.objectives.join('; '),
    needs: activity.needs.join(' '),
    budget: money(activity.budget),
    spent: money(activity.spent),
    visibility: activity.visibility,
    indicators: indicators.map((indicator) => {
      const criteria: IndicatorDraft['criteria'] = ['', '', '', ''];
      for (const c of indicator.criteria)
        if (c.rating >= 0 && c.rating <= 3) criteria[c.rating] = c.criterion;
      return {
        id: indicator.id,
        title: indicator.title,
        objective: indicator.objective ?? '',
        unit: indicator.unit ?? '',
        baseline: numberText(indicator.baseline),
        target: numberText(indicator.target),
        actual: numberText(indicator.actual),
        criteria,
      };
    }),
  };
}

const items = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A number as typed (a decimal comma accepted), undefined when empty, NaN when not a number. */
function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const normalized = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : Number.NaN;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * The activity and indicators a form describes, validated, or the errors by field. New
 * indicators get ids under the activity's id.
 *
 * @param form - the form as typed
 * @param words - how to word the form's own checks
 */
export function activityFromForm(form: ActivityForm, words: DraftWords = ENGLISH): DraftResult {
  const errors: FieldErrors = {};
  const number = (field: string, text: string): number | undefined => {
    const value = parseNumber(text);
    if (Number.isNaN(value)) errors[field] = words.notANumber(text.trim());
    return value;
  };
  const money = (field: 'budget' | 'spent') => {
    const amount = number(`${field}.amount`, form[field].amount);
    if (amount === undefined || Number.isNaN(amount)) return {};
    return {
      [field]: { amount, currency: form[field].currency.trim().toUpperCase(), funding: form[field].funding },
    };
  };
  const beneficiaries = items(form.beneficiaries, /[\s,;]+/).map((code) => code.toUpperCase());
  const unknown = beneficiaries.find((code) => !isPartyCode(code));
  if (unknown) errors.beneficiaries = words.notAParty(unknown);

  const activityId = form.id.trim();
  const used = new Set(form.indicators.map((i) => i.id).filter(Boolean));
  const indicators: Indicator[] = [];
  form.indicators.forEach((draft, index) => {
    let id = draft.id;
    for (let n = index + 1; !id; n++) {
      const candidate = `${activityId}.i${n}`;
      if (!used.has(candidate)) id = candidate;
    }
    used.add(id);
    const field = (name: string) => `indicators.${index}.${name}`;
    const baseline = number(field('baseline'), draft.baseline);
    const target = number(field('target'), draft.target);
    const actual = number(field('actual'), draft.actual);
    const input = {
      id,
      title: draft.title.trim(),
      ...(draft.objective.trim() ? { objective: draft.objective.trim() } : {}),
      ...(draft.unit.trim() ? { unit: draft.unit.trim() } : {}),
      ...(baseline !== undefined && !Number.isNaN(baseline) ? { baseline } : {}),
      ...(target !== undefined && !Number.isNaN(target) ? { target } : {}),
      ...(actual !== undefined && !Number.isNaN(actual) ? { actual } : {}),
      criteria: draft.criteria.flatMap((criterion, rating) =>
        criterion.trim() ? [{ rating, criterion: criterion.trim() }] : [],
      ),
      activity: activityId,
      source: TRACKER_SOURCE_ID,
      visibility: form.visibility,
    };
    const parsed = IndicatorSchema.safeParse(input);
    if (parsed.success) indicators.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const key = `indicators.${index}.${pathOf(issue.path.slice(0, 1))}`;
        errors[key] ??= issue.message;
      }
  });

  const input = {
    id: activityId,
    title: form.title.trim(),
    status: form.status,
    ...(form.start ? { start: form.start } : {}),
    ...(form.end ? { end: form.end } : {}),
    delivery: form.delivery,
    provider: form.provider.trim(),
    partners: items(form.partners, /;/),
    donors: items(form.donors, /;/),
    beneficiaries,
    recipients: form.recipients,
    category: form.category,
    topics: items(form.topics, /;/),
    objectives: items(form.objectives, /[;,\s]+/),
    needs: items(form.needs, /[\s;,]+/),
    ...money('budget'),
    ...money('spent'),
    indicators: indicators.map((indicator) => indicator.id),
    source: TRACKER_SOURCE_ID,
    visibility: form.visibility,
  };
  const parsed = ActivitySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Lists are one field in the form: `objectives.1` is reported on `objectives`.
      const top = String(issue.path[0] ?? '');
      const key = top === 'budget' || top === 'spent' ? pathOf(issue.path.slice(0, 2)) : top;
      errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, activity: parsed.data, indicators };
}
