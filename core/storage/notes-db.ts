/**
 * The notes' own IndexedDB database, `cites-cb-notes`, apart from the extension's settings and
 * datasets so that notes can be backed up, upgraded and benchmarked on their own.
 *
 * Schema versions (each stays as long as users may still have it):
 * - 1: `notes` keyed by id, indexed by document id, modification time and tags. Rows were
 *   `NoteRowV1`: the note's fields with the quote and position at the top level, no revision,
 *   no links, no deletion.
 * - 2 (current): rows are notes (`NoteSchema`) with index fields: `docKeys` (every key the
 *   document is known by), `words` (the word index for full-text search), `linkKeys`
 *   (`kind:id` of each link), `order` (where the passage starts, for reading order). The
 *   upgrade moves the selectors into `target`, finds the links in the quotes, starts revisions
 *   at 1 and fills the index fields.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { documentKeys } from '../notes/document-identity.ts';
import { linksIn, type Note } from '../notes/note.ts';
import { noteWords } from '../notes/search-words.ts';

export const NOTES_DB_NAME = 'cites-cb-notes';
export const NOTES_DB_VERSION = 2;

/** A row of schema version 1. */
export interface NoteRowV1 {
  id: string;
  document: { id: string; title?: string; urls: string[]; fingerprint?: string };
  quote: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  body: string;
  tags: string[];
  created: string;
  modified: string;
}

/** A row of the current schema: the note and its index fields. */
export type NoteRow = Note & {
  docKeys: string[];
  words: string[];
  linkKeys: string[];
  order: number;
};

/** Where a note without a position sorts: after the others. */
export const NO_POSITION = Number.MAX_SAFE_INTEGER;

/** The row that stores `note`. */
export function toRow(note: Note): NoteRow {
  return {
    ...note,
    docKeys: documentKeys(note.document),
    words: noteWords(note),
    linkKeys: note.links.map((link) => `${link.kind}:${link.id}`),
    order: note.target.position?.start ?? NO_POSITION,
  };
}

/** The note a row stores (without its index fields). */
export function fromRow(row: NoteRow): Note {
  const { docKeys: _d, words: _w, linkKeys: _l, order: _o, ...note } = row;
  return note;
}

/** The current row of a version-1 row. */
export function upgradeRowV1(old: NoteRowV1): NoteRow {
  const note: Note = {
    id: old.id,
    document: old.document,
    target: old.position ? { quote: old.quote, position: old.position } : { quote: old.quote },
    body: old.body,
    tags: old.tags,
    links: linksIn(old.quote.exact),
    created: old.created,
    modified: old.modified,
    revision: 1,
  };
  return toRow(note);
}

/** The stores of version 1, kept to open and upgrade databases of that version (and for tests). */
export const NOTES_SCHEMA_V1 = { notes: 'id, document.id, modified, *tags' } as const;
export const NOTES_SCHEMA_V2 = { notes: 'id, modified, *docKeys, *words, *tags, *linkKeys' } as const;

/** The notes database. */
export class NotesDB extends Dexie {
  notes!: EntityTable<NoteRow, 'id'>;

  /** @param name - the database name; tests and benchmarks pass their own. */
  constructor(name: string = NOTES_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(NOTES_SCHEMA_V1);
    this.version(2)
      .stores(NOTES_SCHEMA_V2)
      .upgrade(async (tx: Transaction) => {
        await tx
          .table('notes')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = upgradeRowV1(row as unknown as NoteRowV1);
          });
      });
  }
}

/** A version-1 database, as the first release created it: for upgrade tests and fixtures. */
export class NotesDBV1 extends Dexie {
  notes!: EntityTable<NoteRowV1, 'id'>;

  constructor(name: string = NOTES_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(NOTES_SCHEMA_V1);
  }
}
