/**
 * The notes panel (the browser's side panel, and the plain page `sidepanel.html`): the notes of
 * the document in the current tab in reading order (those not found in its text flagged), or all
 * notes; full-text search and filters; edit, delete with undo; export and import. It follows
 * changes made anywhere at once.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { documentKeys } from '../../core/notes/document-identity.ts';
import type { Note } from '../../core/notes/note.ts';
import { requestPersistentStorage } from '../../core/storage/notes-repo.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { NotesFacets, NotesFilter, PageNotesState } from '../../core/schemas/notes-messages.ts';
import { languageOf, useSettings } from '../components/use-settings.ts';
import { downloadText, exportFileName } from './download.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { NoteView } from './NoteView.tsx';
import { askNotes, listenToNotes } from './notes-client.ts';
import { notesText } from './notes-strings.ts';

type View = 'document' | 'all';
type Status = { kind: 'info' | 'error'; text: string; undo?: string[] } | undefined;

/** The tab whose document the panel shows: the active one, unless the panel is itself that tab. */
async function currentTabId(): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  return active?.id !== undefined && active.id !== self?.id ? active.id : undefined;
}

const EMPTY_FACETS: NotesFacets = { tags: [], parties: [], references: [], documents: [], total: 0 };

/** The panel. */
export function SidePanelApp() {
  const lang = languageOf(useSettings());
  const [view, setView] = useState<View>('document');
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Omit<NotesFilter, 'query'>>({});
  const [page, setPage] = useState<{ tabId: number; state: PageNotesState } | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [facets, setFacets] = useState<NotesFacets>(EMPTY_FACETS);
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [persisted, setPersisted] = useState<boolean>();
  const generation = useRef(0);
  const reloadRef = useRef<() => void>(() => undefined);

  const activeFilter: NotesFilter = useMemo(() => {
    const base: NotesFilter = view === 'all' ? { ...filter } : {};
    if (view === 'document' && page) base.document = documentKeys(page.state.document);
    if (query.trim() !== '') base.query = query;
    return base;
  }, [view, filter, page, query]);

  const reload = async () => {
    const mine = ++generation.current;
    const tabId = await currentTabId();
    const current = await askNotes({ type: 'notes.page.current', ...(tabId !== undefined ? { tabId } : {}) });
    const nextPage = current.ok ? current.value : null;
    const facetsReply = await askNotes({ type: 'notes.facets' });
    let list: Note[] = [];
    if (view === 'all' || nextPage) {
      const documentFilter: NotesFilter =
        view === 'document' && nextPage
          ? { document: documentKeys(nextPage.state.document), ...(query.trim() ? { query } : {}) }
          : { ...filter, ...(query.trim() ? { query } : {}) };
      const reply = await askNotes({
        type: 'notes.list',
        filter: documentFilter,
        order: view === 'document' ? 'reading' : 'recent',
      });
      list = reply.ok ? reply.value : [];
    }
    if (mine !== generation.current) return;
    setPage(nextPage);
    if (facetsReply.ok) setFacets(facetsReply.value);
    setNotes(view === 'document' && nextPage ? inPageOrder(list, nextPage.state) : list);
  };
  reloadRef.current = () => void reload();

  useEffect(() => {
    void reload();
  }, [view, filter, query]);

  useEffect(() => {
    void requestPersistentStorage().then((state) => setPersisted(state === 'persisted'));
    const stop = listenToNotes((event) => {
      if (event.type === 'notes.changed' || event.type === 'notes.page.changed') reloadRef.current();
    });
    const onTab = () => reloadRef.current();
    browser.tabs.onActivated.addListener(onTab);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onTab);
    };
  }, []);

  const remove = async (ids: string[]) => {
    const reply = await askNotes({ type: 'notes.remove', ids });
    if (reply.ok && reply.value.ok)
      setStatus({ kind: 'info', text: notesText('deleted', lang, { count: ids.length }), undo: ids });
    else
      setStatus({
        kind: 'error',
        text: reply.ok ? (reply.value.ok ? '' : reply.value.error.message) : reply.error,
      });
  };

  const undo = async (ids: string[]) => {
    await askNotes({ type: 'notes.restore', ids });
    setStatus(undefined);
  };

  const purgeShown = async () => {
    if (notes.length === 0) return;
    if (!window.confirm(notesText('confirmPurge', lang, { count: notes.length }))) return;
    const reply = await askNotes({ type: 'notes.purge', ids: notes.map((note) => note.id) });
    if (reply.ok) setStatus({ kind: 'info', text: notesText('purged', lang, { count: reply.value.purged }) });
  };

  const exportAs = async (format: 'jsonld' | 'markdown' | 'csv') => {
    const reply = await askNotes({ type: 'notes.export', format, filter: activeFilter });
    if (!reply.ok) return setStatus({ kind: 'error', text: reply.error });
    downloadText(reply.value.text, exportFileName(format));
  };

  const importFile = async (file: File) => {
    const reply = await askNotes({ type: 'notes.import', text: await file.text() });
    if (!reply.ok)
      return setStatus({ kind: 'error', text: notesText('importRefused', lang, { reason: reply.error }) });
    if (!reply.value.ok)
      return setStatus({
        kind: 'error',
        text: notesText('importRefused', lang, { reason: reply.value.error.message }),
      });
    setStatus({
      kind: 'info',
      text: notesText('imported', lang, reply.value.counts as unknown as Record<string, number>),
    });
  };

  const unanchored = new Set(view === 'document' && page ? page.state.unanchored : []);
  return (
    <main class="notes-panel" lang={lang} data-view={view}>
      <header>
        <h1>{notesText('notes', lang)}</h1>
        <div class="views" role="tablist">
          {(['document', 'all'] as const).map((name) => (
            <button
              type="button"
              role="tab"
              key={name}
              data-view={name}
              aria-selected={view === name}
              onClick={() => setView(name)}
            >
              {notesText(name === 'document' ? 'thisDocument' : 'allNotes', lang)}
            </button>
          ))}
        </div>
        <input
          type="search"
          class="search"
          aria-label={notesText('search', lang)}
          placeholder={notesText('search', lang)}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        {view === 'all' && <Filters lang={lang} facets={facets} filter={filter} onChange={setFilter} />}
      </header>
      {status && (
        <div
          class={status.kind === 'error' ? 'alert' : 'toast'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          <span class="status-text">{status.text}</span>
          {status.undo && (
            <button type="button" data-action="undo" onClick={() => void undo(status.undo!)}>
              {notesText('undo', lang)}
            </button>
          )}
          <button type="button" aria-label={notesText('close', lang)} onClick={() => setStatus(undefined)}>
            ×
          </button>
        </div>
      )}
      {view === 'document' && page && (
        <p class="doc-title">{page.state.document.title ?? page.state.document.id}</p>
      )}
      {view === 'document' && !page ? (
        <p class="empty">{notesText('noDocument', lang)}</p>
      ) : (
        <>
          <p class="count">{notesText('count', lang, { count: notes.length })}</p>
          {notes.length === 0 && <p class="empty">{notesText('noNotes', lang)}</p>}
          <div class="list">
            {notes.map((note) =>
              editing === note.id ? (
                <NoteEditor
                  key={note.id}
                  lang={lang}
                  subject={{ kind: 'edit', note }}
                  onDone={() => setEditing(undefined)}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <NoteView
                  key={note.id}
                  lang={lang}
                  note={note}
                  unanchored={unanchored.has(note.id)}
                  onEdit={() => setEditing(note.id)}
                  onDelete={() => void remove([note.id])}
                >
                  {view === 'document' && page && !unanchored.has(note.id) && (
                    <button
                      type="button"
                      data-action="reveal"
                      onClick={() => void askNotes({ type: 'notes.reveal', id: note.id, tabId: page.tabId })}
                    >
                      {notesText('showInPage', lang)}
                    </button>
                  )}
                </NoteView>
              ),
            )}
          </div>
        </>
      )}
      <footer>
        <fieldset class="export">
          <legend>{notesText('exportAs', lang)}</legend>
          <button type="button" data-export="jsonld" onClick={() => void exportAs('jsonld')}>
            {notesText('exportJson', lang)}
          </button>
          <button type="button" data-export="markdown" onClick={() => void exportAs('markdown')}>
            {notesText('exportMarkdown', lang)}
          </button>
          <button type="button" data-export="csv" onClick={() => void exportAs('csv')}>
            {notesText('exportCsv', lang)}
          </button>
        </fieldset>
        <label class="import">
          <span>{notesText('importFile', lang)}</span>
          <input
            type="file"
            name="import"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" class="danger" data-action="purge" onClick={() => void purgeShown()}>
          {notesText('deleteShown', lang)}
        </button>
        <p class="storage">{notesText(persisted === false ? 'storageNotPersistent' : 'storageKept', lang)}</p>
      </footer>
    </main>
  );
}

