/**
 * The background's data: the settings and the dataset in use, kept in the extension's IndexedDB
 * (through core/storage). A dataset from a URL is fetched only when the user sets or refreshes
 * that URL, validated, and stored; one that fails validation is refused with the reason, and the
 * dataset in use stays.
 */
import { parseDatasetText } from '../../core/dataset/parse-dataset.ts';
import type { Dataset } from '../../core/schemas/dataset.ts';
import type {
  DataSource,
  DataSourceResult,
  DataStatus,
  LanguageChoice,
  PartyRecord,
  Settings,
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

interface Active {
  source: DataSource;
  dataset: Dataset;
  loadedAt?: string;
  index: PartyIndex;
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
    const { source, dataset, loadedAt } = await this.current();
    return {
      source,
      id: dataset.id,
      title: dataset.title,
      generatedAt: dataset.generatedAt,
      ...(loadedAt ? { loadedAt } : {}),
      illustrative: dataset.illustrative ?? false,
      reportCount: dataset.reports.length,
      needCount: dataset.needs.length,
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
   * Uses the bundled dataset, or fetches, validates and stores the one at a URL. A dataset that
   * cannot be fetched or fails validation is refused and the one in use stays.
   *
   * @param source - the data source
   */
  async setDataSource(source: DataSource): Promise<DataSourceResult> {
    if (source.kind === 'bundled') {
      await pruneDatasets(this.deps.db);
      this.active = undefined;
      await this.save({ ...(await this.settings()), dataSource: source });
      return { ok: true, status: await this.status() };
    }
    let text: string;
    try {
      const response = await this.deps.fetch(source.url);
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
    const loadedAt = (this.deps.now?.() ?? new Date()).toISOString();
    await saveDataset(this.deps.db, source.url, parsed.dataset, loadedAt);
    await pruneDatasets(this.deps.db, source.url);
    this.active = Promise.resolve(activate(source, parsed.dataset, loadedAt));
    await this.save({ ...(await this.settings()), dataSource: source });
    return { ok: true, status: await this.status() };
  }

  private current(): Promise<Active> {
    this.active ??= this.load();
    return this.active;
  }

  private async load(): Promise<Active> {
    const { dataSource } = await this.settings();
    if (dataSource.kind === 'url') {
      const stored = await loadDataset(this.deps.db, dataSource.url);
      if (stored) return activate(dataSource, stored.dataset, stored.loadedAt);
    }
    return activate({ kind: 'bundled' }, this.deps.bundled());
  }

  private async save(settings: Settings): Promise<Settings> {
    const saved = await saveSettings(this.deps.db, settings);
    this.settingsCache = Promise.resolve(saved);
    await this.deps.onSettings?.(saved);
    return saved;
  }
}

function activate(source: DataSource, dataset: Dataset, loadedAt?: string): Active {
  return { source, dataset, ...(loadedAt ? { loadedAt } : {}), index: indexParties(dataset) };
}

function refuse(reason: string): DataSourceResult {
  return { ok: false, reason, problems: [] };
}
