/**
 * The notes' repository: every read and write of notes goes through it. Results are typed
 * values, not exceptions, for what the user must be told about:
 *
 * - `quota`: the browser's storage is full. The note being written comes back in the error so
 *   the interface can keep it (and offer an export) instead of losing it.
 * - `conflict`: the note was changed elsewhere (another tab) since it was read: the update
 *   carried an older `revision`. Both versions come back; nothing was written.
 * - `invalid`: not a valid note, or an import file with a bad entry (which one and why).
 * - `not-found`: no note has this id.
 *
 * Writes that check something (the revision, existing ids) run in one read-write transaction,
 * which IndexedDB serializes across tabs, so two tabs cannot both pass the same check.
 */
import { documentKeys } from '../notes/document-identity.ts';
import { readingOrder } from '../notes/markdown-export.ts';
import { linksIn, normalizeTags, NoteSchema, type Note, type NoteDocument } from '../notes/note.ts';
import { words } from '../notes/search-words.ts';
import { parseWebAnnotations } from '../notes/web-annotation.ts';
import { fromRow, NotesDB, toRow, type NoteRow } from './notes-db.ts';

export type NotesError =
  | { kind: 'quota'; message: string; note?: Note }
  | { kind: 'conflict'; message: string; current: Note; attempted: Note }
  | { kind: 'invalid'; message: string; index?: number; path?: string }
  | { kind: 'not-found'; message: string; id: string };

export type NotesResult<T extends object> = ({ ok: true } & T) | { ok: false; error: NotesError };

/** What an import did. */
export interface ImportCounts {
  /** Notes that were not there. */
  added: number;
  /** Notes that were there, replaced by a more recently modified version from the file. */
  updated: number;
  /** Notes that were there already as in the file, or more recently modified here. */
  unchanged: number;
}

/** Which notes to list. All given conditions must hold. */
export interface NoteFilter {
  /** Notes of this document: its id, or any of several ids/keys (see `documentKeys`). */
  document?: string | readonly string[];
  /** Notes with this tag (ignoring case). */
  tag?: string;
  /** Notes whose quote mentions this Party (its code, e.g. "VN"). */
  party?: string;
  /** Notes whose quote mentions this reference (its id: "18.46", "SC66 Doc. 20.2", "2020/027"). */
  reference?: string;
  /** Deleted notes too (default: no). */
  includeDeleted?: boolean;
}

export interface ListOptions {
  /** `recent` (last modified first, the default) or `reading` (by document, then position). */
  order?: 'recent' | 'reading';
}

const REFERENCE_KINDS = ['decision', 'resolution', 'document', 'notification'] as const;

