/**
 * The background's data: the settings and the dataset in use, kept in the extension's IndexedDB
 * (through core/storage). A dataset from a URL is fetched only when the user sets or refreshes
 * that URL, validated, and stored; one that fails validation is refused with the reason, and the
 * dataset in use stays. Several URLs (and the bundled dataset) can be used at once: each is
 * fetched and validated, and they are merged keeping each record's source; if any one is
 * refused, none is used.
 */
import { mergeDatasets } from '../../core/dataset/merge.ts';
import { parseDatasetText } from '../../core/dataset/parse-dataset.ts';
import type { Dataset } from '../../core/schemas/dataset.ts';
import {
  dataSourceParts,
  type DataSource,
  type DataSourceResult,
  type DataStatus,
  type LanguageChoice,
  type PartyRecord,
  type Settings,
} from '../../core/schemas/messages.ts';
import type { AppDB } from '../../core/storage/app-db.ts';
import { loadDataset, pruneDatasets, saveDataset } from '../../core/storage/datasets-repo.ts';
import { loadSettings, saveSettings } from '../../core/storage/settings-repo.ts';
import { indexParties, type PartyIndex } from './party-index.ts';

/** A published dataset larger than this is refused. */
const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** What the store needs from its surroundings. */
export interface DataStoreDeps {
  db: AppDB;
  /** The bundled default dataset. */
  bundled: () => Dataset;
  /** How to fetch a data-source URL. */
  fetch: (url: string) => Promise<Response>;
  /** Called with the settings each time they change. */
  onSettings?: (settings: Settings) => void | Promise<void>;
  now?: () => Date;
}

/** One of the datasets merged into the one in use. */
interface Part {
  /** Absent for the bundled dataset. */
  url?: string;
  dataset: Dataset;
}

interface Active {
  source: DataSource;
  dataset: Dataset;
  loadedAt?: string;
  index: PartyIndex;
  parts: Part[];
}

/** The background's data store. */
export class DataStore {
  private settingsCache: Promise<Settings> | undefined;
  private active: Promise<Active> | undefined;

  /** @param deps - the database, the bundled dataset and the fetcher */
  constructor(private readonly deps: DataStoreDeps) {}

  /** The user's settings. */
  settings(): Promise<Settings> {
    this.settingsCache ??= loadSettings(this.deps.db);
    return this.settingsCache;
  }

  /**
   * Changes the language or the PDF option.
   *
   * @param patch - the fields to change
   */
  async updateSettings(patch: { language?: LanguageChoice; openPdfInViewer?: boolean }): Promise<Settings> {
    return this.save({ ...(await this.settings()), ...patch });
  }

  /**
   * Switches annotations on or off for a site.
   *
   * @param origin - the site's origin
   * @param enabled - on or off
   */
  async setSite(origin: string, enabled: boolean): Promise<Settings> {
    const settings = await this.settings();
    return this.save({ ...settings, sites: { ...settings.sites, [origin]: enabled } });
  }

  /** What is known about the dataset in use. */
  async status(): Promise<DataStatus> {
    const { source, dataset, loadedAt, parts } = await this.current();
    return {
      source,
      id: dataset.id,
      title: dataset.title,
      generatedAt: dataset.generatedAt,
      ...(loadedAt ? { loadedAt } : {}),
      illustrative: dataset.illustrative ?? false,
      reportCount: dataset.reports.length,
      needCount: dataset.needs.length,
      ...(parts.length > 1
        ? {
            parts: parts.map((part) => ({
              ...(part.url ? { url: part.url } : {}),
              title: part.dataset.title,
              reportCount: part.dataset.reports.length,
              needCount: part.dataset.needs.length,
              activityCount: part.dataset.activities.length,
            })),
          }
        : {}),
    };
  }

  /** The dataset in use (the bundled one, or the published ones merged). */
  async dataset(): Promise<Dataset> {
    return (await this.current()).dataset;
  }

  /**
   * Everything the dataset in use says about each Party.
   *
   * @param codes - Party codes
   */
  async lookupParties(codes: readonly string[]): Promise<PartyRecord[]> {
    const { index } = await this.current();
    return codes.map(index);
  }

