/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), out and in.
 *
 * Out: each note is an `Annotation` whose target is the document (`source`, its first address)
 * with a `TextQuoteSelector` and a `TextPositionSelector`, whose bodies are a `TextualBody` with
 * the note's text (`purpose: commenting`) and one `TextualBody` per tag (`purpose: tagging`).
 * What the model has no term for (the document's identity, the links, the revision, the
 * deletion) goes in properties named by absolute IRIs (`urn:cites-cb:document`, ...), which
 * JSON-LD keeps as they are and other tools ignore, so our own export comes back identical.
 *
 * In: a single Annotation, an array of them, an `AnnotationPage`, or an `AnnotationCollection`
 * whose pages are embedded (`first`, then each page's `next`). Every entry is checked before
 * anything is stored; the first bad one is reported with its number and its path in the file.
 */
import { z } from 'zod';
import { identifyDocument } from './document-identity.ts';
import { linksIn, normalizeTags, NoteDocumentSchema, NoteLinkSchema, NoteSchema, type Note } from './note.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our properties: absolute IRIs, so they need no context of their own. */
export const NOTE_DOCUMENT = 'urn:cites-cb:document';
export const NOTE_LINKS = 'urn:cites-cb:links';
export const NOTE_REVISION = 'urn:cites-cb:revision';
export const NOTE_DELETED = 'urn:cites-cb:deleted';
const DOCUMENT_URN = 'urn:cites-cb:document:';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One note as a Web Annotation. */
export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
  [NOTE_DOCUMENT]: Note['document'];
  [NOTE_LINKS]: Note['links'];
  [NOTE_REVISION]: number;
  [NOTE_DELETED]?: string;
}

export interface AnnotationCollection {
  '@context': string;
  id?: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** The note as a Web Annotation; `withContext: false` leaves out `@context` (inside a collection). */
export function toWebAnnotation(note: Note, withContext = true): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.body !== '')
    body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selector: (TextQuoteSelector | TextPositionSelector)[] = [
    { type: 'TextQuoteSelector', ...note.target.quote },
  ];
  if (note.target.position) selector.push({ type: 'TextPositionSelector', ...note.target.position });
  const annotation: WebAnnotation = {
    ...(withContext ? { '@context': ANNOTATION_CONTEXT } : {}),
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    created: note.created,
    modified: note.modified,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: note.document.urls[0] ?? DOCUMENT_URN + encodeURIComponent(note.document.id),
      selector,
    },
    [NOTE_DOCUMENT]: note.document,
    [NOTE_LINKS]: note.links,
    [NOTE_REVISION]: note.revision,
  };
  if (note.deleted) annotation[NOTE_DELETED] = note.deleted;
  return annotation;
}

/** The notes as one AnnotationCollection with a single embedded page. */
export function toAnnotationCollection(
  notes: readonly Note[],
  options: { id?: string; label?: string } = {},
): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    ...(options.id ? { id: options.id } : {}),
    type: 'AnnotationCollection',
    ...(options.label ? { label: options.label } : {}),
    total: notes.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map((note) => toWebAnnotation(note, false)),
    },
  };
}

/** The export file: the notes as an AnnotationCollection, as indented JSON. */
export function exportWebAnnotations(notes: readonly Note[], options: { label?: string } = {}): string {
  return `${JSON.stringify(toAnnotationCollection(notes, options), null, 2)}\n`;
}

/** Why an import was refused: which entry (0-based; -1 for the file as a whole), where, and why. */
export interface NoteImportError {
  kind: 'invalid';
  /** The entry's number in the file, 0-based; -1 when the file as a whole is wrong. */
  index: number;
  /** Where it is in the file, e.g. `first.next.items[3]`, then where in the entry. */
  path: string;
  /** A sentence for the user naming the entry and the reason. */
  message: string;
}

export type NoteImportParse = { ok: true; notes: Note[] } | { ok: false; error: NoteImportError };

class EntryError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: Json, type: string): boolean {
  const t = value.type;
  return t === type || (Array.isArray(t) && t.includes(type));
}

function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function dateTime(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw new EntryError(path, 'is not a date and time');
  return new Date(time).toISOString();
}

function noteId(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new EntryError('id', 'is missing (an Annotation has an IRI id)');
  const uuid =
    /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i.exec(
      value.trim(),
    );
  return uuid ? uuid[1]!.toLowerCase() : uuidFromIri(value.trim());
}

