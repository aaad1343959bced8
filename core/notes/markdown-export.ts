/**
 * Notes as Markdown, to read or paste elsewhere: one section per document (its title or code,
 * its addresses), its notes in reading order, each with its quote as a block quote, its text,
 * its tags and what the quote mentions.
 */
import type { Note } from './note.ts';

export interface MarkdownOptions {
  /** The top heading (default "Notes"). */
  title?: string;
}

/** Markdown's special characters in running text, escaped. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function blockQuote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${escapeInline(line)}`.trimEnd())
    .join('\n');
}

/** The notes' reading order: by document, then by where the passage is, then by creation. */
export function readingOrder(a: Note, b: Note): number {
  const pa = a.target.position?.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.target.position?.start ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}

/** The notes (deleted ones left out) as a Markdown document, grouped by document. */
export function notesToMarkdown(notes: readonly Note[], options: MarkdownOptions = {}): string {
  const byDocument = new Map<string, Note[]>();
  for (const note of notes) {
    if (note.deleted) continue;
    const list = byDocument.get(note.document.id);
    if (list) list.push(note);
    else byDocument.set(note.document.id, [note]);
  }
  const lines: string[] = [`# ${escapeInline(options.title ?? 'Notes')}`, ''];
  const documents = [...byDocument.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [id, list] of documents) {
    list.sort(readingOrder);
    const document = list[0]!.document;
    const heading = document.title && document.title !== id ? `${document.title} (${id})` : id;
    lines.push(`## ${escapeInline(heading)}`, '');
    const urls = [...new Set(list.flatMap((note) => note.document.urls))];
    for (const url of urls) lines.push(`<${url}>`);
    if (urls.length > 0) lines.push('');
    for (const note of list) {
      lines.push(blockQuote(note.target.quote.exact), '');
      if (note.body.trim() !== '') lines.push(note.body.trim(), '');
      const meta: string[] = [];
      if (note.tags.length > 0)
        meta.push(`Tags: ${note.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
      if (note.links.length > 0)
        meta.push(`Mentions: ${note.links.map((l) => escapeInline(l.id)).join(', ')}`);
      meta.push(
        `Noted ${note.created.slice(0, 10)}${note.modified !== note.created ? `, edited ${note.modified.slice(0, 10)}` : ''}`,
      );
      lines.push(`*${meta.join(' · ')}*`, '', '---', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
