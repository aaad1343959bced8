/**
 * Where a widget's data comes from, in this order: a dataset given as a JS property, the `src`
 * URL, an inline `<script type="application/json">` child, else the bundled default dataset.
 * Every dataset from outside is validated with the core schema before use; failures become a
 * message the widget can show in the reader's language. The validator (zod and the schemas) is
 * loaded on first need, as a separate module beside the bundle: a page that shows the bundled
 * data, which the core's tests validate, never downloads it.
 */
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { formatPath } from '../../../core/dataset/format-path.ts';
import type * as Validation from '../../../core/dataset/validate-dataset.ts';
import type { DatasetIssue } from '../../../core/dataset/validate-dataset.ts';
import type { MessageKey } from '../../../core/i18n/messages.ts';
import type { Dataset } from '../../../core/schemas/dataset.ts';

/** Where a loaded dataset came from. */
export type DataOrigin = 'property' | 'src' | 'inline' | 'default';

/** A failure, as a message key and its parameters (translated when rendered). */
export interface LoadFailure {
  status: 'error';
  key: MessageKey;
  params: Record<string, string | number>;
  origin: DataOrigin;
  /** The schema problems, when the file was JSON but not a valid dataset. */
  issues: DatasetIssue[];
}

export type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: Dataset; origin: DataOrigin } | LoadFailure;

const MAX_ISSUES_SHOWN = 3;

function failure(
  origin: DataOrigin,
  key: MessageKey,
  params: Record<string, string | number>,
  issues: DatasetIssue[] = [],
): LoadFailure {
  return { status: 'error', key, params, origin, issues };
}

/** One line naming the first problems of an invalid dataset: `needs[3].party: …; …`. */
export function describeIssues(issues: readonly DatasetIssue[]): string {
  const shown = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message));
  const more = issues.length - MAX_ISSUES_SHOWN;
  return shown.join('; ') + (more > 0 ? ` (+${more})` : '');
}

let validator: Promise<typeof Validation> | undefined;

/** The dataset validator, loaded once, on first use. */
function loadValidator() {
  validator ??= import('../../../core/dataset/validate-dataset.ts');
  return validator;
}

/** Validates an already-parsed value. */
export async function fromValue(value: unknown, origin: DataOrigin): Promise<LoadState> {
  let validateDataset: typeof Validation.validateDataset;
  try {
    ({ validateDataset } = await loadValidator());
  } catch {
    validator = undefined;
    return failure(origin, 'errorNetwork', { url: 'validator' });
  }
  const result = validateDataset(value);
  if (result.ok) return { status: 'ready', dataset: result.dataset, origin };
  return failure(origin, 'errorInvalid', { issues: describeIssues(result.issues) }, result.issues);
}

/** Parses and validates JSON text. */
export async function fromText(text: string, origin: DataOrigin): Promise<LoadState> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(origin, 'errorJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  return fromValue(value, origin);
}

/** Fetches and validates the dataset at `url` (relative to the page). */
export async function fromUrl(url: string, signal?: AbortSignal): Promise<LoadState> {
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI), { signal, credentials: 'same-origin' });
  } catch {
    return failure('src', 'errorNetwork', { url });
  }
  if (!response.ok) return failure('src', 'errorHttp', { url, status: response.status });
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure('src', 'errorNetwork', { url });
  }
  return fromText(text, 'src');
}

/** The text of the host's inline `<script type="application/json">` child, if it has one. */
export function inlineDataText(host: Element): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** The bundled default dataset (validated by the core when first read). */
export function fromDefault(): LoadState {
  return { status: 'ready', dataset: defaultDataset(), origin: 'default' };
}
