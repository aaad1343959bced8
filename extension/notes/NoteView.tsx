/**
 * A note as read: its quote, its text, its tags and what the quote mentions, with buttons to
 * edit or delete it. All of it rendered as text.
 */
import type { ComponentChildren } from 'preact';
import type { Note } from '../../core/notes/note.ts';
import type { Language } from '../../core/schemas/codes.ts';
import { notesText } from './notes-strings.ts';

export interface NoteViewProps {
  lang: Language;
  note: Note;
  /** Shown as not found in the document's text. */
  unanchored?: boolean;
  onEdit?(): void;
  onDelete?(): void;
  /** Further buttons. */
  children?: ComponentChildren;
}

/** One note. */
export function NoteView({ lang, note, unanchored, onEdit, onDelete, children }: NoteViewProps) {
  return (
    <article class={`note${unanchored ? ' unanchored' : ''}`} data-note-id={note.id}>
      {unanchored && <p class="flag">{notesText('unanchored', lang)}</p>}
      <blockquote class="quote">{note.target.quote.exact}</blockquote>
      {note.body !== '' && <p class="body">{note.body}</p>}
      {note.tags.length > 0 && (
        <ul class="tag-list">
          {note.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {note.links.length > 0 && (
        <p class="links">{notesText('mentions', lang, { list: note.links.map((l) => l.id).join(', ') })}</p>
      )}
      <p class="meta">
        <span class="doc">{note.document.title ?? note.document.id}</span> ·{' '}
        <time dateTime={note.modified}>{note.modified.slice(0, 10)}</time>
      </p>
      <div class="actions">
        {onEdit && (
          <button type="button" data-action="edit" onClick={onEdit}>
            {notesText('edit', lang)}
          </button>
        )}
        {onDelete && (
          <button type="button" data-action="delete" onClick={onDelete}>
            {notesText('delete', lang)}
          </button>
        )}
        {children}
      </div>
    </article>
  );
}