/**
 * A stable UUID (version 8) for an annotation whose id is not a UUID, so that importing the
 * same file again finds the same note. Four 32-bit FNV-1a hashes with different seeds.
 */
export function uuidFromIri(iri: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < iri.length; i++) {
      h ^= iri.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    return h >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function zodMessage(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0]!;
  return {
    path: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
    message: issue.message,
  };
}

function parseExtension<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const { path, message } = zodMessage(parsed.error);
    throw new EntryError(`${name}${path}`, message);
  }
  return parsed.data;
}

/** One Annotation as a note (throws an EntryError naming where it is wrong). */
function annotationToNote(value: unknown, now: string): Note {
  if (!isObject(value)) throw new EntryError('', 'is not an object');
  if (!hasType(value, 'Annotation')) throw new EntryError('type', 'is not "Annotation"');
  const id = noteId(value.id);

  // The target: the first one with a TextQuoteSelector.
  const targets = asList(value.target);
  if (targets.length === 0) throw new EntryError('target', 'is missing');
  let quote: Note['target']['quote'] | undefined;
  let position: Note['target']['position'];
  let source: string | undefined;
  targets.forEach((target, t) => {
    if (quote || !isObject(target)) return;
    const at = Array.isArray(value.target) ? `target[${t}]` : 'target';
    asList(target.selector).forEach((selector, s) => {
      const where = `${at}.selector${Array.isArray(target.selector) ? `[${s}]` : ''}`;
      if (!isObject(selector)) return;
      if (hasType(selector, 'TextQuoteSelector')) {
        if (typeof selector.exact !== 'string' || selector.exact === '') {
          throw new EntryError(`${where}.exact`, 'must be the quoted text (a non-empty string)');
        }
        for (const key of ['prefix', 'suffix'] as const) {
          if (selector[key] !== undefined && typeof selector[key] !== 'string') {
            throw new EntryError(`${where}.${key}`, 'must be a string');
          }
        }
        quote = {
          exact: selector.exact,
          prefix: (selector.prefix as string | undefined) ?? '',
          suffix: (selector.suffix as string | undefined) ?? '',
        };
      } else if (hasType(selector, 'TextPositionSelector')) {
        const { start, end } = selector;
        if (
          !Number.isInteger(start) ||
          !Number.isInteger(end) ||
          (start as number) < 0 ||
          (end as number) < (start as number)
        ) {
          throw new EntryError(where, 'start and end must be whole numbers, 0 ≤ start ≤ end');
        }
        position = { start: start as number, end: end as number };
      }
    });
    if (quote) source = typeof target.source === 'string' ? target.source : undefined;
  });
  if (!quote) throw new EntryError('target', 'has no TextQuoteSelector (a note is on a quoted passage)');

  // The bodies: text (commenting, describing, or no purpose) and tags.
  const texts: string[] = [];
  const tags: string[] = [];
  if (typeof value.bodyValue === 'string') texts.push(value.bodyValue);
  asList(value.body).forEach((body, b) => {
    if (!isObject(body)) return; // an IRI: a linked resource, not text
    const where = Array.isArray(value.body) ? `body[${b}]` : 'body';
    const textual = hasType(body, 'TextualBody') || (body.type === undefined && 'value' in body);
    if (!textual) return;
    if (typeof body.value !== 'string') throw new EntryError(`${where}.value`, 'must be a string');
    const purposes = asList(body.purpose);
    if (purposes.includes('tagging')) tags.push(body.value);
    else texts.push(body.value);
  });

  const created = dateTime(value.created, 'created');
  const modified = dateTime(value.modified, 'modified');
  const document =
    value[NOTE_DOCUMENT] !== undefined
      ? parseExtension(NoteDocumentSchema, value[NOTE_DOCUMENT], NOTE_DOCUMENT)
      : source?.startsWith(DOCUMENT_URN)
        ? { id: decodeURIComponent(source.slice(DOCUMENT_URN.length)), urls: [] }
        : source
          ? identifyDocument({ url: source })
          : undefined;
  if (!document) throw new EntryError('target.source', 'is missing (the document the note is on)');
  const links =
    value[NOTE_LINKS] !== undefined
      ? parseExtension(z.array(NoteLinkSchema), value[NOTE_LINKS], NOTE_LINKS)
      : linksIn(quote.exact);
  const revision =
    value[NOTE_REVISION] !== undefined
      ? parseExtension(z.number().int().positive(), value[NOTE_REVISION], NOTE_REVISION)
      : 1;
  const deleted = dateTime(value[NOTE_DELETED], NOTE_DELETED);

  const note = {
    id,
    document,
    target: position ? { quote, position } : { quote },
    body: texts.join('\n\n'),
    tags: normalizeTags(tags),
    links,
    created: created ?? modified ?? now,
    modified: modified ?? created ?? now,
    revision,
    ...(deleted ? { deleted } : {}),
  };
  const parsed = NoteSchema.safeParse(note);
  if (!parsed.success) {
    const { path, message } = zodMessage(parsed.error);
    throw new EntryError(path.replace(/^\./, ''), message);
  }
  return parsed.data;
}

