/**
 * The note editor, in the page (closed shadow root), the PDF viewer and the side panel: the
 * quoted passage, the note's text and tags. What is typed is kept in session storage (through
 * the background) until it is saved, so a full storage, a closed card or a reload loses nothing;
 * a note changed elsewhere meanwhile shows both versions to choose from or merge.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeTags, type Note, type NoteDocument, type NoteTarget } from '../../core/notes/note.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { NoteDraft, NotesErrorValue } from '../../core/schemas/notes-messages.ts';
import { askNotes } from './notes-client.ts';
import { notesText } from './notes-strings.ts';

/** A new note's passage, or the note being edited. */
export type EditorSubject =
  { kind: 'new'; document: NoteDocument; target: NoteTarget } | { kind: 'edit'; note: Note };

export interface NoteEditorProps {
  lang: Language;
  subject: EditorSubject;
  onDone(note: Note): void;
  onCancel(): void;
}

/** Where the draft of `subject` is kept. */
export function draftKey(subject: EditorSubject): string {
  if (subject.kind === 'edit') return `edit:${subject.note.id}`;
  const { document, target } = subject;
  return `new:${document.id}:${target.position?.start ?? ''}:${target.quote.exact.slice(0, 200)}`;
}

function splitTags(tags: string): string[] {
  return normalizeTags(tags.split(','));
}

const DRAFT_DELAY = 300;

/** The editor. */
export function NoteEditor({ lang, subject, onDone, onCancel }: NoteEditorProps) {
  const key = draftKey(subject);
  const base = subject.kind === 'edit' ? subject.note : undefined;
  const [body, setBody] = useState(base?.body ?? '');
  const [tags, setTags] = useState(base?.tags.join(', ') ?? '');
  /** The stored version the edit is based on (changes after choosing in a conflict). */
  const [against, setAgainst] = useState<Note | undefined>(base);
  const [error, setError] = useState<NotesErrorValue | { kind: 'failed'; message: string }>();
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef({ body, tags });
  latest.current = { body, tags };

  useEffect(() => {
    area.current?.focus();
    void askNotes({ type: 'notes.draft.get', key }).then((reply) => {
      const draft = reply.ok ? reply.value : null;
      if (!draft) return;
      setBody(draft.body);
      setTags(draft.tags);
      // A draft written against an older revision is saved against it: the change made since
      // then comes up as a conflict to resolve, not overwritten unseen.
      if (subject.kind === 'edit' && draft.revision !== undefined && draft.revision !== subject.note.revision)
        setAgainst({ ...subject.note, revision: draft.revision });
    });
    return () => clearTimeout(timer.current);
  }, [key]);

  const keepDraft = (next: { body: string; tags: string }) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const draft: NoteDraft = { ...next, ...(against ? { revision: against.revision } : {}) };
      void askNotes({ type: 'notes.draft.set', key, draft });
    }, DRAFT_DELAY);
  };

  const save = async (override?: Note) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    clearTimeout(timer.current);
    const { body: text, tags: tagText } = latest.current;
    // The draft is written at once, so that nothing typed is lost whatever happens next.
    const basis = override ?? against;
    await askNotes({
      type: 'notes.draft.set',
      key,
      draft: { body: text, tags: tagText, ...(basis ? { revision: basis.revision } : {}) },
    });
    const reply =
      subject.kind === 'new' && !basis
        ? await askNotes({
            type: 'notes.add',
            document: subject.document,
            target: subject.target,
            body: text,
            tags: splitTags(tagText),
          })
        : await askNotes({
            type: 'notes.update',
            note: { ...basis!, body: text, tags: splitTags(tagText) },
          });
    setBusy(false);
    if (!reply.ok) return setError({ kind: 'failed', message: reply.error });
    if (!reply.value.ok) return setError(reply.value.error);
    await askNotes({ type: 'notes.draft.clear', key });
    onDone(reply.value.note);
  };

  const keepSaved = (current: Note) => {
    void askNotes({ type: 'notes.draft.clear', key });
    onDone(current);
  };

  const merge = (current: Note) => {
    const mine = latest.current;
    const merged = {
      body: current.body === mine.body ? mine.body : `${current.body}\n\n${mine.body}`.trim(),
      tags: normalizeTags([...current.tags, ...splitTags(mine.tags)]).join(', '),
    };
    setBody(merged.body);
    setTags(merged.tags);
    setAgainst(current);
    setError(undefined);
    keepDraft(merged);
    area.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const quote = subject.kind === 'new' ? subject.target.quote.exact : subject.note.target.quote.exact;
  return (
    <form
      class="editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={onKeyDown}
    >
      <blockquote class="quote">{quote}</blockquote>
      <label>
        <span>{notesText('noteBody', lang)}</span>
        <textarea
          ref={area}
          name="body"
          rows={4}
          value={body}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLTextAreaElement).value;
            setBody(value);
            keepDraft({ body: value, tags });
          }}
        />
      </label>
      <label>
        <span>{notesText('tags', lang)}</span>
        <input
          name="tags"
          value={tags}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setTags(value);
            keepDraft({ body, tags: value });
          }}
        />
      </label>
      {error && (
        <EditorError lang={lang} error={error} mine={{ body, tags }} on={{ save, keepSaved, merge }} />
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? notesText('saving', lang) : notesText('save', lang)}
        </button>
        <button type="button" onClick={onCancel}>
          {notesText('cancel', lang)}
        </button>
        <span class="hint">{notesText('saveHint', lang)}</span>
      </div>
    </form>
  );
}

interface ErrorProps {
  lang: Language;
  error: NotesErrorValue | { kind: 'failed'; message: string };
  mine: { body: string; tags: string };
  on: {
    save(override?: Note): Promise<void>;
    keepSaved(current: Note): void;
    merge(current: Note): void;
  };
}

function EditorError({ lang, error, mine, on }: ErrorProps) {
  if (error.kind === 'quota') {
    return (
      <div role="alert" class="alert" data-error="quota">
        <p>{notesText('quotaFull', lang)}</p>
        <p>{notesText('draftKept', lang)}</p>
      </div>
    );
  }
  if (error.kind === 'conflict') {
    const { current } = error;
    return (
      <div role="alert" class="alert conflict" data-error="conflict">
        <p>{notesText('conflict', lang)}</p>
        <div class="versions">
          <section>
            <h4>{notesText('yourVersion', lang)}</h4>
            <p class="body">{mine.body}</p>
            <p class="tags">{mine.tags}</p>
          </section>
          <section>
            <h4>{notesText('savedVersion', lang)}</h4>
            <p class="body">{current.deleted ? '—' : current.body}</p>
            <p class="tags">{current.tags.join(', ')}</p>
          </section>
        </div>
        <div class="actions">
          <button type="button" data-choice="mine" onClick={() => void on.save(current)}>
            {notesText('keepMine', lang)}
          </button>
          <button type="button" data-choice="saved" onClick={() => on.keepSaved(current)}>
            {notesText('keepSaved', lang)}
          </button>
          <button type="button" data-choice="merge" onClick={() => on.merge(current)}>
            {notesText('merge', lang)}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p role="alert" class="alert">
      {notesText('failed', lang, { reason: error.message })}
    </p>
  );
}
