/**
 * Notes as CSV, one row per note, for a spreadsheet. Quoting by papaparse; cells that a
 * spreadsheet would read as a formula (=, +, -, @ first) are escaped.
 */
import Papa from 'papaparse';
import type { Note } from './note.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'document',
  'title',
  'url',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'note',
  'tags',
  'parties',
  'references',
  'created',
  'modified',
  'revision',
] as const;

/** A cell a spreadsheet would take for a formula (multi-line cells too, which papaparse's default misses). */
const FORMULA = /^[=+\-@\t\r]/;

/** The notes (deleted ones left out) as CSV with a header row; lists are joined with "; ". */
export function notesToCsv(notes: readonly Note[]): string {
  const rows = notes
    .filter((note) => !note.deleted)
    .map((note) => [
      note.id,
      note.document.id,
      note.document.title ?? '',
      note.document.urls[0] ?? '',
      note.target.quote.exact,
      note.target.quote.prefix,
      note.target.quote.suffix,
      note.target.position?.start ?? '',
      note.target.position?.end ?? '',
      note.body,
      note.tags.join('; '),
      note.links
        .filter((l) => l.kind === 'party')
        .map((l) => l.id)
        .join('; '),
      note.links
        .filter((l) => l.kind !== 'party')
        .map((l) => l.id)
        .join('; '),
      note.created,
      note.modified,
      note.revision,
    ]);
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA, newline: '\r\n' })}\r\n`;
}
