/**
 * The extension's IndexedDB database. It lives in the extension's origin and is opened only by
 * the background (content scripts would get the page's origin instead). Each schema change is a
 * new `version(n)` below the older ones, which stay as long as users may still have them; a new
 * table (notes, for example) is added in a new version without touching these.
 */
import { Dexie, type EntityTable } from 'dexie';

/** A fetched dataset, kept as received so it can be validated again when read. */
export interface DatasetRow {
  /** The URL it was fetched from. */
  key: string;
  /** The dataset as parsed JSON (validated on read). */
  value: unknown;
  /** When it was fetched (ISO date-time). */
  loadedAt: string;
}

/** One setting, as a key and a JSON value (validated on read). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The extension's database: fetched datasets and settings. */
export class AppDB extends Dexie {
  datasets!: EntityTable<DatasetRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;

  /** @param name - the database name; tests pass a fresh one. */
  constructor(name = 'cites-cb') {
    super(name);
    this.version(1).stores({ datasets: 'key', settings: 'key' });
  }
}
