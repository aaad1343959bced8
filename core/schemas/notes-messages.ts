/**
 * The notes' message contract: what the side panel, the content scripts and the PDF viewer may
 * ask the background (which owns the notes' database), what they get back, and the events the
 * background sends out when notes change. Request types start with `notes.`; every message is
 * parsed with these schemas on both sides of the channel.
 */
import { z } from 'zod';
import { NoteDocumentSchema, NoteSchema, NoteTargetSchema } from '../notes/note.ts';

const NoteIdSchema = z.uuid();

/** Which notes to list or export; all given conditions must hold. */
export const NotesFilterSchema = z.object({
  /** Any of these document keys (see `documentKeys`). */
  document: z.array(z.string().min(1)).max(64).optional(),
  tag: z.string().min(1).optional(),
  /** A Party's code. */
  party: z.string().min(1).optional(),
  /** A reference's id ("18.46", "SC66 Doc. 20.2"). */
  reference: z.string().min(1).optional(),
  /** Full-text search: each word must begin a word of the note's text, quote or tags. */
  query: z.string().max(1000).optional(),
});
export type NotesFilter = z.infer<typeof NotesFilterSchema>;

/** A note being written, kept in session storage until it is saved. */
export const NoteDraftSchema = z.object({
  body: z.string(),
  tags: z.string(),
  /** The revision of the note the draft edits (absent for a new note). */
  revision: z.number().int().positive().optional(),
});
export type NoteDraft = z.infer<typeof NoteDraftSchema>;

/** What a page (or the viewer) found of its document's notes: in reading order, and the others. */
export const PageNotesStateSchema = z.object({
  document: NoteDocumentSchema,
  anchored: z.array(NoteIdSchema),
  unanchored: z.array(NoteIdSchema),
});
export type PageNotesState = z.infer<typeof PageNotesStateSchema>;

const DraftKeySchema = z.string().min(1).max(2000);

/** Requests the background answers about notes. */
export const NotesRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('notes.add'),
    document: NoteDocumentSchema,
    target: NoteTargetSchema,
    body: z.string().max(1_000_000),
    tags: z.array(z.string()).max(200),
  }),
  /** The note as read (its revision then), edited. */
  z.object({ type: z.literal('notes.update'), note: NoteSchema }),
  z.object({
    type: z.literal('notes.remove'),
    ids: z.array(NoteIdSchema).min(1).max(100_000),
  }),
  z.object({ type: z.literal('notes.restore'), ids: z.array(NoteIdSchema).min(1).max(100_000) }),
  /** Deletes for good (after the user confirmed). */
  z.object({ type: z.literal('notes.purge'), ids: z.array(NoteIdSchema).max(100_000) }),
  z.object({ type: z.literal('notes.get'), id: NoteIdSchema }),
  z.object({
    type: z.literal('notes.list'),
    filter: NotesFilterSchema,
    order: z.enum(['recent', 'reading']).optional(),
  }),
  /** What the filters can choose from. */
  z.object({ type: z.literal('notes.facets') }),
  z.object({
    type: z.literal('notes.export'),
    format: z.enum(['jsonld', 'markdown', 'csv']),
    filter: NotesFilterSchema,
  }),
  /** A Web Annotation file's text. */
  z.object({ type: z.literal('notes.import'), text: z.string().max(64_000_000) }),
  z.object({ type: z.literal('notes.draft.get'), key: DraftKeySchema }),
  z.object({ type: z.literal('notes.draft.set'), key: DraftKeySchema, draft: NoteDraftSchema }),
  z.object({ type: z.literal('notes.draft.clear'), key: DraftKeySchema }),
  /** A page tells which of its document's notes it found (sender: its tab). */
  z.object({ type: z.literal('notes.page.report'), state: PageNotesStateSchema }),
  /** The page state of tab `tabId`, else of the page reported last. */
  z.object({ type: z.literal('notes.page.current'), tabId: z.number().int().optional() }),
  /** Scrolls tab `tabId` to the note's passage. */
  z.object({ type: z.literal('notes.reveal'), id: NoteIdSchema, tabId: z.number().int() }),
]);
export type NotesRequest = z.infer<typeof NotesRequestSchema>;
export type NotesRequestType = NotesRequest['type'];