  /**
   * Uses the bundled dataset, or fetches, validates and stores the one at each URL and merges
   * them (with the bundled one if asked). A dataset that cannot be fetched or fails validation
   * is refused with its URL and reason, and the data in use stays.
   *
   * @param source - the data source
   */
  async setDataSource(source: DataSource): Promise<DataSourceResult> {
    const { bundled, urls } = dataSourceParts(source);
    if (urls.length === 0) {
      await pruneDatasets(this.deps.db);
      this.active = undefined;
      await this.save({ ...(await this.settings()), dataSource: source });
      return { ok: true, status: await this.status() };
    }
    const fetched: Part[] = [];
    for (const url of urls) {
      const result = await this.fetchDataset(url);
      if (!result.ok) {
        const reason = urls.length > 1 ? `${url}: ${result.reason}` : result.reason;
        return { ok: false, reason, problems: result.problems, url };
      }
      fetched.push({ url, dataset: result.dataset });
    }
    const loadedAt = (this.deps.now?.() ?? new Date()).toISOString();
    for (const part of fetched) await saveDataset(this.deps.db, part.url!, part.dataset, loadedAt);
    await pruneDatasets(this.deps.db, urls);
    const parts = bundled ? [{ dataset: this.deps.bundled() }, ...fetched] : fetched;
    this.active = Promise.resolve(activate(source, parts, loadedAt));
    await this.save({ ...(await this.settings()), dataSource: source });
    return { ok: true, status: await this.status() };
  }

  private async fetchDataset(
    url: string,
  ): Promise<{ ok: true; dataset: Dataset } | { ok: false; reason: string; problems: DataSourceProblems }> {
    let text: string;
    try {
      const response = await this.deps.fetch(url);
      if (!response.ok) return refuse(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      return refuse(
        `the dataset could not be fetched (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (text.length > MAX_DATASET_BYTES) return refuse('the file is larger than 20 MB');
    const parsed = parseDatasetText(text);
    if (!parsed.ok) {
      const count = parsed.errors.length;
      return {
        ok: false,
        reason: `the dataset is not valid (${count} problem${count === 1 ? '' : 's'})`,
        problems: parsed.errors,
      };
    }
    return { ok: true, dataset: parsed.dataset };
  }

  private current(): Promise<Active> {
    this.active ??= this.load();
    return this.active;
  }

  private async load(): Promise<Active> {
    const { dataSource } = await this.settings();
    const { bundled, urls } = dataSourceParts(dataSource);
    const parts: Part[] = bundled ? [{ dataset: this.deps.bundled() }] : [];
    let loadedAt: string | undefined;
    for (const url of urls) {
      const stored = await loadDataset(this.deps.db, url);
      if (!stored) continue;
      parts.push({ url, dataset: stored.dataset });
      loadedAt = loadedAt && loadedAt < stored.loadedAt ? loadedAt : stored.loadedAt;
    }
    // Every stored dataset is gone (or no longer validates): the bundled one serves meanwhile.
    if (urls.length > 0 && parts.every((part) => !part.url))
      return activate({ kind: 'bundled' }, [{ dataset: this.deps.bundled() }]);
    return activate(dataSource, parts, loadedAt);
  }

  private async save(settings: Settings): Promise<Settings> {
    const saved = await saveSettings(this.deps.db, settings);
    this.settingsCache = Promise.resolve(saved);
    await this.deps.onSettings?.(saved);
    return saved;
  }
}

type DataSourceProblems = Extract<DataSourceResult, { ok: false }>['problems'];

function activate(source: DataSource, parts: Part[], loadedAt?: string): Active {
  const datasets = parts.map((part) => part.dataset);
  // The merge's date is that of the newest part, so that the same data always merges the same.
  const newest = datasets
    .map((d) => d.generatedAt)
    .sort()
    .pop();
  const dataset = mergeDatasets(datasets, newest);
  return { source, dataset, ...(loadedAt ? { loadedAt } : {}), index: indexParties(dataset), parts };
}

function refuse(reason: string): { ok: false; reason: string; problems: DataSourceProblems } {
  return { ok: false, reason, problems: [] };
}
