/**
 * The form recording or editing one activity and its indicators. What the user typed stays in
 * the form whatever happens to the save (invalid fields, a change made in another tab, a full
 * disk); a save that cannot be stored offers the draft as a file.
 */
import { useRef, useState } from 'preact/hooks';
import {
  CATEGORY_LABELS,
  DELIVERY_LABELS,
  FUNDING_LABELS,
  RECIPIENT_LABELS,
  STATUS_LABELS,
  VISIBILITY_LABELS,
} from '../../core/i18n/labels.ts';
import type { Activity, Indicator } from '../../core/schemas/activity.ts';
import {
  ACTIVITY_STATUSES,
  DELIVERY_MODES,
  FUNDING_SOURCES,
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  VISIBILITY_LEVELS,
  type Language,
} from '../../core/schemas/codes.ts';
import type { RecordResult, TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import type { Result } from '../messaging/result.ts';
import {
  activityFromForm,
  emptyIndicator,
  formOf,
  type ActivityForm as Form,
  type FieldErrors,
  type MoneyDraft,
} from './activity-draft.ts';
import { downloadText } from './download.ts';
import { CheckboxGroup, focusFirstError, SelectField, TextField } from './form-fields.tsx';
import { IndicatorFields } from './IndicatorFields.tsx';
import { tt } from './tracker-text.ts';

export interface ActivityFormProps {
  lang: Language;
  initial: Form;
  /** The revision the activity was read at; absent for a new one. */
  revision?: number;
  save: (activity: Activity, indicators: Indicator[], revision?: number) => Promise<Result<RecordResult>>;
  onDone: () => void;
  onCancel: () => void;
}

/** The activity form. */
export function ActivityForm({ lang, initial, revision, save, onDone, onCancel }: ActivityFormProps) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState<TrackedActivityMessage>();
  const [stuck, setStuck] = useState(false);
  const [busy, setBusy] = useState(false);
  const [atRevision, setAtRevision] = useState(revision);
  const root = useRef<HTMLFormElement>(null);
  const isNew = revision === undefined;

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setMoney = (key: 'budget' | 'spent', patch: Partial<MoneyDraft>) =>
    setForm((f) => ({ ...f, [key]: { ...f[key], ...patch } }));

  const submit = async (overRevision = atRevision) => {
    setProblem(undefined);
    setConflict(undefined);
    setStuck(false);
    const result = activityFromForm(form, {
      notAParty: (code) => tt('notAParty', lang, { code }),
      notANumber: (value) => tt('notANumber', lang, { value }),
    });
    if (!result.ok) {
      setErrors(result.errors);
      setProblem(tt('fixErrors', lang, { count: Object.keys(result.errors).length }));
      requestAnimationFrame(() => focusFirstError(root.current));
      return;
    }
    setErrors({});
    setBusy(true);
    const answer = await save(result.activity, result.indicators, overRevision);
    setBusy(false);
    if (!answer.ok) {
      setStuck(true);
      setProblem(tt('notSaved', lang, { reason: `${answer.error}.` }));
      return;
    }
    const outcome = answer.value;
    if (outcome.ok) {
      onDone();
      return;
    }
    const error = outcome.error;
    if (error.kind === 'conflict') {
      setConflict(error.current);
      setProblem(tt('conflict', lang));
      return;
    }
    if (error.kind === 'invalid' && error.path) setErrors({ [error.path]: error.message });
    if (error.kind === 'quota' || error.kind === 'not-found') setStuck(true);
    setProblem(tt('notSaved', lang, { reason: error.message }));
  };

  const words = (key: Parameters<typeof tt>[0]) => tt(key, lang);
  const list = `${tt('listHint', lang)}`;

  return (
    <form
      ref={root}
      class="activity-form"
      aria-labelledby="form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="form-title">
        {isNew ? words('newActivity') : tt('editActivity', lang, { title: initial.title })}
      </h2>
      <div class="grid">
        <TextField
          name="id"
          label={words('id')}
          value={form.id}
          readOnly={!isNew}
          error={errors.id}
          onInput={(v) => set('id', v)}
        />
        <TextField
          name="title"
          label={words('title')}
          value={form.title}
          required
          size={50}
          error={errors.title}
          onInput={(v) => set('title', v)}
        />
        <SelectField
          name="status"
          label={words('status')}
          value={form.status}
          options={ACTIVITY_STATUSES}
          labelOf={(s) => STATUS_LABELS[s][lang]}
          error={errors.status}
          onChange={(v) => set('status', v)}
        />
        <TextField
          name="start"
          type="date"
          label={words('start')}
          value={form.start}
          error={errors.start}
          onInput={(v) => set('start', v)}
        />
        <TextField
          name="end"
          type="date"
          label={words('end')}
          value={form.end}
          error={errors.end}
          onInput={(v) => set('end', v)}
        />
        <SelectField
          name="delivery"
          label={words('delivery')}
          value={form.delivery}
          options={DELIVERY_MODES}
          labelOf={(d) => DELIVERY_LABELS[d][lang]}
          onChange={(v) => set('delivery', v)}
        />
        <TextField
          name="provider"
          label={words('provider')}
          value={form.provider}
          required
          error={errors.provider}
          onInput={(v) => set('provider', v)}
        />
        <TextField
          name="partners"
          label={words('partners')}
          hint={list}
          value={form.partners}
          error={errors.partners}
          onInput={(v) => set('partners', v)}
        />
        <TextField
          name="donors"
          label={words('donors')}
          hint={list}
          value={form.donors}
          error={errors.donors}
          onInput={(v) => set('donors', v)}
        />
        <TextField
          name="beneficiaries"
          label={words('beneficiaries')}
          value={form.beneficiaries}
          error={errors.beneficiaries}
          onInput={(v) => set('beneficiaries', v)}
        />
        <SelectField
          name="category"
          label={words('category')}
          value={form.category}
          options={NEED_CATEGORIES}
          labelOf={(c) => CATEGORY_LABELS[c][lang]}
          onChange={(v) => set('category', v)}
        />
        <TextField
          name="topics"
          label={words('topics')}
          hint={list}
          value={form.topics}
          error={errors.topics}
          onInput={(v) => set('topics', v)}
        />
        <TextField
          name="objectives"
          label={words('objectives')}
          value={form.objectives}
          error={errors.objectives}
          onInput={(v) => set('objectives', v)}
        />
        <TextField
          name="needs"
          label={words('needs')}
          value={form.needs}
          error={errors.needs}
          onInput={(v) => set('needs', v)}
        />
        <SelectField
          name="visibility"
          label={words('visibility')}
          value={form.visibility}
          options={VISIBILITY_LEVELS}
          labelOf={(v) => VISIBILITY_LABELS[v][lang]}
          onChange={(v) => set('visibility', v)}
        />
      </div>
      <CheckboxGroup
        name="recipients"
        label={words('recipients')}
        values={form.recipients}
        options={RECIPIENT_CODES}
        labelOf={(code) => `${code} — ${RECIPIENT_LABELS[code][lang]}`}
        error={errors.recipients}
        onChange={(v) => set('recipients', v)}
      />
      {(['budget', 'spent'] as const).map((key) => (
        <fieldset key={key} class="money">
          <legend>{words(key)}</legend>
          <TextField
            name={`${key}.amount`}
            label={words('amount')}
            value={form[key].amount}
            error={errors[`${key}.amount`]}
            onInput={(amount) => setMoney(key, { amount })}
          />
          <TextField
            name={`${key}.currency`}
            label={words('currency')}
            value={form[key].currency}
            size={4}
            error={errors[`${key}.currency`]}
            onInput={(currency) => setMoney(key, { currency })}
          />
          <SelectField
            name={`${key}.funding`}
            label={words('funding')}
            value={form[key].funding}
            options={FUNDING_SOURCES}
            labelOf={(f) => FUNDING_LABELS[f][lang]}
            onChange={(funding) => setMoney(key, { funding })}
          />
        </fieldset>
      ))}
      <section aria-labelledby="indicators-title">
        <h3 id="indicators-title">{words('indicators')}</h3>
        {form.indicators.map((indicator, index) => (
          <IndicatorFields
            key={index}
            lang={lang}
            index={index}
            value={indicator}
            errors={errors}
            onChange={(next) =>
              set(
                'indicators',
                form.indicators.map((old, i) => (i === index ? next : old)),
              )
            }
            onRemove={() =>
              set(
                'indicators',
                form.indicators.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        <button type="button" onClick={() => set('indicators', [...form.indicators, emptyIndicator()])}>
          {words('addIndicator')}
        </button>
      </section>
      {problem && (
        <div role="alert" class="problem" data-testid="form-problem">
          <p>{problem}</p>
          {conflict && (
            <p>
              <button
                type="button"
                onClick={() => {
                  setAtRevision(conflict.revision);
                  void submit(conflict.revision);
                }}
              >
                {words('keepMine')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  setForm(formOf(conflict.activity, conflict.indicators));
                  setAtRevision(conflict.revision);
                  setConflict(undefined);
                  setProblem(undefined);
                }}
              >
                {words('takeTheirs')}
              </button>
            </p>
          )}
          {stuck && (
            <p>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `activity-draft-${form.id || 'new'}.json`,
                    JSON.stringify(form, null, 2),
                    'application/json',
                  )
                }
              >
                {words('downloadDraft')}
              </button>
            </p>
          )}
        </div>
      )}
      <p class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {words('save')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {words('cancel')}
        </button>
      </p>
    </form>
  );
}
