/**
 * Notes with 100,000 of them: listing one document's notes, a full-text search, and export then
 * import of all of them, each against a plain IndexedDB baseline doing the same work on the same
 * rows (an object store with the same multiEntry indexes, raw requests, no Dexie, no validation,
 * JSON instead of Web Annotations).
 *
 * Both run in Node on fake-indexeddb (a JavaScript IndexedDB): the ratios say what our layer
 * costs over IndexedDB itself, not how fast a browser's IndexedDB is.
 *
 * `NOTES_BENCH_COUNT` sets another number of notes (for a quick run).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { exportWebAnnotations, type Note } from '../../core/notes/index.ts';
import { NotesDB, toRow, type NoteRow } from '../../core/storage/notes-db.ts';
import { NotesRepository } from '../../core/storage/notes-repo.ts';

const COUNT = Number(process.env.NOTES_BENCH_COUNT ?? 100_000);
const PER_DOCUMENT = 100;
const REPEAT = 20;

/** A small deterministic generator, so that every run works on the same notes. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 2 ** 32;
  };
}

const SYLLABLES = [
  'ca',
  'pa',
  'ci',
  'ty',
  'tra',
  'de',
  'ivo',
  'ry',
  'per',
  'mit',
  'sci',
  'en',
  'ti',
  'fic',
  'na',
  'tio',
  'nal',
  'le',
  'gis',
  'la',
];
const VOCABULARY = Array.from({ length: 4000 }, (_, i) => {
  let word = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});

function makeNotes(count: number): Note[] {
  const next = random(42);
  const words = (n: number) =>
    Array.from({ length: n }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!).join(' ');
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const doc = Math.floor(i / PER_DOCUMENT);
    const start = Math.floor(next() * 50_000);
    const exact = words(8);
    const time = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    const hex = i.toString(16).padStart(12, '0');
    notes.push({
      id: `00000000-0000-4000-8000-${hex}`,
      document: {
        id: `SC${60 + (doc % 20)} Doc. ${doc}`,
        urls: [`https://cites.org/sites/default/files/documents/E-SC${60 + (doc % 20)}-${doc}.pdf`],
      },
      target: {
        quote: { exact, prefix: words(4), suffix: words(4) },
        position: { start, end: start + exact.length },
      },
      body: words(12),
      tags: [VOCABULARY[i % 50]!],
      links: [{ kind: 'party', id: ['KE', 'VN', 'MG', 'BR', 'FR'][i % 5]! }],
      created: time,
      modified: time,
      revision: 1,
    });
  }
  return notes;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The baseline: one object store, the same indexes, raw IndexedDB requests. */
async function openPlain(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('notes', { keyPath: 'id' });
    store.createIndex('modified', 'modified');
    store.createIndex('docKeys', 'docKeys', { multiEntry: true });
    store.createIndex('words', 'words', { multiEntry: true });
    store.createIndex('tags', 'tags', { multiEntry: true });
    store.createIndex('linkKeys', 'linkKeys', { multiEntry: true });
  };
  return request(open);
}

async function plainPutAll(db: IDBDatabase, rows: readonly NoteRow[]): Promise<void> {
  const tx = db.transaction('notes', 'readwrite');
  const store = tx.objectStore('notes');
  for (const row of rows) store.put(row);
  await done(tx);
}

async function plainList(db: IDBDatabase, documentId: string): Promise<NoteRow[]> {
  const tx = db.transaction('notes', 'readonly');
  const rows = await request(
    tx.objectStore('notes').index('docKeys').getAll(documentId) as IDBRequest<NoteRow[]>,
  );
  return rows.filter((row) => !row.deleted).sort((a, b) => a.order - b.order);
}

async function plainSearch(db: IDBDatabase, terms: readonly string[]): Promise<NoteRow[]> {
  const tx = db.transaction('notes', 'readonly');
  const store = tx.objectStore('notes');
  let ids: Set<IDBValidKey> | undefined;
  for (const term of terms) {
    const keys = await request(store.index('words').getAllKeys(IDBKeyRange.bound(term, `${term}\uffff`)));
    ids = new Set(keys.filter((key) => !ids || ids.has(key)));
  }
  const rows = await Promise.all([...(ids ?? [])].map((id) => request(store.get(id) as IDBRequest<NoteRow>)));
  return rows.filter((row) => !row.deleted);
}

