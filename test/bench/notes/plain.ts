/**
 * The notes bench's baseline: the same work written against the raw IndexedDB API, with no
 * Dexie, no validation and no Web Annotation format, on the very object store and indexes of
 * `NotesDB` and the same rows (`NoteRow`: the note and its index fields):
 *
 * - listing: a `getAll` on the `docKeys` index for each of the document's keys, deleted notes
 *   left out, in reading order;
 * - search: for each query word, the primary keys under it in the `words` index (by prefix),
 *   intersected, then the rows, deleted ones left out, the last modified first;
 * - export+import: `getAll` and `JSON.stringify`, then `JSON.parse`, `clear` and a `put` of each
 *   row in one read-write transaction.
 */
import type { NoteRow } from '../../../core/storage/notes-db.ts';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Deletes a database (once its connections, closed already, have finished their transactions). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/**
 * Opens, with raw IndexedDB, the database `NotesDB` created (at whatever version it is): the
 * baseline works on the same object store and indexes as ours, and on the same rows.
 */
export async function openExisting(name: string): Promise<IDBDatabase> {
  const db = await request(indexedDB.open(name));
  const store = db.transaction('notes', 'readonly').objectStore('notes');
  for (const index of ['docKeys', 'words']) {
    if (!store.indexNames.contains(index) || !store.index(index).multiEntry)
      throw new Error(`notes bench: the notes store has no multiEntry index ${index}`);
  }
  return db;
}

/** Replaces every row with `rows`, in one transaction. */
export async function replaceAll(db: IDBDatabase, rows: readonly NoteRow[]): Promise<void> {
  const tx = db.transaction('notes', 'readwrite');
  const store = tx.objectStore('notes');
  store.clear();
  for (const row of rows) store.put(row);
  await done(tx);
}

/** The rows stored under any of `keys`, deleted ones left out, in reading order. */
export async function listByKeys(db: IDBDatabase, keys: readonly string[]): Promise<NoteRow[]> {
  const index = db.transaction('notes', 'readonly').objectStore('notes').index('docKeys');
  const lists = await Promise.all(keys.map((key) => request(index.getAll(key) as IDBRequest<NoteRow[]>)));
  const seen = new Set<string>();
  const rows: NoteRow[] = [];
  for (const row of lists.flat()) {
    if (seen.has(row.id) || row.deleted) continue;
    seen.add(row.id);
    rows.push(row);
  }
  return rows.sort((a, b) => a.order - b.order || (a.created < b.created ? -1 : 1));
}

/** The rows with a word beginning with each of `terms` (folded already), the last modified first. */
export async function search(db: IDBDatabase, terms: readonly string[]): Promise<NoteRow[]> {
  const store = db.transaction('notes', 'readonly').objectStore('notes');
  const words = store.index('words');
  let ids: Set<IDBValidKey> | undefined;
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const keys = await request(words.getAllKeys(IDBKeyRange.bound(term, `${term}\uffff`)));
    const kept = new Set<IDBValidKey>();
    for (const key of keys) if (!ids || ids.has(key)) kept.add(key);
    ids = kept;
    if (ids.size === 0) return [];
  }
  const rows = await getMany(store, [...ids!]);
  return rows
    .filter((row) => !row.deleted)
    .sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.id < b.id ? -1 : 1));
}

/**
 * The rows with these keys: one `get` each, all issued at once with one shared handler (a
 * transaction's requests complete in the order they were made, so results come in key order).
 */
function getMany(store: IDBObjectStore, keys: readonly IDBValidKey[]): Promise<NoteRow[]> {
  return new Promise((resolve, reject) => {
    const rows: NoteRow[] = [];
    if (keys.length === 0) resolve(rows);
    const onsuccess = function (this: IDBRequest<NoteRow>) {
      rows.push(this.result);
      if (rows.length === keys.length) resolve(rows);
    };
    const onerror = function (this: IDBRequest<NoteRow>) {
      reject(this.error);
    };
    for (const key of keys) {
      const req = store.get(key) as IDBRequest<NoteRow>;
      req.onsuccess = onsuccess;
      req.onerror = onerror;
    }
  });
}

/** Every row as a JSON file. */
export async function exportAll(db: IDBDatabase): Promise<string> {
  const tx = db.transaction('notes', 'readonly');
  const rows = await request(tx.objectStore('notes').getAll() as IDBRequest<NoteRow[]>);
  return JSON.stringify(rows);
}

/** Replaces every row with those of a file from `exportAll`; returns how many. */
export async function importAll(db: IDBDatabase, file: string): Promise<number> {
  const rows = JSON.parse(file) as NoteRow[];
  await replaceAll(db, rows);
  return rows.length;
}