/** The document's notes in the order they were found in the page, then the ones not found, then any new. */
function inPageOrder(notes: readonly Note[], state: PageNotesState): Note[] {
  const rank = new Map<string, number>();
  [...state.anchored, ...state.unanchored].forEach((id, i) => rank.set(id, i));
  return [...notes].sort(
    (a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
}

interface FiltersProps {
  lang: Language;
  facets: NotesFacets;
  filter: Omit<NotesFilter, 'query'>;
  onChange(filter: Omit<NotesFilter, 'query'>): void;
}

function Filters({ lang, facets, filter, onChange }: FiltersProps) {
  const select = (
    name: 'tag' | 'party' | 'reference',
    label: 'anyTag' | 'anyParty' | 'anyReference',
    values: string[],
  ) => (
    <select
      name={name}
      aria-label={notesText(label, lang)}
      value={filter[name] ?? ''}
      onChange={(event) => {
        const value = (event.currentTarget as HTMLSelectElement).value;
        const { [name]: _drop, ...rest } = filter;
        onChange(value ? { ...rest, [name]: value } : rest);
      }}
    >
      <option value="">{notesText(label, lang)}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
    </select>
  );
  return (
    <div class="filters">
      {select('tag', 'anyTag', facets.tags)}
      {select('party', 'anyParty', facets.parties)}
      {select('reference', 'anyReference', facets.references)}
      <select
        name="document"
        aria-label={notesText('anyDocument', lang)}
        value={filter.document?.[0] ?? ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          const { document: _drop, ...rest } = filter;
          onChange(value ? { ...rest, document: [value] } : rest);
        }}
      >
        <option value="">{notesText('anyDocument', lang)}</option>
        {facets.documents.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {doc.title ? `${doc.title} (${doc.count})` : `${doc.id} (${doc.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
