/**
 * The background's answers to notes requests, over the notes repository. Every write tells the
 * other tabs and pages (`notes.changed`) so that they show it at once. No browser API is used
 * here directly: the wiring (`notes-background.ts`) passes in how to broadcast and where session
 * data lives, so the handlers run in unit tests as they are.
 */
import { documentKeys } from '../../core/notes/document-identity.ts';
import { notesToCsv } from '../../core/notes/csv-export.ts';
import { notesToMarkdown } from '../../core/notes/markdown-export.ts';
import { createNote, type Note } from '../../core/notes/note.ts';
import { exportWebAnnotations, parseWebAnnotations } from '../../core/notes/web-annotation.ts';
import {
  NoteDraftSchema,
  PageNotesStateSchema,
  type NoteDraft,
  type NotesEvent,
  type NotesFacets,
  type NotesFilter,
  type NotesRequest,
  type PageNotesState,
} from '../../core/schemas/notes-messages.ts';
import type { NotesRepository, NotesResult } from '../../core/storage/notes-repo.ts';

type Req<T extends NotesRequest['type']> = Extract<NotesRequest, { type: T }>;

/** Key-value storage that lasts as long as the browser session (`storage.session`). */
export interface SessionArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What the handlers need besides the repository. */
export interface NotesBackgroundDeps {
  /** Sends an event to the extension's pages and to the content scripts of all tabs. */
  broadcast(event: NotesEvent): void;
  session: SessionArea;
  /** Sends an event to one tab (its content script or viewer). */
  sendToTab(tabId: number, event: NotesEvent): Promise<boolean>;
}

/** Who sent a request: its tab, if it came from one. */
export interface NotesSender {
  tab?: { id?: number } | undefined;
}

const DRAFT_PREFIX = 'notes.draft:';
const PAGES_KEY = 'notes.pages';

interface PageRecord {
  tabId: number;
  at: number;
  state: PageNotesState;
}

/** The notes matching `filter`, searched when it has a query. */
async function find(
  repo: NotesRepository,
  filter: NotesFilter,
  order: 'recent' | 'reading' = 'recent',
): Promise<Note[]> {
  const { query, ...rest } = filter;
  const conditions = {
    ...(rest.document ? { document: rest.document } : {}),
    ...(rest.tag ? { tag: rest.tag } : {}),
    ...(rest.party ? { party: rest.party } : {}),
    ...(rest.reference ? { reference: rest.reference } : {}),
  };
  return query && query.trim() !== ''
    ? repo.search(query, conditions, { order })
    : repo.list(conditions, { order });
}

/** The facets of `notes`: every tag, Party, reference and document, each once. */
export function facetsOf(notes: readonly Note[]): NotesFacets {
  const tags = new Map<string, string>();
  const parties = new Set<string>();
  const references = new Set<string>();
  const documents = new Map<string, { id: string; title?: string; count: number }>();
  for (const note of notes) {
    for (const tag of note.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    for (const link of note.links) (link.kind === 'party' ? parties : references).add(link.id);
    const doc = documents.get(note.document.id);
    if (doc) doc.count++;
    else
      documents.set(note.document.id, {
        id: note.document.id,
        ...(note.document.title ? { title: note.document.title } : {}),
        count: 1,
      });
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    tags: sorted(tags.values()),
    parties: sorted(parties),
    references: sorted(references),
    documents: [...documents.values()].sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id)),
    total: notes.length,
  };
}

/**
 * The handlers of every notes request.
 *
 * @param repo - the notes repository
 * @param deps - broadcasting and session storage
 */
