/**
 * Notes in a page or in the PDF viewer: finds the document's notes again in its text (fuzzily
 * when the text changed) and highlights them, offers "Add a note" by a selection (and on the
 * context menu and the keyboard shortcut, through the background, and Alt+Shift+N in the page),
 * opens a note from its highlight, tells the background which notes were found (for the side
 * panel), and follows changes made in other tabs. Everything it adds goes away with `destroy()`.
 */
import type { ComponentChild } from 'preact';
import { anchorNotes } from '../../core/notes/anchor.ts';
import { describeSelection } from '../../core/notes/describe-selection.ts';
import {
  documentKeys,
  HEAD_LENGTH,
  identifyDocument,
  type DocumentInfo,
} from '../../core/notes/document-identity.ts';
import type { Note, NoteDocument } from '../../core/notes/note.ts';
import type { Language } from '../../core/schemas/codes.ts';
import { highlightSpans, noteAt, removeHighlights } from './highlights.ts';
import { NoteEditor, type EditorSubject } from './NoteEditor.tsx';
import { NoteView } from './NoteView.tsx';
import { askNotes, listenToNotes } from './notes-client.ts';
import { notesText } from './notes-strings.ts';
import { NotesUiHost } from './notes-ui-host.ts';
import { HIGHLIGHT_TAG, rangeOffsets, readPageText, type PageText } from './page-text.ts';

/** What the notes of a page need. */
export interface PageNotesOptions {
  doc: Document;
  /** The element whose text is the document (a page's body, the viewer's pages). */
  root: Element;
  language: () => Language;
  /** What is known of the document besides its text: its address, title, PDF fingerprint. */
  describe: () => Omit<DocumentInfo, 'text'>;
  /** Resolves when the page is annotated (highlights wait for it). */
  ready?: Promise<unknown>;
  /** The tab the page is in, for events addressed to a tab (an extension page hears all of them). */
  ownTab?: () => Promise<number | undefined>;
}

/** The notes of one page. */
export interface PageNotes {
  /** Resolves once the notes were first loaded and highlighted. */
  loaded: Promise<void>;
  destroy(): void;
}

const SELECTION_DELAY = 120;

/**
 * Starts the notes in a page.
 *
 * @param options - the page and its document
 */
