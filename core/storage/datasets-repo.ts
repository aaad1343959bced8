import { validateDataset } from '../dataset/parse-dataset.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { AppDB } from './app-db.ts';

/** A stored dataset with the time it was fetched. */
export interface StoredDataset {
  dataset: Dataset;
  loadedAt: string;
}

/**
 * The dataset fetched from `url`, or undefined when none is stored or the stored one no longer
 * validates.
 *
 * @param db - the database to read
 * @param url - the data-source URL
 */
export async function loadDataset(db: AppDB, url: string): Promise<StoredDataset | undefined> {
  const row = await db.datasets.get(url);
  if (!row) return undefined;
  const result = validateDataset(row.value);
  return result.ok ? { dataset: result.dataset, loadedAt: row.loadedAt } : undefined;
}

/**
 * Stores a validated dataset fetched from `url`, replacing the one fetched before from there.
 *
 * @param db - the database to write
 * @param url - the data-source URL
 * @param dataset - the dataset, already validated
 * @param loadedAt - when it was fetched
 */
export async function saveDataset(db: AppDB, url: string, dataset: Dataset, loadedAt: string): Promise<void> {
  await db.datasets.put({ key: url, value: dataset, loadedAt });
}

/**
 * Forgets every stored dataset except those fetched from `keep`.
 *
 * @param db - the database to write
 * @param keep - the URL (or URLs) whose datasets stay
 */
export async function pruneDatasets(db: AppDB, keep: string | readonly string[] = []): Promise<void> {
  const kept = new Set(typeof keep === 'string' ? [keep] : keep);
  await db.datasets.filter((row) => !kept.has(row.key)).delete();
}