export function notesHandlers(repo: NotesRepository, deps: NotesBackgroundDeps) {
  const changed = (notes: readonly Note[]) => {
    if (notes.length === 0) return;
    deps.broadcast({
      type: 'notes.changed',
      ids: notes.map((note) => note.id),
      documents: [...new Set(notes.flatMap((note) => documentKeys(note.document)))],
    });
  };
  const afterWrite = <T extends { note: Note }>(result: NotesResult<T>) => {
    if (result.ok) changed([result.note]);
    return result;
  };
  /** Removes or restores each note; stops at the first refusal (the ones before stay done). */
  const eachNote = async (
    ids: readonly string[],
    action: (id: string) => Promise<NotesResult<{ note: Note }>>,
  ) => {
    const done: Note[] = [];
    for (const id of ids) {
      const result = await action(id);
      if (!result.ok) {
        changed(done);
        return { ok: false as const, error: result.error };
      }
      done.push(result.note);
    }
    changed(done);
    return { ok: true as const, notes: done };
  };
  // Page reports come from many tabs at once: their read-modify-write runs one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const pages = async (): Promise<PageRecord[]> => {
    const stored = await deps.session.get(PAGES_KEY);
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((value: unknown) => {
      const record = value as Partial<PageRecord>;
      const state = PageNotesStateSchema.safeParse(record?.state);
      return typeof record?.tabId === 'number' && typeof record.at === 'number' && state.success
        ? [{ tabId: record.tabId, at: record.at, state: state.data }]
        : [];
    });
  };

  return {
    'notes.add': async (request: Req<'notes.add'>) => {
      const note = createNote({
        document: request.document,
        target: request.target,
        body: request.body,
        tags: request.tags,
      });
      return afterWrite(await repo.add(note));
    },
    'notes.update': async (request: Req<'notes.update'>) => afterWrite(await repo.update(request.note)),
    'notes.remove': (request: Req<'notes.remove'>) => eachNote(request.ids, (id) => repo.remove(id)),
    'notes.restore': (request: Req<'notes.restore'>) => eachNote(request.ids, (id) => repo.restore(id)),
    'notes.purge': async (request: Req<'notes.purge'>) => {
      const rows = await repo.db.notes.bulkGet(request.ids);
      const notes = rows.filter((row): row is NonNullable<typeof row> => row !== undefined);
      await repo.db.notes.bulkDelete(notes.map((row) => row.id));
      changed(notes);
      return { purged: notes.length };
    },
    'notes.get': async (request: Req<'notes.get'>) => (await repo.get(request.id)) ?? null,
    'notes.list': (request: Req<'notes.list'>) => find(repo, request.filter, request.order),
    'notes.facets': async () => facetsOf(await repo.list()),
    'notes.export': async (request: Req<'notes.export'>) => {
      const notes = await find(repo, request.filter, 'reading');
      const text =
        request.format === 'jsonld'
          ? exportWebAnnotations(notes, { label: 'CITES capacity-building tracker: notes' })
          : request.format === 'markdown'
            ? notesToMarkdown(notes)
            : notesToCsv(notes);
      return { text, count: notes.length };
    },
    'notes.import': async (request: Req<'notes.import'>) => {
      const parsed = parseWebAnnotations(request.text);
      if (!parsed.ok) {
        const { message, index, path } = parsed.error;
        return { ok: false as const, error: { kind: 'invalid' as const, message, index, path } };
      }
      const result = await repo.importNotes(parsed.notes, { validated: true });
      if (result.ok && result.counts.added + result.counts.updated > 0) changed(parsed.notes);
      return result;
    },
    'notes.draft.get': async (request: Req<'notes.draft.get'>) => {
      const parsed = NoteDraftSchema.safeParse(await deps.session.get(DRAFT_PREFIX + request.key));
      return parsed.success ? parsed.data : null;
    },
    'notes.draft.set': async (request: Req<'notes.draft.set'>) => {
      const draft: NoteDraft = request.draft;
      await deps.session.set(DRAFT_PREFIX + request.key, draft);
      return { saved: true };
    },
    'notes.draft.clear': async (request: Req<'notes.draft.clear'>) => {
      await deps.session.remove(DRAFT_PREFIX + request.key);
      return { cleared: true };
    },
    'notes.page.report': async (request: Req<'notes.page.report'>, sender: NotesSender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { tabId: null };
      await serially(async () => {
        const others = (await pages()).filter((page) => page.tabId !== tabId);
        // Ordered by time; a few dozen tabs at most are kept.
        const next = [...others, { tabId, at: Date.now(), state: request.state }].slice(-50);
        await deps.session.set(PAGES_KEY, next);
      });
      deps.broadcast({ type: 'notes.page.changed', tabId });
      return { tabId };
    },
    'notes.page.current': async (request: Req<'notes.page.current'>) => {
      const known = await pages();
      const record =
        request.tabId !== undefined
          ? known.find((page) => page.tabId === request.tabId)
          : known[known.length - 1];
      return record ? { tabId: record.tabId, state: record.state } : null;
    },
    'notes.reveal': async (request: Req<'notes.reveal'>) => ({
      shown: await deps.sendToTab(request.tabId, {
        type: 'notes.show',
        tabId: request.tabId,
        id: request.id,
      }),
    }),
    /** Forgets a closed tab's page state. */
    forgetTab: (tabId: number) =>
      serially(async () => {
        const known = await pages();
        if (known.some((page) => page.tabId === tabId))
          await deps.session.set(
            PAGES_KEY,
            known.filter((page) => page.tabId !== tabId),
          );
      }),
  };
}

export type NotesHandlers = ReturnType<typeof notesHandlers>;