async function plainAll(db: IDBDatabase): Promise<NoteRow[]> {
  const tx = db.transaction('notes', 'readonly');
  return request(tx.objectStore('notes').getAll() as IDBRequest<NoteRow[]>);
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

function format(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
  });
}

export async function run(): Promise<void> {
  const notes = makeNotes(COUNT);
  const rows = notes.map(toRow);
  const suffix = `${process.pid}-${Date.now()}`;
  const names = ['ours', 'ours-imported', 'plain', 'plain-imported'].map((n) => `bench-notes-${n}-${suffix}`);
  const repo = new NotesRepository(new NotesDB(names[0], { indexedDB, IDBKeyRange }));
  const loaded = await repo.importNotes(notes);
  if (!loaded.ok) throw new Error(`could not load the notes: ${loaded.error.message}`);
  const plain = await openPlain(names[2]!);
  await plainPutAll(plain, rows);

  // A warm-up of each path, not timed, so that neither side pays for the other's compilation.
  await repo.listByDocument(notes[0]!.document);
  await plainList(plain, notes[0]!.document.id);
  await repo.search('ca');
  await plainSearch(plain, ['ca']);

  // Listing one document's notes, for REPEAT documents.
  const documents = Array.from(
    { length: REPEAT },
    (_, i) => notes[(i * 7919 * PER_DOCUMENT) % COUNT]!.document,
  );
  const listOurs = await time(async () => {
    let n = 0;
    for (const document of documents) n += (await repo.listByDocument(document)).length;
    return n;
  });
  const listPlain = await time(async () => {
    let n = 0;
    for (const document of documents) n += (await plainList(plain, document.id)).length;
    return n;
  });
  if (listOurs.result !== listPlain.result) throw new Error(`list: ${listOurs.result} ≠ ${listPlain.result}`);

  // Full-text search: two words, the second by its beginning.
  const queries = Array.from({ length: REPEAT }, (_, i) => {
    const words = notes[(i * 4999) % COUNT]!.body.split(' ');
    return [words[0]!, words[1]!.slice(0, 4)];
  });
  const searchOurs = await time(async () => {
    let n = 0;
    for (const [a, b] of queries) n += (await repo.search(`${a} ${b}`)).length;
    return n;
  });
  const searchPlain = await time(async () => {
    let n = 0;
    for (const terms of queries)
      n += (
        await plainSearch(
          plain,
          [...terms].sort((x, y) => y.length - x.length),
        )
      ).length;
    return n;
  });
  if (searchOurs.result !== searchPlain.result)
    throw new Error(`search: ${searchOurs.result} ≠ ${searchPlain.result}`);

  // Export then import of all of them, into an empty database.
  const target = new NotesRepository(new NotesDB(names[1], { indexedDB, IDBKeyRange }));
  const roundOurs = await time(async () => {
    const file = exportWebAnnotations(await repo.list({ includeDeleted: true }));
    const result = await target.importWebAnnotations(file);
    if (!result.ok) throw new Error(result.error.message);
    return result.counts.added;
  });
  const plainTarget = await openPlain(names[3]!);
  const roundPlain = await time(async () => {
    const file = JSON.stringify(await plainAll(plain));
    const back = JSON.parse(file) as NoteRow[];
    await plainPutAll(plainTarget, back);
    return back.length;
  });
  if (roundOurs.result !== COUNT || roundPlain.result !== COUNT) throw new Error('export+import lost notes');

  const ratio = (ours: number, base: number) => `${(ours / base).toFixed(1)}x plain IndexedDB`;
  const count = COUNT.toLocaleString('en-US');
  console.log(
    `notes: list one document's notes ${format(listOurs.ms / REPEAT)} ms (${ratio(listOurs.ms, listPlain.ms)}); ` +
      `search ${format(searchOurs.ms / REPEAT)} ms (${ratio(searchOurs.ms, searchPlain.ms)}); ` +
      `export+import ${count} ${format(roundOurs.ms)} ms (${ratio(roundOurs.ms, roundPlain.ms)}) ` +
      `— ${count} notes, Node with fake-indexeddb for both ours and the baseline`,
  );

  repo.db.close();
  target.db.close();
  plain.close();
  plainTarget.close();
  for (const name of names) await deleteDb(name);
}
