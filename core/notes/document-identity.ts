/**
 * The identity of the document a note is on. A CITES document is the same document whether it
 * is read as HTML or as a PDF, at cites.org or at a copy elsewhere, in English, French or
 * Spanish, and in its revisions, so its notes follow it:
 *
 * 1. its CITES code, from a cites.org file name (`E-SC66-20-02.pdf` is "SC66 Doc. 20.2") or
 *    from the first lines of its text, where CITES documents print their own code;
 * 2. else, for a PDF, the pdf.js fingerprint: `pdf:<fingerprint>`;
 * 3. else its address, without the fragment: `url:<URL>`.
 *
 * Revisions ("(Rev. 1)") share the code of the original: the notes find their passages in the
 * revised text by fuzzy anchoring. Annexes keep theirs ("Annex 2"), being other texts.
 */
import type { Mention } from '../recognize/mention.ts';
import { recognize } from '../recognize/recognize.ts';
import type { NoteDocument } from './note.ts';

/** What the extension knows about the page or PDF being read. */
export interface DocumentInfo {
  url?: string;
  title?: string;
  /** The document's text, or its beginning: the code is looked for in its first characters. */
  text?: string;
  /** The pdf.js fingerprint (`pdfDocument.fingerprints[0]`). */
  fingerprint?: string;
}

/** How many characters of the text are searched for the document's own code. */
export const HEAD_LENGTH = 800;

