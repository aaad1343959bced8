/**
 * The base of the tracker widgets: like every widget, data comes from the `data` property, `src`,
 * inline JSON or a default; but `src` may name several files (space-separated) and the host may
 * hold several inline JSON scripts. Several datasets are merged with the core's `mergeDatasets`,
 * which keeps each record's source. Without data, the default is the bundled needs dataset merged
 * with the illustrative example activities as published for the public.
 */
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import { mergeDatasets } from '../../../core/dataset/merge.ts';
import { publishDataset } from '../../../core/publish/publish.ts';
import type { Dataset } from '../../../core/schemas/dataset.ts';
import { CitesElement } from './cites-element.ts';
import { fromText, fromUrl, type DataOrigin, type LoadState } from './load-dataset.ts';

let defaultTracker: Dataset | undefined;

/**
 * The bundled needs and the example activities, merged once per page. The examples are published
 * for the public first: a widget on a public page never shows records meant for fewer eyes.
 */
export function defaultTrackerDataset(): Dataset {
  if (!defaultTracker) {
    const needs = defaultDataset();
    const examples = exampleActivities();
    const stamp = needs.generatedAt > examples.generatedAt ? needs.generatedAt : examples.generatedAt;
    defaultTracker = mergeDatasets([needs, publishDataset(examples, 'public', stamp)], stamp);
  }
  return defaultTracker;
}

/** One state from several: the first failure, else the datasets merged. */
export function mergeStates(states: readonly LoadState[], origin: DataOrigin): LoadState {
  const datasets: Dataset[] = [];
  for (const state of states) {
    if (state.status !== 'ready') return state;
    datasets.push(state.dataset);
  }
  if (datasets.length === 1) return states[0]!;
  return { status: 'ready', dataset: mergeDatasets(datasets), origin };
}

/** The texts of all the host's `<script type="application/json">` children. */
export function inlineDataTexts(host: Element): string[] {
  const texts: string[] = [];
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim() === 'application/json') {
      texts.push(child.textContent ?? '');
    }
  }
  return texts;
}

export abstract class TrackerElement extends CitesElement {
  protected override async loadSrc(src: string, signal: AbortSignal): Promise<LoadState> {
    const urls = src.split(/\s+/).filter(Boolean);
    return mergeStates(await Promise.all(urls.map((url) => fromUrl(url, signal))), 'src');
  }

  protected override loadInline(): Promise<LoadState> | undefined {
    const texts = inlineDataTexts(this);
    if (texts.length === 0) return undefined;
    return Promise.all(texts.map((text) => fromText(text, 'inline'))).then((states) =>
      mergeStates(states, 'inline'),
    );
  }

  protected override loadDefault(): LoadState {
    return { status: 'ready', dataset: defaultTrackerDataset(), origin: 'default' };
  }
}