/**
 * True when `error` is the browser's "storage full" error, as IndexedDB throws it or wrapped by
 * Dexie (`inner`, a transaction's abort, a bulk operation's failures) or as a `cause`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.code === 22 && e.name !== 'AbortError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/**
 * Asks the browser to keep this origin's storage under storage pressure (where it can).
 * `persisted` when it will, `refused` when it declined, `unsupported` without the Storage API.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = (
    globalThis as { navigator?: { storage?: StorageManager } }
  ).navigator?.storage,
): Promise<'persisted' | 'refused' | 'unsupported'> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** A key-order-independent serialization, to tell whether two notes are the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function invalid(
  message: string,
  extra: { index?: number; path?: string } = {},
): { ok: false; error: NotesError } {
  return { ok: false, error: { kind: 'invalid', message, ...extra } };
}

function notFound(id: string): { ok: false; error: NotesError } {
  return { ok: false, error: { kind: 'not-found', message: `No note has the id ${id}.`, id } };
}

const QUOTA_MESSAGE = "The browser's storage for notes is full; the note was not saved.";

class Conflict extends Error {
  constructor(
    readonly current: Note,
    readonly attempted: Note,
  ) {
    super('conflict');
  }
}
class NotFound extends Error {
  constructor(readonly id: string) {
    super('not found');
  }
}

export class NotesRepository {
  constructor(readonly db: NotesDB) {}

  /** A repository on the database `name` (default `cites-cb-notes`). */
  static open(name?: string): NotesRepository {
    return new NotesRepository(new NotesDB(name));
  }

  private now(): string {
    return new Date().toISOString();
  }

  /** Runs a write, turning storage-full, conflict and not-found errors into results. */
  private async write<T extends object>(
    note: Note | undefined,
    work: () => Promise<T>,
  ): Promise<NotesResult<T>> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      if (error instanceof Conflict) {
        return {
          ok: false,
          error: {
            kind: 'conflict',
            message: 'This note was changed elsewhere (another tab or window) since it was opened.',
            current: error.current,
            attempted: error.attempted,
          },
        };
      }
      if (error instanceof NotFound) return notFound(error.id);
      if (isQuotaError(error))
        return { ok: false, error: { kind: 'quota', message: QUOTA_MESSAGE, ...(note ? { note } : {}) } };
      throw error;
    }
  }

  /** The note with this id (deleted or not). */
  async get(id: string): Promise<Note | undefined> {
    const row = await this.db.notes.get(id);
    return row && fromRow(row);
  }

  /** Stores a new note (see `createNote`). */
  async add(note: Note): Promise<NotesResult<{ note: Note }>> {
    const parsed = NoteSchema.safeParse(note);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return invalid(`Not a valid note: ${issue.path.join('.')}: ${issue.message}`, {
        path: issue.path.join('.'),
      });
    }
    const valid = parsed.data;
    return this.write(valid, async () => {
      const added = await this.db.transaction('rw', this.db.notes, async () => {
        if (await this.db.notes.get(valid.id)) return false;
        await this.db.notes.add(toRow(valid));
        return true;
      });
      if (!added) throw new Error(`exists:${valid.id}`);
      return { note: valid };
    }).catch((error: unknown) => {
      if (error instanceof Error && error.message === `exists:${valid.id}`) {
        return invalid(`A note with the id ${valid.id} exists already.`, { path: 'id' });
      }
      throw error;
    });
  }

  /**
   * Stores `edited`, a note as read (with the revision it had then) and changed by the user.
   * Refused with a conflict when the stored note has another revision; otherwise stored with the
   * next revision and the current time as `modified` (and its links found again if the quote
   * changed).
   */
  async update(edited: Note): Promise<NotesResult<{ note: Note }>> {
    const parsed = NoteSchema.safeParse({ ...edited, tags: normalizeTags(edited.tags) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return invalid(`Not a valid note: ${issue.path.join('.')}: ${issue.message}`, {
        path: issue.path.join('.'),
      });
    }
    const valid = parsed.data;
    return this.write(valid, () =>
      this.db.transaction('rw', this.db.notes, async () => {
        const row = await this.db.notes.get(valid.id);
        if (!row) throw new NotFound(valid.id);
        if (row.revision !== valid.revision) throw new Conflict(fromRow(row), valid);
        const next: Note = {
          ...valid,
          links:
            row.target.quote.exact === valid.target.quote.exact
              ? valid.links
              : linksIn(valid.target.quote.exact),
          modified: this.now(),
          revision: row.revision + 1,
        };
        await this.db.notes.put(toRow(next));
        return { note: next };
      }),
    );
  }

  private async setDeleted(
    id: string,
    deleted: boolean,
    revision?: number,
  ): Promise<NotesResult<{ note: Note }>> {
    return this.write(undefined, () =>
      this.db.transaction('rw', this.db.notes, async () => {
        const row = await this.db.notes.get(id);
        if (!row) throw new NotFound(id);
        const current = fromRow(row);
        if (revision !== undefined && row.revision !== revision) {
          throw new Conflict(current, { ...current, revision });
        }
        const now = this.now();
        const { deleted: _was, ...rest } = current;
        const next: Note = {
          ...rest,
          ...(deleted ? { deleted: now } : {}),
          modified: now,
          revision: row.revision + 1,
        };
        await this.db.notes.put(toRow(next));
        return { note: next };
      }),
    );
  }

  /** Deletes a note, softly: `restore` brings it back. With `revision`, refused if it changed. */
  remove(id: string, revision?: number): Promise<NotesResult<{ note: Note }>> {
    return this.setDeleted(id, true, revision);
  }

  /** Undoes `remove`. */
  restore(id: string): Promise<NotesResult<{ note: Note }>> {
    return this.setDeleted(id, false);
  }

  /** Removes for good the notes deleted before `before` (default: all deleted notes). Returns how many. */
  async purgeDeleted(before?: Date): Promise<number> {
    const limit = before?.toISOString();
    return this.db.notes
      .filter((row) => row.deleted !== undefined && (limit === undefined || row.deleted < limit))
      .delete();
  }

  /** The notes of a document (by its identity, or by any of its keys), in reading order. */
  async listByDocument(
    document: NoteDocument | string | readonly string[],
    filter: Omit<NoteFilter, 'document'> = {},
  ): Promise<Note[]> {
    const keys =
      typeof document === 'string' ? [document] : 'id' in document ? documentKeys(document) : document;
    return this.list({ ...filter, document: keys }, { order: 'reading' });
  }

  /** The notes that pass `filter` (all the not deleted ones by default). */
  async list(filter: NoteFilter = {}, options: ListOptions = {}): Promise<Note[]> {
    const rows = await this.query(filter);
    return this.finish(rows, filter, options);
  }

  /**
   * The notes whose text, quote or tags have words beginning with each of the query's words
   * (case and diacritics ignored), among those passing `filter`. An empty query lists them all.
   */
  async search(query: string, filter: NoteFilter = {}, options: ListOptions = {}): Promise<Note[]> {
    const terms = words(query);
    if (terms.length === 0) return this.list(filter, options);
    let ids: Set<string> | undefined;
    for (const term of terms.sort((a, b) => b.length - a.length)) {
      const keys = await this.db.notes.where('words').startsWith(term).primaryKeys();
      const next = new Set<string>();
      for (const key of keys) if (!ids || ids.has(key)) next.add(key);
      ids = next;
      if (ids.size === 0) return [];
    }
    const rows = (await this.db.notes.bulkGet([...ids!])).filter((row): row is NoteRow => row !== undefined);
    return this.finish(rows, filter, options);
  }

  /** Every tag in use (on notes not deleted), sorted, each once. */
  async tags(): Promise<string[]> {
    const tags = new Map<string, string>();
    await this.db.notes.each((row) => {
      if (row.deleted) return;
      for (const tag of row.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    });
    return [...tags.values()].sort((a, b) => a.localeCompare(b));
  }

  /**
   * The rows whose `index` holds any of `keys`: one equality query per key (each a single
   * `getAll` on the index), which is much faster than a cursor skipping between keys.
   */
  private async anyOf(index: 'docKeys' | 'linkKeys', keys: readonly string[]): Promise<NoteRow[]> {
    const lists = await Promise.all(
      [...new Set(keys)].map((key) => this.db.notes.where(index).equals(key).toArray()),
    );
    return lists.flat();
  }

  /** The rows one index gives for the most selective condition of `filter` (others are checked later). */
  private async query(filter: NoteFilter): Promise<NoteRow[]> {
    const notes = this.db.notes;
    if (filter.document !== undefined) {
      const keys = typeof filter.document === 'string' ? [filter.document] : [...filter.document];
      return this.anyOf('docKeys', keys);
    }
    if (filter.party !== undefined) return notes.where('linkKeys').equals(`party:${filter.party}`).toArray();
    if (filter.reference !== undefined) {
      return this.anyOf(
        'linkKeys',
        REFERENCE_KINDS.map((kind) => `${kind}:${filter.reference}`),
      );
    }
    if (filter.tag !== undefined) return notes.where('tags').equalsIgnoreCase(filter.tag).toArray();
    return notes.toArray();
  }

  private finish(rows: readonly NoteRow[], filter: NoteFilter, options: ListOptions): Note[] {
    const keys =
      filter.document === undefined
        ? undefined
        : new Set(typeof filter.document === 'string' ? [filter.document] : filter.document);
    const tag = filter.tag?.toLowerCase();
    const seen = new Set<string>();
    const kept: NoteRow[] = [];
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      if (row.deleted && !filter.includeDeleted) continue;
      if (keys && !row.docKeys.some((key) => keys.has(key))) continue;
      if (tag !== undefined && !row.tags.some((t) => t.toLowerCase() === tag)) continue;
      if (filter.party !== undefined && !row.linkKeys.includes(`party:${filter.party}`)) continue;
      if (
        filter.reference !== undefined &&
        !REFERENCE_KINDS.some((kind) => row.linkKeys.includes(`${kind}:${filter.reference}`))
      ) {
        continue;
      }
      kept.push(row);
    }
    const notes = kept.map(fromRow);
    if ((options.order ?? 'recent') === 'reading') {
      notes.sort((a, b) =>
        a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : readingOrder(a, b),
      );
    } else {
      notes.sort((a, b) =>
        a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.id < b.id ? -1 : 1,
      );
    }
    return notes;
  }

  /**
   * Stores `notes` in one transaction: all or, on any failure (an invalid note, a full
   * storage), none. `validated: true` skips the validation of notes that already passed it
   * (e.g. from `parseWebAnnotations`). Idempotent by id: a note that is there already is left as it is,
   * unless the incoming one was modified later, in which case it replaces it with a higher
   * revision (so that an editor holding the old one gets a conflict).
   */
  async importNotes(
    notes: readonly Note[],
    options: { validated?: boolean } = {},
  ): Promise<NotesResult<{ counts: ImportCounts }>> {
    if (!options.validated) {
      for (let index = 0; index < notes.length; index++) {
        const parsed = NoteSchema.safeParse(notes[index]);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const path = issue.path.join('.');
          return invalid(
            `Note ${index + 1} of ${notes.length} (${path}): ${issue.message}. Nothing was imported.`,
            {
              index,
              path,
            },
          );
        }
      }
    }
    return this.write(undefined, () =>
      this.db.transaction('rw', this.db.notes, async () => {
        const existing = await this.db.notes.bulkGet(notes.map((note) => note.id));
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
        const rows: NoteRow[] = [];
        notes.forEach((note, i) => {
          const row = existing[i];
          if (!row) {
            counts.added++;
            rows.push(toRow(note));
            return;
          }
          const current = fromRow(row);
          if (note.modified > current.modified && canonical(note) !== canonical(current)) {
            counts.updated++;
            rows.push(toRow({ ...note, revision: Math.max(note.revision, current.revision) + 1 }));
          } else {
            counts.unchanged++;
          }
        });
        if (rows.length > 0) await this.db.notes.bulkPut(rows);
        return { counts };
      }),
    );
  }

  /**
   * Imports a Web Annotation file (its text or parsed JSON): validated whole first (a bad entry
   * imports nothing and is named in the error), then stored as `importNotes` does.
   */
  async importWebAnnotations(input: unknown): Promise<NotesResult<{ counts: ImportCounts }>> {
    const parsed = parseWebAnnotations(input);
    if (!parsed.ok) {
      const { message, index, path } = parsed.error;
      return invalid(message, { index, path });
    }
    return this.importNotes(parsed.notes, { validated: true });
  }
}
