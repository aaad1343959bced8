import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../core/notes/note.ts';
import { BackgroundRequestSchema } from '../../core/schemas/messages.ts';
import {
  NotesEventSchema,
  NotesRequestSchema,
  NotesResponseSchemas,
  type NotesEvent,
  type NotesRequest,
} from '../../core/schemas/notes-messages.ts';
import { NotesDB } from '../../core/storage/notes-db.ts';
import { NotesRepository } from '../../core/storage/notes-repo.ts';
import { notesHandlers, type SessionArea } from '../../extension/notes/background-handlers.ts';

const opened: Dexie[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function setup(db = new NotesDB(`notes-handlers-${process.pid}-${++counter}`)) {
  opened.push(db);
  const events: NotesEvent[] = [];
  const store = new Map<string, unknown>();
  const session: SessionArea = {
    get: async (key) => store.get(key),
    set: async (key, value) => void store.set(key, structuredClone(value)),
    remove: async (key) => void store.delete(key),
  };
  const sent: [number, NotesEvent][] = [];
  const handlers = notesHandlers(new NotesRepository(db), {
    broadcast: (event) => events.push(event),
    session,
    sendToTab: async (tabId, event) => {
      sent.push([tabId, event]);
      return true;
    },
  });
  /** Sends a request as the messaging layer does: parsed first, the answer checked against its schema. */
  const ask = async <T extends NotesRequest['type']>(
    request: Extract<NotesRequest, { type: T }>,
    sender: { tab?: { id?: number } } = {},
  ) => {
    const parsed = NotesRequestSchema.parse(request) as Extract<NotesRequest, { type: T }>;
    const handler = handlers[request.type] as (r: typeof parsed, s: typeof sender) => Promise<unknown>;
    const value = await handler(parsed, sender);
    return NotesResponseSchemas[request.type].parse(value) as never as Awaited<
      ReturnType<(typeof handlers)[T]>
    >;
  };
  return { handlers, ask, events, sent, store };
}

const DOCUMENT = {
  id: 'AC31 Doc. 10/PC25 Doc. 11',
  title: 'Capacity-building',
  urls: ['http://127.0.0.1:8788/document.html'],
};

function target(exact: string, start = 100) {
  return {
    quote: { exact, prefix: 'before ', suffix: ' after' },
    position: { start, end: start + exact.length },
  };
}

async function added(ask: ReturnType<typeof setup>['ask'], exact: string, body: string, tags: string[] = []) {
  const reply = await ask({ type: 'notes.add', document: DOCUMENT, target: target(exact), body, tags });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.note;
}

describe('notes requests', () => {
  it('never share a type with the other background requests (both listeners run side by side)', () => {
    for (const option of NotesRequestSchema.options) {
      const type = option.shape.type.value;
      expect(type.startsWith('notes.')).toBe(true);
      expect(BackgroundRequestSchema.safeParse({ type }).success).toBe(false);
      expect(
        NotesEventSchema.safeParse({ type, ids: [], documents: [], tabId: 1, id: crypto.randomUUID() })
          .success,
      ).toBe(false);
    }
  });

  it('refuse malformed requests before they reach the handlers', () => {
    expect(NotesRequestSchema.safeParse({ type: 'notes.remove', ids: ['not-a-uuid'] }).success).toBe(false);
    expect(
      NotesRequestSchema.safeParse({
        type: 'notes.add',
        document: DOCUMENT,
        target: target(''),
        body: '',
        tags: [],
      }).success,
    ).toBe(false);
  });
});

describe('notes background handlers', () => {
  it('add a note with the Parties and references of its quote, and tell every tab', async () => {
    const { ask, events } = setup();
    const note = await added(ask, 'Pursuant to Decision 18.46, Mexico reported', 'follow up', [
      'Needs',
      ' needs ',
    ]);
    expect(note.revision).toBe(1);
    expect(note.tags).toEqual(['Needs']);
    expect(note.links).toEqual(
      expect.arrayContaining([
        { kind: 'decision', id: '18.46' },
        { kind: 'party', id: 'MX' },
      ]),
    );
    expect(events).toEqual([
      {
        type: 'notes.changed',
        ids: [note.id],
        documents: expect.arrayContaining([DOCUMENT.id, `url:${DOCUMENT.urls[0]}`]) as string[],
      },
    ]);
    expect(await ask({ type: 'notes.get', id: note.id })).toEqual(note);
  });

  it('refuse an edit made on an older revision with both versions, and store nothing', async () => {
    const { ask, events } = setup();
    const note = await added(ask, 'the Secretariat collected information', 'original');
    const first = await ask({ type: 'notes.update', note: { ...note, body: 'first tab' } });
    expect(first.ok && first.note.revision).toBe(2);
    const second = await ask({ type: 'notes.update', note: { ...note, body: 'second tab' } });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error).toMatchObject({
      kind: 'conflict',
      current: { body: 'first tab', revision: 2 },
      attempted: { body: 'second tab', revision: 1 },
    });
    expect((await ask({ type: 'notes.get', id: note.id }))?.body).toBe('first tab');
    expect(events).toHaveLength(2);
  });

  it('delete softly, restore, and delete for good', async () => {
    const { ask } = setup();
    const a = await added(ask, 'first passage', 'a');
    const b = await added(ask, 'second passage', 'b');
    const removed = await ask({ type: 'notes.remove', ids: [a.id, b.id] });
    expect(removed.ok && removed.notes.every((n) => n.deleted)).toBe(true);
    expect(await ask({ type: 'notes.list', filter: {} })).toEqual([]);
    await ask({ type: 'notes.restore', ids: [a.id] });
    expect((await ask({ type: 'notes.list', filter: {} })).map((n) => n.id)).toEqual([a.id]);
    expect(await ask({ type: 'notes.purge', ids: [a.id, b.id] })).toEqual({ purged: 2 });
    expect(await ask({ type: 'notes.get', id: b.id })).toBeNull();
  });

  it('search and filter by tag, Party, reference and document', async () => {
    const { ask } = setup();
    await added(ask, 'Kenya asked for training under Decision 18.46', 'workshop planned', ['training']);
    await added(ask, 'Mexico reported its needs', 'funding gap', ['funding']);
    const bodies = async (filter: NotesRequest & { type: 'notes.list' }) =>
      (await ask(filter)).map((n) => n.body).sort();
    expect(await bodies({ type: 'notes.list', filter: { query: 'work' } })).toEqual(['workshop planned']);
    expect(await bodies({ type: 'notes.list', filter: { tag: 'FUNDING' } })).toEqual(['funding gap']);
    expect(await bodies({ type: 'notes.list', filter: { party: 'KE' } })).toEqual(['workshop planned']);
    expect(await bodies({ type: 'notes.list', filter: { reference: '18.46' } })).toEqual([
      'workshop planned',
    ]);
    expect(await bodies({ type: 'notes.list', filter: { document: [DOCUMENT.id], query: 'gap' } })).toEqual([
      'funding gap',
    ]);
    expect(await ask({ type: 'notes.facets' })).toMatchObject({
      tags: ['funding', 'training'],
      parties: ['KE', 'MX'],
      references: ['18.46'],
      documents: [{ id: DOCUMENT.id, count: 2 }],
      total: 2,
    });
  });

  it('export and import back identical notes, idempotently; a bad entry imports nothing', async () => {
    const { ask } = setup();
    const notes = [
      await added(ask, 'first passage', 'one, "quoted"'),
      await added(ask, 'second passage', 'two\nlines'),
    ];
    const exported = await ask({ type: 'notes.export', format: 'jsonld', filter: {} });
    expect(exported.count).toBe(2);
    await ask({ type: 'notes.purge', ids: notes.map((n) => n.id) });
    const first = await ask({ type: 'notes.import', text: exported.text });
    expect(first).toEqual({ ok: true, counts: { added: 2, updated: 0, unchanged: 0 } });
    const again = await ask({ type: 'notes.import', text: exported.text });
    expect(again).toEqual({ ok: true, counts: { added: 0, updated: 0, unchanged: 2 } });
    const byId = (list: Note[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(await ask({ type: 'notes.list', filter: {} }))).toEqual(byId(notes));

    const file = JSON.parse(exported.text) as { first: { items: Record<string, unknown>[] } };
    file.first.items.push({
      type: 'Annotation',
      id: 'urn:uuid:0d9ab7a6-8c4e-4b51-9b3e-5f7f0b1c2d3e',
      target: {},
    });
    file.first.items[0]!.id = 'urn:uuid:1d9ab7a6-8c4e-4b51-9b3e-5f7f0b1c2d3e';
    const bad = await ask({ type: 'notes.import', text: JSON.stringify(file) });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toMatchObject({ kind: 'invalid', index: 2 });
    expect(bad.error.message).toContain('Annotation 3 of 3');
    expect(await ask({ type: 'notes.list', filter: {} })).toHaveLength(2);
    expect((await ask({ type: 'notes.import', text: '{ not json' })).ok).toBe(false);
  });

  it('export Markdown and CSV of the filtered notes', async () => {
    const { ask } = setup();
    await added(ask, 'Kenya asked for training', 'kenyan note', ['ke']);
    await added(ask, 'Mexico reported', 'mexican note', ['mx']);
    const markdown = await ask({ type: 'notes.export', format: 'markdown', filter: { tag: 'ke' } });
    expect(markdown.count).toBe(1);
    expect(markdown.text).toContain('> Kenya asked for training');
    expect(markdown.text).not.toContain('Mexico');
    const csv = await ask({ type: 'notes.export', format: 'csv', filter: {} });
    expect(csv.text.split('\n')[0]).toMatch(/^id,document,/);
    expect(csv.text).toContain('mexican note');
  });

  it('hand the note back when the storage is full, so the editor keeps it', async () => {
    const db = new NotesDB(`notes-handlers-full-${process.pid}-${++counter}`);
    const quotaFull: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'quota-full',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: () =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        }),
      }),
    };
    db.use(quotaFull);
    const { ask, events } = setup(db);
    const reply = await ask({
      type: 'notes.add',
      document: DOCUMENT,
      target: target('a passage'),
      body: 'not to be lost',
      tags: [],
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatchObject({ kind: 'quota', note: { body: 'not to be lost' } });
    expect(events).toEqual([]);
  });

  it('keep drafts in session storage until cleared', async () => {
    const { ask } = setup();
    expect(await ask({ type: 'notes.draft.get', key: 'new:x' })).toBeNull();
    await ask({ type: 'notes.draft.set', key: 'new:x', draft: { body: 'half a thought', tags: 'a, b' } });
    expect(await ask({ type: 'notes.draft.get', key: 'new:x' })).toEqual({
      body: 'half a thought',
      tags: 'a, b',
    });
    await ask({ type: 'notes.draft.clear', key: 'new:x' });
    expect(await ask({ type: 'notes.draft.get', key: 'new:x' })).toBeNull();
  });

  it('remember what each tab found of its document, for the side panel', async () => {
    const { ask, handlers, events, sent } = setup();
    const id = crypto.randomUUID();
    const state = { document: DOCUMENT, anchored: [id], unanchored: [] };
    expect(await ask({ type: 'notes.page.report', state })).toEqual({ tabId: null });
    expect(await ask({ type: 'notes.page.report', state }, { tab: { id: 7 } })).toEqual({ tabId: 7 });
    const other = { ...state, anchored: [], unanchored: [id] };
    await Promise.all([
      ask({ type: 'notes.page.report', state: other }, { tab: { id: 8 } }),
      ask({ type: 'notes.page.report', state: other }, { tab: { id: 9 } }),
    ]);
    expect(await ask({ type: 'notes.page.current', tabId: 7 })).toEqual({ tabId: 7, state });
    expect((await ask({ type: 'notes.page.current' }))?.tabId).toBe(9);
    expect(await ask({ type: 'notes.page.current', tabId: 99 })).toBeNull();
    await handlers.forgetTab(9);
    expect((await ask({ type: 'notes.page.current' }))?.tabId).toBe(8);
    expect(events.filter((e) => e.type === 'notes.page.changed')).toHaveLength(3);
    expect(await ask({ type: 'notes.reveal', id, tabId: 7 })).toEqual({ shown: true });
    expect(sent).toEqual([[7, { type: 'notes.show', tabId: 7, id }]]);
  });
});
