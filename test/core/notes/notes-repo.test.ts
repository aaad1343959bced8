import { readFileSync } from 'node:fs';
import { Dexie, type DBCore, type Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createNote, exportWebAnnotations, type Note, type NewNote } from '../../../core/notes/index.ts';
import { NotesDB, NotesDBV1, NOTES_DB_VERSION, type NoteRowV1 } from '../../../core/storage/notes-db.ts';
import { isQuotaError, NotesRepository, requestPersistentStorage } from '../../../core/storage/notes-repo.ts';
import { noteArb } from './arbitraries.ts';

const opened: Dexie[] = [];
let counter = 0;

function freshName(): string {
  return `notes-test-${process.pid}-${++counter}`;
}

function repo(name = freshName()): NotesRepository {
  const r = NotesRepository.open(name);
  opened.push(r.db);
  return r;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const SC66 = {
  id: 'SC66 Doc. 20.2',
  urls: ['https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf'],
};

function input(exact: string, start: number, extra: Partial<NewNote> = {}): NewNote {
  return {
    document: SC66,
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } },
    ...extra,
  };
}

describe('NotesRepository: writing', () => {
  it('adds a note and refuses the same id twice', async () => {
    const notes = repo();
    const note = createNote(input('Viet Nam reported', 10, { body: 'to check' }));
    expect(await notes.add(note)).toEqual({ ok: true, note });
    expect(await notes.get(note.id)).toEqual(note);
    const again = await notes.add(note);
    expect(again.ok === false && again.error.kind).toBe('invalid');
  });

  it('refuses an invalid note', async () => {
    const result = await repo().add({ ...createNote(input('x', 0)), revision: 0 });
    expect(result.ok === false && result.error).toMatchObject({ kind: 'invalid', path: 'revision' });
  });

  it('updates with the current revision, refuses a stale one with both versions (two tabs)', async () => {
    const name = freshName();
    const tabA = repo(name);
    const tabB = repo(name);
    const note = createNote(input('Kenya', 0));
    await tabA.add(note);
    const readByA = (await tabA.get(note.id))!;
    const readByB = (await tabB.get(note.id))!;

    const savedA = await tabA.update({
      ...readByA,
      body: 'edited in tab A',
      target: input('Kenya and Uganda', 0).target,
    });
    expect(savedA.ok).toBe(true);
    if (!savedA.ok) return;
    expect(savedA.note.revision).toBe(2);
    expect(savedA.note.links.map((l) => l.id)).toEqual(['KE', 'UG']);

    const savedB = await tabB.update({ ...readByB, body: 'edited in tab B' });
    expect(savedB.ok).toBe(false);
    if (savedB.ok) return;
    expect(savedB.error.kind).toBe('conflict');
    if (savedB.error.kind !== 'conflict') return;
    expect(savedB.error.current).toEqual(savedA.note);
    expect(savedB.error.attempted.body).toBe('edited in tab B');
    expect((await tabB.get(note.id))?.body).toBe('edited in tab A');

    // Tab B merges and saves on the current revision.
    const merged = await tabB.update({ ...savedB.error.current, body: 'edited in tab A and tab B' });
    expect(merged.ok && merged.note.revision).toBe(3);
  });

  it('reports a missing note', async () => {
    const result = await repo().update(createNote(input('x', 0)));
    expect(result.ok === false && result.error.kind).toBe('not-found');
  });

  it('deletes softly and restores', async () => {
    const notes = repo();
    const note = createNote(input('Kenya', 0));
    await notes.add(note);
    const removed = await notes.remove(note.id, 1);
    expect(removed.ok && removed.note.deleted).toBeTruthy();
    expect(await notes.listByDocument(SC66)).toEqual([]);
    expect(await notes.list({ includeDeleted: true })).toHaveLength(1);
    const stale = await notes.remove(note.id, 1);
    expect(stale.ok === false && stale.error.kind).toBe('conflict');
    const restored = await notes.restore(note.id);
    expect(restored.ok && restored.note.deleted).toBeUndefined();
    expect(restored.ok && restored.note.revision).toBe(3);
    expect(await notes.listByDocument(SC66)).toHaveLength(1);
    await notes.remove(note.id);
    expect(await notes.purgeDeleted()).toBe(1);
    expect(await notes.get(note.id)).toBeUndefined();
  });
});