interface Entry {
  value: unknown;
  path: string;
}

/** The annotations of a file with their paths, or an EntryError for the envelope. */
function entriesOf(input: unknown): Entry[] {
  const entries: Entry[] = [];
  const page = (value: unknown, path: string): void => {
    for (let depth = 0; value !== undefined; depth++) {
      if (typeof value === 'string') {
        throw new EntryError(path, 'is a page given only by its address; the file must embed its pages');
      }
      if (!isObject(value) || !hasType(value, 'AnnotationPage'))
        throw new EntryError(path, 'is not an AnnotationPage');
      if (!Array.isArray(value.items))
        throw new EntryError(`${path}.items`, 'must be an array of Annotations');
      value.items.forEach((item, i) => entries.push({ value: item, path: `${path}.items[${i}]` }));
      value = value.next;
      path = `${path}.next`;
      if (depth > 100_000) throw new EntryError(path, 'too many pages');
    }
  };
  if (Array.isArray(input)) {
    input.forEach((item, i) => entries.push({ value: item, path: `[${i}]` }));
  } else if (isObject(input) && hasType(input, 'AnnotationCollection')) {
    if (input.first !== undefined) page(input.first, 'first');
  } else if (isObject(input) && hasType(input, 'AnnotationPage')) {
    page(input, '');
  } else if (isObject(input) && hasType(input, 'Annotation')) {
    entries.push({ value: input, path: '' });
  } else {
    throw new EntryError(
      '',
      'is not a Web Annotation, an array of them, an AnnotationPage or an AnnotationCollection',
    );
  }
  return entries.map((e) => ({ ...e, path: e.path.replace(/^\./, '') }));
}

/**
 * Reads a Web Annotation file (its text or its parsed JSON) into notes, all or nothing: the
 * first entry that is not a valid annotation of a text passage makes the whole file refused,
 * naming the entry. Annotations of other tools become notes too (their document identified by
 * `target.source`, their links found in the quote). The same id twice with different contents
 * is refused; twice the same is read once.
 */
export function parseWebAnnotations(input: unknown, options: { now?: Date } = {}): NoteImportParse {
  const now = (options.now ?? new Date()).toISOString();
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          index: -1,
          path: '',
          message: `The file is not JSON: ${(error as Error).message}`,
        },
      };
    }
  }
  let entries: Entry[];
  try {
    entries = entriesOf(json);
  } catch (error) {
    const e = error as EntryError;
    return {
      ok: false,
      error: {
        kind: 'invalid',
        index: -1,
        path: e.path,
        message: `The file ${e.path ? `at ${e.path} ` : ''}${e.message}.`,
      },
    };
  }
  const notes: Note[] = [];
  const byId = new Map<string, { index: number; note: Note }>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const fail = (path: string, message: string): NoteImportParse => {
      const full = [entry.path, path].filter(Boolean).join('.').replace(/\.\[/g, '[');
      return {
        ok: false,
        error: {
          kind: 'invalid',
          index,
          path: full,
          message: `Annotation ${index + 1} of ${entries.length}${full ? ` (${full})` : ''}: ${message}. Nothing was imported.`,
        },
      };
    };
    let note: Note;
    try {
      note = annotationToNote(entry.value, now);
    } catch (error) {
      if (error instanceof EntryError) return fail(error.path, error.message);
      throw error;
    }
    const twin = byId.get(note.id);
    if (twin) {
      if (JSON.stringify(twin.note) !== JSON.stringify(note))
        return fail('id', `is also the id of annotation ${twin.index + 1}, with other contents`);
      continue;
    }
    byId.set(note.id, { index, note });
    notes.push(note);
  }
  return { ok: true, notes };
}
