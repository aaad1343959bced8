/**
 * Labelled form controls for the tracker page: each control has its label, and its error (if
 * any) is announced with it (`aria-invalid`, `aria-describedby`).
 */
import type { ComponentChildren } from 'preact';

const errorId = (name: string) => `${name.replace(/[^\w-]/g, '-')}-error`;
const controlId = (name: string) => `field-${name.replace(/[^\w-]/g, '-')}`;

/** Props of the controls. */
interface ControlProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function described(name: string, error: string | undefined, hint: string | undefined) {
  const ids = [hint ? `${controlId(name)}-hint` : '', error ? errorId(name) : ''].filter(Boolean);
  return {
    id: controlId(name),
    name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

function Frame({ name, label, hint, error, children }: ControlProps & { children: ComponentChildren }) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={controlId(name)}>{label}</label>
      {children}
      {hint && (
        <small id={`${controlId(name)}-hint`} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId(name)} class="error" data-error-for={name}>
          {error}
        </small>
      )}
    </div>
  );
}

/** A text input (or date, number…) with its label. */
export function TextField(
  props: ControlProps & {
    value: string;
    onInput: (value: string) => void;
    type?: string;
    required?: boolean;
    readOnly?: boolean;
    size?: number;
    placeholder?: string;
  },
) {
  return (
    <Frame {...props}>
      <input
        {...described(props.name, props.error, props.hint)}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        readOnly={props.readOnly}
        size={props.size}
        placeholder={props.placeholder}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </Frame>
  );
}

/** A multi-line text input with its label. */
export function TextArea(
  props: ControlProps & { value: string; onInput: (value: string) => void; rows?: number },
) {
  return (
    <Frame {...props}>
      <textarea
        {...described(props.name, props.error, props.hint)}
        rows={props.rows ?? 2}
        value={props.value}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </Frame>
  );
}

/** A choice among fixed values, each with its label. */
export function SelectField<T extends string>(
  props: ControlProps & {
    value: T;
    options: readonly T[];
    labelOf: (value: T) => string;
    onChange: (value: T) => void;
  },
) {
  return (
    <Frame {...props}>
      <select
        {...described(props.name, props.error, props.hint)}
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf(option)}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Several values chosen with checkboxes, in a fieldset with its legend. */
export function CheckboxGroup<T extends string>(
  props: ControlProps & {
    values: readonly T[];
    options: readonly T[];
    labelOf: (value: T) => string;
    onChange: (values: T[]) => void;
  },
) {
  return (
    <fieldset
      class={props.error ? 'checks invalid' : 'checks'}
      aria-describedby={props.error ? errorId(props.name) : undefined}
    >
      <legend>{props.label}</legend>
      {props.options.map((option) => (
        <label key={option} class="check">
          <input
            type="checkbox"
            name={props.name}
            value={option}
            checked={props.values.includes(option)}
            onChange={(event) => {
              const on = (event.currentTarget as HTMLInputElement).checked;
              props.onChange(props.options.filter((o) => (o === option ? on : props.values.includes(o))));
            }}
          />
          {props.labelOf(option)}
        </label>
      ))}
      {props.error && (
        <small id={errorId(props.name)} class="error" data-error-for={props.name}>
          {props.error}
        </small>
      )}
    </fieldset>
  );
}

/** Focuses the first control marked invalid inside `root`. */
export function focusFirstError(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.invalid input')?.focus();
}