describe('NotesRepository: reading', () => {
  async function seeded(): Promise<{ notes: NotesRepository; all: Note[] }> {
    const notes = repo();
    const all = [
      createNote(input('Décisions 18.39 à 18.46 concernant Madagascar', 300, { tags: ['Capacity'] })),
      createNote(input('Viet Nam submitted its report', 20, { body: 'Ivory stockpiles' })),
      createNote(
        input('Notification to the Parties No. 2020/027', 5, {
          document: { id: 'url:https://example.org/report.html', urls: ['https://example.org/report.html'] },
          tags: ['capacity', 'workshop'],
        }),
      ),
    ];
    for (const note of all) expect((await notes.add(note)).ok).toBe(true);
    return { notes, all };
  }

  it("lists one document's notes in reading order, found by any of its keys", async () => {
    const { notes, all } = await seeded();
    expect((await notes.listByDocument(SC66)).map((n) => n.id)).toEqual([all[1]!.id, all[0]!.id]);
    // Read as the French PDF: same code.
    const french = {
      id: 'SC66 Doc. 20.2',
      urls: ['https://cites.org/sites/default/files/fra/com/sc/66/F-SC66-20-02.pdf'],
    };
    expect(await notes.listByDocument(french)).toHaveLength(2);
    // A copy whose code was not known when the note was written: found by its address.
    const copy = { id: 'CoP18 Doc. 21.3', urls: ['https://example.org/report.html'] };
    expect((await notes.listByDocument(copy)).map((n) => n.id)).toEqual([all[2]!.id]);
  });

  it('searches words, ignoring case and diacritics, by word beginnings', async () => {
    const { notes, all } = await seeded();
    expect((await notes.search('decisions')).map((n) => n.id)).toEqual([all[0]!.id]);
    expect((await notes.search('IVORY stock')).map((n) => n.id)).toEqual([all[1]!.id]);
    expect((await notes.search('capac')).map((n) => n.id).sort()).toEqual([all[0]!.id, all[2]!.id].sort());
    expect(await notes.search('capac', { document: SC66.id })).toHaveLength(1);
    expect(await notes.search('nothing-like-this')).toEqual([]);
  });

  it('filters by tag, Party, reference and document', async () => {
    const { notes, all } = await seeded();
    expect((await notes.list({ tag: 'CAPACITY' })).map((n) => n.id).sort()).toEqual(
      [all[0]!.id, all[2]!.id].sort(),
    );
    expect((await notes.list({ party: 'VN' })).map((n) => n.id)).toEqual([all[1]!.id]);
    expect((await notes.list({ party: 'MG' })).map((n) => n.id)).toEqual([all[0]!.id]);
    expect((await notes.list({ reference: '18.39-18.46' })).map((n) => n.id)).toEqual([all[0]!.id]);
    expect((await notes.list({ reference: '2020/027' })).map((n) => n.id)).toEqual([all[2]!.id]);
    expect(await notes.list({ tag: 'workshop', document: SC66.id })).toEqual([]);
    expect((await notes.tags()).map((t) => t.toLowerCase())).toEqual(['capacity', 'workshop']);
  });
});

describe('NotesRepository: import', () => {
  it('exports and imports into another database identically (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 6 }), async (notes) => {
        const source = repo();
        expect((await source.importNotes(notes)).ok).toBe(true);
        const file = exportWebAnnotations(await source.list({ includeDeleted: true }));
        const target = repo();
        const imported = await target.importWebAnnotations(file);
        expect(imported).toEqual({ ok: true, counts: { added: notes.length, updated: 0, unchanged: 0 } });
        const byId = (list: Note[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(await target.list({ includeDeleted: true }))).toEqual(byId(notes));
      }),
      { numRuns: 25 },
    );
  });

  it('imports the same file twice without duplicates, and newer versions as updates', async () => {
    const notes = repo();
    const a = createNote(input('Kenya', 0));
    const b = createNote(input('Uganda', 10));
    const file = exportWebAnnotations([a, b]);
    expect(await notes.importWebAnnotations(file)).toEqual({
      ok: true,
      counts: { added: 2, updated: 0, unchanged: 0 },
    });
    expect(await notes.importWebAnnotations(file)).toEqual({
      ok: true,
      counts: { added: 0, updated: 0, unchanged: 2 },
    });
    expect(await notes.list()).toHaveLength(2);
    const newer = { ...a, body: 'changed elsewhere', modified: new Date(Date.now() + 60_000).toISOString() };
    expect(await notes.importWebAnnotations(exportWebAnnotations([newer]))).toEqual({
      ok: true,
      counts: { added: 0, updated: 1, unchanged: 0 },
    });
    expect(await notes.get(a.id)).toMatchObject({ body: 'changed elsewhere', revision: 2 });
  });

  it('imports nothing from a file with one bad entry, and says which', async () => {
    const notes = repo();
    const good = JSON.parse(
      exportWebAnnotations([createNote(input('Kenya', 0)), createNote(input('Uganda', 9))]),
    );
    good.first.items[1].target.selector[1].start = -4;
    const result = await notes.importWebAnnotations(good);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      kind: 'invalid',
      index: 1,
      path: 'first.items[1].target.selector[1]',
    });
    expect(result.error.message).toContain('Annotation 2 of 2');
    expect(await notes.list({ includeDeleted: true })).toEqual([]);
  });
});

