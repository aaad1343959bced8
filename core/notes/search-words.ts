/**
 * The words a note is found by: lower-cased, diacritics folded ("Décision" is "decision"), split
 * at anything that is not a letter or a digit. The storage indexes them; a query is split the
 * same way and each of its words must begin one of the note's words.
 */
import type { Note } from './note.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of `text`, folded. */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return [...new Set(folded.match(WORD) ?? [])];
}

/** The words of a note's text, quote and tags. */
export function noteWords(note: Pick<Note, 'body' | 'tags' | 'target'>): string[] {
  return words(`${note.body} ${note.target.quote.exact} ${note.tags.join(' ')}`);
}