/** Why a write was refused (see the notes repository). */
export const NotesErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quota'), message: z.string(), note: NoteSchema.optional() }),
  z.object({ kind: z.literal('conflict'), message: z.string(), current: NoteSchema, attempted: NoteSchema }),
  z.object({
    kind: z.literal('invalid'),
    message: z.string(),
    index: z.number().int().optional(),
    path: z.string().optional(),
  }),
  z.object({ kind: z.literal('not-found'), message: z.string(), id: z.string() }),
]);
export type NotesErrorValue = z.infer<typeof NotesErrorSchema>;

function outcome<T extends z.ZodRawShape>(shape: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), ...shape }),
    z.object({ ok: z.literal(false), error: NotesErrorSchema }),
  ]);
}

export const NoteWriteSchema = outcome({ note: NoteSchema });
export type NoteWrite = z.infer<typeof NoteWriteSchema>;
export const NotesWriteSchema = outcome({ notes: z.array(NoteSchema) });
export type NotesWrite = z.infer<typeof NotesWriteSchema>;
export const NotesImportSchema = outcome({
  counts: z.object({
    added: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
  }),
});
export type NotesImport = z.infer<typeof NotesImportSchema>;

/** The values the filters can take, from the notes not deleted. */
export const NotesFacetsSchema = z.object({
  tags: z.array(z.string()),
  parties: z.array(z.string()),
  references: z.array(z.string()),
  documents: z.array(z.object({ id: z.string(), title: z.string().optional(), count: z.number().int() })),
  total: z.number().int().nonnegative(),
});
export type NotesFacets = z.infer<typeof NotesFacetsSchema>;

/** The value each notes request answers with. */
export const NotesResponseSchemas = {
  'notes.add': NoteWriteSchema,
  'notes.update': NoteWriteSchema,
  'notes.remove': NotesWriteSchema,
  'notes.restore': NotesWriteSchema,
  'notes.purge': z.object({ purged: z.number().int().nonnegative() }),
  'notes.get': NoteSchema.nullable(),
  'notes.list': z.array(NoteSchema),
  'notes.facets': NotesFacetsSchema,
  'notes.export': z.object({ text: z.string(), count: z.number().int().nonnegative() }),
  'notes.import': NotesImportSchema,
  'notes.draft.get': NoteDraftSchema.nullable(),
  'notes.draft.set': z.object({ saved: z.boolean() }),
  'notes.draft.clear': z.object({ cleared: z.boolean() }),
  'notes.page.report': z.object({ tabId: z.number().int().nullable() }),
  'notes.page.current': z.object({ tabId: z.number().int(), state: PageNotesStateSchema }).nullable(),
  'notes.reveal': z.object({ shown: z.boolean() }),
} as const satisfies Record<NotesRequestType, z.ZodType>;

/** What the background sends out (to extension pages and to content scripts). */
export const NotesEventSchema = z.discriminatedUnion('type', [
  /** Notes were added, changed, deleted or imported: the documents they are on. */
  z.object({
    type: z.literal('notes.changed'),
    ids: z.array(z.string()),
    documents: z.array(z.string()),
  }),
  /** A page reported its notes (the side panel shows them). */
  z.object({ type: z.literal('notes.page.changed'), tabId: z.number().int() }),
  /** Start a note on the selection (the context menu or the keyboard shortcut) in tab `tabId`. */
  z.object({ type: z.literal('notes.start'), tabId: z.number().int() }),
  /** Scroll to a note's passage in tab `tabId`. */
  z.object({ type: z.literal('notes.show'), tabId: z.number().int(), id: NoteIdSchema }),
]);
export type NotesEvent = z.infer<typeof NotesEventSchema>;