/** A middleware that fails every write as a full disk does. */
const quotaFull: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quota-full',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      };
    },
  }),
};

describe('NotesRepository: storage full', () => {
  it('reports a typed quota error and hands back the note being written', async () => {
    const db = new NotesDB(freshName());
    opened.push(db);
    db.use(quotaFull);
    const notes = new NotesRepository(db);
    const note = createNote(input('Kenya', 0, { body: 'not to be lost' }));
    const result = await notes.add(note);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'quota', note });
    const imported = await notes.importNotes([note]);
    expect(imported.ok === false && imported.error.kind).toBe('quota');
  });

  it('recognizes the quota error inside Dexie and abort wrappers', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError(new Error('other', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('exists'))).toBe(false);
  });

  it('asks the browser to persist storage where it can', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    const storage = (persisted: boolean, granted: boolean) => ({
      persisted: async () => persisted,
      persist: async () => granted,
    });
    expect(await requestPersistentStorage(storage(true, false))).toBe('persisted');
    expect(await requestPersistentStorage(storage(false, true))).toBe('persisted');
    expect(await requestPersistentStorage(storage(false, false))).toBe('refused');
  });
});

describe('NotesDB: upgrade', () => {
  it('upgrades a version-1 database (stored fixture) to the current schema', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/notes/notes-v1.json', import.meta.url), 'utf8'),
    ) as {
      version: number;
      notes: NoteRowV1[];
    };
    expect(fixture.version).toBe(1);
    const name = freshName();
    const v1 = new NotesDBV1(name);
    await v1.notes.bulkAdd(fixture.notes);
    expect(v1.verno).toBe(1);
    v1.close();

    const notes = repo(name);
    await notes.db.open();
    expect(notes.db.verno).toBe(NOTES_DB_VERSION);
    const all = await notes.list({}, { order: 'reading' });
    expect(all.map((n) => n.id).sort()).toEqual(fixture.notes.map((n) => n.id).sort());
    const first = (await notes.get('3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c'))!;
    expect(first).toEqual({
      id: '3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c',
      document: fixture.notes[0]!.document,
      target: { quote: fixture.notes[0]!.quote, position: { start: 412, end: 457 } },
      body: 'Compare with the needs reported by Viet Nam.',
      tags: ['capacity-building', 'follow-up'],
      links: [{ kind: 'decision', id: '18.39-18.46' }],
      created: '2024-03-01T09:15:00.000Z',
      modified: '2024-03-02T10:00:00.000Z',
      revision: 1,
    });
    expect((await notes.get('c9e8d7f6-5a4b-4c3d-a2e1-f0a9b8c7d6e5'))?.target.position).toBeUndefined();
    // The new indexes work on the upgraded rows.
    expect((await notes.search('ivory niap')).map((n) => n.id)).toEqual([
      'b2d4e6f8-1a3c-4e5a-8b7c-9d0e1f2a3b4c',
    ]);
    expect((await notes.list({ party: 'TZ' })).map((n) => n.id)).toEqual([
      'b2d4e6f8-1a3c-4e5a-8b7c-9d0e1f2a3b4c',
    ]);
    expect(await notes.list({ reference: '2020/027' })).toHaveLength(1);
    expect(
      await notes.listByDocument({ id: 'pdf:x', urls: [], fingerprint: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' }),
    ).toHaveLength(1);
    // And it can be written.
    const updated = await notes.update({ ...first, body: 'after the upgrade' });
    expect(updated.ok && updated.note.revision).toBe(2);
  });
});