export function startPageNotes(options: PageNotesOptions): PageNotes {
  const { doc, root } = options;
  const ui = new NotesUiHost(doc);
  let document: NoteDocument | undefined;
  let notes: Note[] = [];
  let unanchored = new Set<string>();
  let selection: Range | undefined;
  let editing = false;
  let destroyed = false;
  let generation = 0;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  const lang = () => options.language();

  const identify = (page: PageText): NoteDocument =>
    (document ??= identifyDocument({ ...options.describe(), text: page.text.slice(0, HEAD_LENGTH) }));

  const render = () => {
    removeHighlights(root);
    const page = readPageText(root);
    const current = identify(page);
    const found = anchorNotes(page.text, notes);
    highlightSpans(
      page,
      found.anchored.map(({ note, anchor }) => ({ id: note.id, start: anchor.start, end: anchor.end })),
    );
    unanchored = new Set(found.unanchored.map((note) => note.id));
    void askNotes({
      type: 'notes.page.report',
      state: {
        document: current,
        anchored: found.anchored.map(({ note }) => note.id),
        unanchored: found.unanchored.map((note) => note.id),
      },
    });
  };

  const load = async () => {
    const mine = ++generation;
    const current = document ?? identify(readPageText(root));
    const reply = await askNotes({
      type: 'notes.list',
      filter: { document: documentKeys(current) },
      order: 'reading',
    });
    if (destroyed || mine !== generation) return;
    notes = reply.ok ? reply.value : notes;
    render();
  };

  const closePanel = () => {
    editing = false;
    ui.hidePanel();
  };

  const openPanel = (anchor: DOMRect, content: ComponentChild, label: string) => {
    ui.showPanel(anchor, content, label);
  };

  const edit = (anchor: DOMRect, subject: EditorSubject) => {
    editing = true;
    const label = notesText('noteOn', lang(), {
      quote: (subject.kind === 'new' ? subject.target : subject.note.target).quote.exact.slice(0, 60),
    });
    openPanel(
      anchor,
      <NoteEditor
        lang={lang()}
        subject={subject}
        onDone={(note) => {
          closePanel();
          if (subject.kind === 'new') doc.getSelection()?.removeAllRanges();
          notes = [...notes.filter((n) => n.id !== note.id), note];
          render();
        }}
        onCancel={closePanel}
      />,
      label,
    );
  };

  const currentRange = (): Range | undefined => {
    const selected = doc.getSelection();
    if (!selected || selected.isCollapsed || selected.rangeCount === 0) return undefined;
    const range = selected.getRangeAt(0);
    return root.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
  };

  const startNote = (range: Range | undefined = currentRange() ?? selection) => {
    if (!range) return;
    const page = readPageText(root);
    const offsets = rangeOffsets(page, range);
    if (!offsets) return;
    const target = describeSelection(page.text, offsets.start, offsets.end);
    ui.hideButton();
    edit(range.getBoundingClientRect(), { kind: 'new', document: identify(page), target });
  };

  const showNote = (id: string, element: HTMLElement) => {
    const note = notes.find((n) => n.id === id);
    if (!note) return;
    editing = false;
    const anchor = element.getBoundingClientRect();
    const remove = async () => {
      const reply = await askNotes({ type: 'notes.remove', ids: [id] });
      if (!reply.ok || !reply.value.ok) return;
      notes = notes.filter((n) => n.id !== id);
      render();
      ui.updatePanel(
        <div class="toast" role="status">
          <span>{notesText('deleted', lang(), { count: 1 })}</span>
          <button
            type="button"
            data-action="undo"
            onClick={() => void askNotes({ type: 'notes.restore', ids: [id] }).then(closePanel)}
          >
            {notesText('undo', lang())}
          </button>
          <button type="button" onClick={closePanel}>
            {notesText('close', lang())}
          </button>
        </div>,
      );
    };
    openPanel(
      anchor,
      <NoteView
        lang={lang()}
        note={note}
        unanchored={unanchored.has(id)}
        onEdit={() => edit(anchor, { kind: 'edit', note })}
        onDelete={() => void remove()}
      >
        <button type="button" onClick={closePanel}>
          {notesText('close', lang())}
        </button>
      </NoteView>,
      notesText('noteOn', lang(), { quote: note.target.quote.exact.slice(0, 60) }),
    );
  };

  const reveal = (id: string) => {
    const element = root.querySelector<HTMLElement>(`${HIGHLIGHT_TAG}[data-cites-note="${CSS.escape(id)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    showNote(id, element);
  };

  const checkSelection = () => {
    const range = currentRange();
    if (!range || range.toString().trim() === '') {
      ui.hideButton();
      return;
    }
    selection = range;
    const boxes = range.getClientRects();
    const last = boxes[boxes.length - 1] ?? range.getBoundingClientRect();
    ui.showButton(
      last,
      <button
        type="button"
        class="add-button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => startNote(selection)}
      >
        {notesText('addNote', lang())}
      </button>,
    );
  };

  const onSelectionChange = () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(checkSelection, SELECTION_DELAY);
  };

  const onClick = (event: Event) => {
    if (ui.isHost(event.target)) return;
    const hit = noteAt(event.target);
    const selected = doc.getSelection();
    if (hit && (!selected || selected.isCollapsed)) showNote(hit.id, hit.element);
    else if (!hit && ui.panelOpen && !editing) closePanel();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && event.shiftKey && event.code === 'KeyN') {
      event.preventDefault();
      startNote();
    } else if (event.key === 'Enter' && !ui.isHost(event.target)) {
      const hit = noteAt(event.target);
      if (hit) {
        event.preventDefault();
        showNote(hit.id, hit.element);
      }
    } else if (event.key === 'Escape' && ui.panelOpen && !ui.isHost(event.target)) closePanel();
  };

  const forThisTab = async (tabId: number) => (options.ownTab ? (await options.ownTab()) === tabId : true);

  const stopEvents = listenToNotes((event) => {
    if (destroyed) return;
    if (event.type === 'notes.changed') {
      if (!document) return;
      const keys = new Set(documentKeys(document));
      const ids = new Set(notes.map((note) => note.id));
      if (event.documents.some((key) => keys.has(key)) || event.ids.some((id) => ids.has(id))) void load();
    } else if (event.type === 'notes.start') {
      void forThisTab(event.tabId).then((yes) => yes && startNote());
    } else if (event.type === 'notes.show') {
      void forThisTab(event.tabId).then((yes) => yes && reveal(event.id));
    }
  });

  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);

  const loaded = (async () => {
    await options.ready;
    if (!destroyed) await load();
  })();

  return {
    loaded,
    destroy() {
      destroyed = true;
      clearTimeout(selectionTimer);
      stopEvents();
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      ui.destroy();
      removeHighlights(root);
    },
  };
}
