/** One indicator of the activity form: its measure (baseline, target, actual) and the criteria for each rating. */
import type { Language } from '../../core/schemas/codes.ts';
import type { FieldErrors, IndicatorDraft } from './activity-draft.ts';
import { TextArea, TextField } from './form-fields.tsx';
import { tt } from './tracker-text.ts';

export interface IndicatorFieldsProps {
  lang: Language;
  index: number;
  value: IndicatorDraft;
  errors: FieldErrors;
  onChange: (value: IndicatorDraft) => void;
  onRemove: () => void;
}

/** The fields of indicator `index`. */
export function IndicatorFields({ lang, index, value, errors, onChange, onRemove }: IndicatorFieldsProps) {
  const name = (field: string) => `indicators.${index}.${field}`;
  const set = (patch: Partial<IndicatorDraft>) => onChange({ ...value, ...patch });
  const n = index + 1;
  return (
    <fieldset class="indicator" data-indicator={index}>
      <legend>{tt('indicatorN', lang, { n })}</legend>
      <div class="grid">
        <TextField
          name={name('title')}
          label={tt('title', lang)}
          value={value.title}
          error={errors[name('title')]}
          onInput={(title) => set({ title })}
        />
        <TextField
          name={name('objective')}
          label={tt('objective', lang)}
          value={value.objective}
          size={5}
          error={errors[name('objective')]}
          onInput={(objective) => set({ objective })}
        />
        <TextField
          name={name('unit')}
          label={tt('unit', lang)}
          value={value.unit}
          error={errors[name('unit')]}
          onInput={(unit) => set({ unit })}
        />
        {(['baseline', 'target', 'actual'] as const).map((field) => (
          <TextField
            key={field}
            name={name(field)}
            label={tt(field, lang)}
            value={value[field]}
            size={8}
            error={errors[name(field)]}
            onInput={(text) => set({ [field]: text })}
          />
        ))}
      </div>
      {value.criteria.map((criterion, rating) => (
        <TextArea
          key={rating}
          name={name(`criteria.${rating}`)}
          label={tt('criterion', lang, { rating })}
          value={criterion}
          rows={1}
          onInput={(text) => {
            const criteria = [...value.criteria] as IndicatorDraft['criteria'];
            criteria[rating] = text;
            set({ criteria });
          }}
        />
      ))}
      {errors[name('criteria')] && (
        <small class="error" data-error-for={name('criteria')}>
          {errors[name('criteria')]}
        </small>
      )}
      <button type="button" onClick={onRemove}>
        {tt('removeIndicator', lang, { n })}
      </button>
    </fieldset>
  );
}
