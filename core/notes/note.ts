/**
 * A note: a delegate's own remark on a passage of a CITES document, kept on the device.
 *
 * The note is anchored the way the W3C Web Annotation model anchors text: a quote selector (the
 * exact text with some context before and after) and a position selector (character offsets
 * into the document's text), plus the identity of the document, so that it follows the document
 * across formats, sites and language versions (see `document-identity.ts`).
 */
import { z } from 'zod';
import { MentionKindSchema, type Mention } from '../recognize/mention.ts';
import { recognize } from '../recognize/recognize.ts';

/** The document a note belongs to. */
export const NoteDocumentSchema = z.object({
  /** Its identity: a CITES code ("SC66 Doc. 20.2"), else `pdf:<fingerprint>` or `url:<URL>`. */
  id: z.string().min(1),
  title: z.string().optional(),
  /** The addresses it was read at, the first one first. */
  urls: z.array(z.string().min(1)),
  /** The pdf.js fingerprint of the PDF it was read in, if it was one. */
  fingerprint: z.string().min(1).optional(),
});
export type NoteDocument = z.infer<typeof NoteDocumentSchema>;

/** The quoted passage with the text just before and after it (W3C TextQuoteSelector). */
export const QuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type QuoteSelector = z.infer<typeof QuoteSelectorSchema>;

/** Where the passage was: UTF-16 offsets into the document's text (W3C TextPositionSelector). */
export const PositionSelectorSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start' });
export type PositionSelector = z.infer<typeof PositionSelectorSchema>;

/** The passage a note is on. `position` is absent for notes imported without one. */
export const NoteTargetSchema = z.object({
  quote: QuoteSelectorSchema,
  position: PositionSelectorSchema.optional(),
});
export type NoteTarget = z.infer<typeof NoteTargetSchema>;

/** A Party or CITES reference the quoted text mentions (kind and canonical id, as the recognizer gives them). */
export const NoteLinkSchema = z.object({ kind: MentionKindSchema, id: z.string().min(1) });
export type NoteLink = z.infer<typeof NoteLinkSchema>;

export const NoteSchema = z.object({
  id: z.uuid(),
  document: NoteDocumentSchema,
  target: NoteTargetSchema,
  body: z.string(),
  tags: z.array(z.string().min(1)),
  links: z.array(NoteLinkSchema),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
  /** Starts at 1 and grows by one with each stored change; an update must carry the current one. */
  revision: z.number().int().positive(),
  /** When the note was deleted; a deleted note can be restored. */
  deleted: z.iso.datetime({ offset: true }).optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/** Trims the tags, drops the empty ones and the repeated ones (ignoring case), keeping the order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag);
  }
  return kept;
}

/** The Parties and references `text` mentions, each once, in the order first found. */
export function linksIn(text: string, find: (text: string) => Mention[] = recognize): NoteLink[] {
  const seen = new Set<string>();
  const links: NoteLink[] = [];
  for (const mention of find(text)) {
    const key = `${mention.kind}:${mention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ kind: mention.kind, id: mention.id });
  }
  return links;
}

/** What `createNote` needs. */
export interface NewNote {
  document: NoteDocument;
  target: NoteTarget;
  body?: string;
  tags?: readonly string[];
}

/** Deterministic parts of `createNote`, for tests. */
export interface CreateNoteOptions {
  id?: string;
  now?: Date;
  recognize?: (text: string) => Mention[];
}

/**
 * A new note (revision 1) on `input.target`, its links found by the recognizer in the quoted text.
 * Throws a zod error when the input is not a valid note.
 */
export function createNote(input: NewNote, options: CreateNoteOptions = {}): Note {
  const now = (options.now ?? new Date()).toISOString();
  return NoteSchema.parse({
    id: options.id ?? crypto.randomUUID(),
    document: input.document,
    target: input.target,
    body: input.body ?? '',
    tags: normalizeTags(input.tags ?? []),
    links: linksIn(input.target.quote.exact, options.recognize),
    created: now,
    modified: now,
    revision: 1,
  });
}

/** The note with its quote's links found again (after the quote changed). */
export function relink(note: Note, find: (text: string) => Mention[] = recognize): Note {
  return { ...note, links: linksIn(note.target.quote.exact, find) };
}