const PDF_NAME = /\/([EFS])-([^/?#]+?)(?:_\d+)?\.pdf(?:[?#].*)?$/i;

function num(digits: string): string {
  return String(Number(digits));
}

/** "20-02" → "20.2"; "021-03" → "21.3". */
function dotted(parts: string): string {
  return parts.split('-').map(num).join('.');
}

/** The annex part of a file name's tail: "-A2" / "-Annex4" → " Annex 2"; "-A" → " Annex". */
function annex(tail: string | undefined): string {
  if (!tail) return '';
  const n = /\d+/.exec(tail)?.[0];
  return n ? ` Annex ${num(n)}` : ' Annex';
}

const REVISION = '(?:-R\\d+)?';
const ANNEX = '(?:-(A\\d*|Annex\\d+))?';
const MEETING_DOC = new RegExp(
  `^(CoP|SC|AC|PC)(\\d{1,2})-(\\d{1,3}(?:-\\d{1,2}){0,3})${REVISION}${ANNEX}${REVISION}$`,
  'i',
);
const JOINT_DOC = new RegExp(
  `^(AC|PC)(\\d{1,2})-(\\d{1,3}(?:-\\d{1,2}){0,3})-(AC|PC)(\\d{1,2})-(\\d{1,3}(?:-\\d{1,2}){0,3})${REVISION}${ANNEX}${REVISION}$`,
  'i',
);
const TYPED_DOC = new RegExp(
  `^(CoP|SC|AC|PC)(\\d{1,2})-(Inf|Prop|Sum)-(\\d{1,3}(?:-\\d{1,2}){0,3})${REVISION}${ANNEX}${REVISION}$`,
  'i',
);
const COM_DOC = /^(CoP)(\d{1,2})-Com-(I{1,2})(?:-(Rec))?-(\d{1,3})(?:-R\d+)?$/i;
const NOTIF = /^Notif-(\d{4})-(\d{1,3})$/i;
const RES = /^Res-(\d{1,2})-(\d{1,2})(?:-R\d+)?$/i;
const APPENDICES = /^Appendices-(\d{4}-\d{2}-\d{2})$/i;

function meeting(body: string, n: string): string {
  return `${body.toUpperCase() === 'COP' ? 'CoP' : body.toUpperCase()}${num(n)}`;
}

/**
 * The CITES code of a cites.org file, from its name (any site folder, any language letter,
 * Drupal's `_0` suffixes), or undefined when the name is not one of CITES's patterns.
 *
 * @example citesCodeFromUrl('https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf') // 'SC66 Doc. 20.2'
 */
export function citesCodeFromUrl(url: string): string | undefined {
  const file = PDF_NAME.exec(url);
  if (!file) return undefined;
  const name = file[2]!;
  let m: RegExpExecArray | null;
  if ((m = JOINT_DOC.exec(name))) {
    return `${meeting(m[1]!, m[2]!)} Doc. ${dotted(m[3]!)}/${meeting(m[4]!, m[5]!)} Doc. ${dotted(m[6]!)}${annex(m[7])}`;
  }
  if ((m = MEETING_DOC.exec(name))) return `${meeting(m[1]!, m[2]!)} Doc. ${dotted(m[3]!)}${annex(m[4])}`;
  if ((m = TYPED_DOC.exec(name))) {
    const type = m[3]!.charAt(0).toUpperCase() + m[3]!.slice(1).toLowerCase();
    return `${meeting(m[1]!, m[2]!)} ${type}. ${dotted(m[4]!)}${annex(m[5])}`;
  }
  if ((m = COM_DOC.exec(name))) {
    return `${meeting(m[1]!, m[2]!)} Com. ${m[3]!.toUpperCase()}${m[4] ? ' Rec.' : ''} ${num(m[5]!)}`;
  }
  if ((m = NOTIF.exec(name))) return `Notification ${m[1]}/${m[2]!.padStart(3, '0')}`;
  if ((m = RES.exec(name))) return `Res. Conf. ${num(m[1]!)}.${num(m[2]!)}`;
  if ((m = APPENDICES.exec(name))) return `Appendices ${m[1]}`;
  return undefined;
}

/** The identity code of a recognized mention: revisions dropped, kinds named. */
function codeOf(mention: Mention): string | undefined {
  switch (mention.kind) {
    case 'document':
      return mention.id.replace(/ \(Rev\. \d+\)/, '');
    case 'notification':
      return `Notification ${mention.id}`;
    case 'resolution':
      return `Res. Conf. ${mention.id}`;
    default:
      return undefined;
  }
}

/**
 * The CITES code a document prints in its first lines: the first meeting document named there,
 * else the first notification number, else (for a Resolution's own text, which begins with it)
 * a Resolution named in the first 80 characters or whose number the text begins with.
 */
export function citesCodeFromText(
  text: string,
  find: (text: string) => Mention[] = recognize,
): string | undefined {
  const head = text.slice(0, HEAD_LENGTH);
  const mentions = find(head);
  const first = (kind: Mention['kind'], within = HEAD_LENGTH): Mention | undefined =>
    mentions.find((m) => m.kind === kind && m.start < within);
  const mention = first('document') ?? first('notification') ?? first('resolution', 80);
  if (mention) return codeOf(mention);
  // A Resolution's own text begins with its number alone: "Conf. 12.5 (Rev. CoP19)".
  const resolution = /^\s*(?:Res\.\s*)?Conf\.\s*(\d{1,2})\.(\d{1,2})(?!\d)/.exec(head);
  return resolution ? `Res. Conf. ${num(resolution[1]!)}.${num(resolution[2]!)}` : undefined;
}

/** The URL without its fragment, or the string as given when it is not a URL. */
export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/** The identity of the document `info` describes (see the module's comment for the order). */
export function identifyDocument(info: DocumentInfo): NoteDocument {
  const url = info.url ? normalizeUrl(info.url) : undefined;
  const code = (url && citesCodeFromUrl(url)) || (info.text ? citesCodeFromText(info.text) : undefined);
  const fingerprint = info.fingerprint?.trim() || undefined;
  const id = code ?? (fingerprint ? `pdf:${fingerprint}` : url ? `url:${url}` : undefined);
  if (id === undefined) throw new Error('a document needs a URL, a text with a CITES code or a fingerprint');
  const document: NoteDocument = { id, urls: url ? [url] : [] };
  const title = info.title?.trim();
  if (title) document.title = title;
  if (fingerprint) document.fingerprint = fingerprint;
  return document;
}

/**
 * Every key the notes of this document may be stored under: its id, and (for notes written
 * before a code was known, or on another copy) its addresses and fingerprint. The storage
 * indexes each note under the same keys, so listing by these finds them all.
 */
export function documentKeys(document: Pick<NoteDocument, 'id' | 'urls' | 'fingerprint'>): string[] {
  const keys = new Set<string>([document.id]);
  for (const url of document.urls) keys.add(`url:${normalizeUrl(url)}`);
  if (document.fingerprint) keys.add(`pdf:${document.fingerprint}`);
  return [...keys];
}

/** The document with `url` added to its addresses (when new), e.g. when read at another copy. */
export function withUrl(document: NoteDocument, url: string): NoteDocument {
  const normalized = normalizeUrl(url);
  return document.urls.includes(normalized)
    ? document
    : { ...document, urls: [...document.urls, normalized] };
}
