/**
 * The extension's IndexedDB database. It lives in the extension's origin and is opened only by
 * the background (content scripts would get the page's origin instead). Each schema change is a
 * new `version(n)` below the older ones, which stay as long as users may still have them; a new
 * table (notes, for example) is added in a new version without touching these.
 *
 * Schema versions:
 * - 1: `datasets` (fetched datasets by URL) and `settings` (by key).
 * - 2 (current): adds the tracker's tables: `activities` (by id, indexed by modification time),
 *   `indicators` (by id, indexed by their activity) and `assessments` (self-assessments, by
 *   Party). Version-1 tables and rows are kept as they are.
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

/** An activity recorded in the tracker, with its revision (validated on read). */
export interface ActivityRow {
  id: string;
  /** The activity (ActivitySchema), as written. */
  value: unknown;
  /** 1 when first saved, one more at each change (edits from another tab are detected by it). */
  revision: number;
  /** When it was last changed (ISO date-time). */
  modified: string;
  /** When it was deleted; a deleted activity can be restored until it is purged. */
  deleted?: string;
}

/** An indicator of a recorded activity (validated on read). */
export interface IndicatorRow {
  id: string;
  /** The id of its activity. */
  activity: string;
  /** The indicator (IndicatorSchema), as written. */
  value: unknown;
}

/** A Party's self-assessment (validated on read). */
export interface AssessmentRow {
  party: string;
  /** The assessment (SelfAssessmentSchema), as written. */
  value: unknown;
  modified: string;
}

/** The stores of version 1, kept to open and upgrade databases of that version (and for tests). */
export const APP_SCHEMA_V1 = { datasets: 'key', settings: 'key' } as const;
/** The tables version 2 adds. */
export const APP_SCHEMA_V2 = {
  activities: 'id, modified',
  indicators: 'id, activity',
  assessments: 'party',
} as const;

/** The extension's database: fetched datasets, settings and the tracker's records. */
export class AppDB extends Dexie {
  datasets!: EntityTable<DatasetRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  activities!: EntityTable<ActivityRow, 'id'>;
  indicators!: EntityTable<IndicatorRow, 'id'>;
  assessments!: EntityTable<AssessmentRow, 'party'>;

  /** @param name - the database name; tests pass a fresh one. */
  constructor(name = 'cites-cb') {
    super(name);
    this.version(1).stores(APP_SCHEMA_V1);
    this.version(2).stores(APP_SCHEMA_V2);
  }
}
