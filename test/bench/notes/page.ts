/**
 * The page side of the notes bench, bundled and run in Chromium: our `NotesRepository` (Dexie)
 * and the plain IndexedDB baseline (`plain.ts`), both on one database (the one `NotesDB`
 * creates), so that they read the very same rows.
 *
 * Writing is most of the time (Chromium stores each note with some 45 index entries), so each
 * side writes all the notes once, into an empty store, and that is its import:
 *
 * - `setup` generates the notes and imports them with the baseline (`JSON.parse` of their JSON,
 *   then clear and put in one transaction), which fills the database;
 * - `importOurs` exports them with ours (as Web Annotations) and imports that file with ours
 *   into a second, empty database.
 *
 * Listing, search and export only read, so they run in rounds: each call of `round` runs one
 * round of one operation on both sides, timed in the page, in the order asked (the driver
 * alternates it), and says how many notes each side found, so that the driver can check that
 * they did the same work.
 */
import { documentKeys, exportWebAnnotations, words, type NoteDocument } from '../../../core/notes/index.ts';
import { toRow } from '../../../core/storage/notes-db.ts';
import { NotesRepository } from '../../../core/storage/notes-repo.ts';
import { DOCUMENT_COUNT, makeDocuments, makeNotes, random } from './generate.ts';
import * as plain from './plain.ts';

const DB_NAME = 'bench-notes';
const IMPORTED_DB_NAME = 'bench-notes-imported';

/** The documents listed in each round (spread over all of them). */
const LISTED = 10;

/**
 * The searches of each round: one to three words, whole and begun, finding from a few hundred
 * to a few thousand of 100,000 notes.
 */
const QUERIES = [
  'ivory stockpiles',
  'pangolin scal',
  'Viet Nam',
  'non-detriment findings',
  'customs train',
  'rosewood dalbergia',
  'capacity building workshop',
  'totoaba',
];

export interface Setup {
  count: number;
  documents: number;
  /** Notes per listed document, and hits per query (the same on both sides). */
  listed: number[];
  hits: number[];
  /** Generating the notes and their rows. */
  generateMs: number;
  /** The baseline's import of all the notes, into the empty store. */
  importPlainMs: number;
}

/** One round of one operation: each side's time (ms) and how many notes it found. */
export interface Round {
  ours: number;
  plain: number;
  oursFound: number;
  plainFound: number;
}

export type Operation = 'list' | 'search' | 'export';

let repo: NotesRepository | undefined;
let db: IDBDatabase | undefined;
let listed: NoteDocument[] = [];

function sides(): { repo: NotesRepository; db: IDBDatabase } {
  if (!repo || !db) throw new Error('notes bench: setup() first');
  return { repo, db };
}

/** Times `work`, after a garbage collection when the page can ask for one (`--expose-gc`). */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function listOurs(): Promise<number> {
  let n = 0;
  for (const document of listed) n += (await sides().repo.listByDocument(document)).length;
  return n;
}

async function listPlain(): Promise<number> {
  let n = 0;
  for (const document of listed) n += (await plain.listByKeys(sides().db, documentKeys(document))).length;
  return n;
}

async function searchOurs(): Promise<number> {
  let n = 0;
  for (const query of QUERIES) n += (await sides().repo.search(query)).length;
  return n;
}

async function searchPlain(): Promise<number> {
  let n = 0;
  for (const query of QUERIES) n += (await plain.search(sides().db, words(query))).length;
  return n;
}

/** Our export file: every note, deleted ones too, as Web Annotations. */
async function exportOurs(): Promise<string> {
  return exportWebAnnotations(await sides().repo.list({ includeDeleted: true }));
}

/** How many notes an export file holds (its annotations' ids, or its rows' ids). */
function idsIn(file: string): number {
  return file.match(/"id": ?"(?:urn:uuid:)?[0-9a-f]{8}-/g)?.length ?? 0;
}

/** Each operation on both sides, and how many notes one's result holds (counted untimed). */
interface Work<T> {
  ours: () => Promise<T>;
  plain: () => Promise<T>;
  found: (result: T) => number;
}

const LIST: Work<number> = { ours: listOurs, plain: listPlain, found: (n) => n };
const SEARCH: Work<number> = { ours: searchOurs, plain: searchPlain, found: (n) => n };
const EXPORT: Work<string> = { ours: exportOurs, plain: () => plain.exportAll(sides().db), found: idsIn };

async function runRound<T>(work: Work<T>, oursFirst: boolean): Promise<Round> {
  let ours: { ms: number; result: T };
  let base: { ms: number; result: T };
  if (oursFirst) {
    ours = await timed(work.ours);
    base = await timed(work.plain);
  } else {
    base = await timed(work.plain);
    ours = await timed(work.ours);
  }
  return {
    ours: ours.ms,
    plain: base.ms,
    oursFound: work.found(ours.result),
    plainFound: work.found(base.result),
  };
}

const bench = {
  /** Generates `notes` notes and imports them with the baseline, into a fresh database. */
  async setup(notes: number): Promise<Setup> {
    await plain.deleteDatabase(DB_NAME);
    await plain.deleteDatabase(IMPORTED_DB_NAME);
    const generate = await timed(async () => JSON.stringify(makeNotes(notes).map(toRow)));
    const documents = makeDocuments(random(42));
    listed = Array.from({ length: LISTED }, (_, i) => documents[Math.floor((i * DOCUMENT_COUNT) / LISTED)]!);
    repo = NotesRepository.open(DB_NAME);
    await repo.db.open();
    db = await plain.openExisting(DB_NAME);
    const imported = await timed(() => plain.importAll(db!, generate.result));
    const listedCounts = await Promise.all(
      listed.map(async (document) => (await repo!.listByDocument(document)).length),
    );
    const hits = await Promise.all(QUERIES.map(async (query) => (await repo!.search(query)).length));
    const all = await repo.list({ includeDeleted: true });
    return {
      count: imported.result,
      documents: new Set(all.map((note) => note.document.id)).size,
      listed: listedCounts,
      hits,
      generateMs: generate.ms,
      importPlainMs: imported.ms,
    };
  },

  /** Our import of our export of all the notes into an empty database: its time and how many it added. */
  async importOurs(): Promise<{ ms: number; added: number }> {
    const file = await exportOurs();
    const target = NotesRepository.open(IMPORTED_DB_NAME);
    await target.db.open();
    const { ms, result } = await timed(() => target.importWebAnnotations(file));
    if (!result.ok) throw new Error(`notes bench: our import failed: ${result.error.message}`);
    target.db.close();
    return { ms, added: result.counts.added };
  },

  /** Runs listing and search once on each side (untimed), so that neither pays for compiling the code. */
  async warmUp(): Promise<void> {
    await listOurs();
    await listPlain();
    await sides().repo.search(QUERIES[0]!);
    await plain.search(sides().db, words(QUERIES[0]!));
  },

  /** One round of `operation`, ours first or the baseline first. */
  round(operation: Operation, oursFirst: boolean): Promise<Round> {
    if (operation === 'list') return runRound(LIST, oursFirst);
    if (operation === 'search') return runRound(SEARCH, oursFirst);
    return runRound(EXPORT, oursFirst);
  },

  /** Closes the connections (the browser context, thrown away after, holds the data). */
  close(): void {
    repo?.db.close();
    db?.close();
    repo = undefined;
    db = undefined;
  },
};

export type NotesBench = typeof bench;

(globalThis as unknown as { notesBench: NotesBench }).notesBench = bench;
