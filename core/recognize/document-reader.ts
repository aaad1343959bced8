/**
 * Meeting documents read by hand, without the regular expression of `documents.ts`, in the forms
 * documents use most: "CoP18 Doc. 21.3", "SC66 Doc. 20.2 (Rev. 1)", "CoP19 Inf. 12",
 * "CoP18 Prop. 46", "SC69 Sum. 4", "SC70 SR", "CoP18 Com. I Rec. 14", "AC31/PC25 Com. 9",
 * "AC31 Doc. 10/PC25 Doc. 11", with "Add.", "(Rev. 1)" and "Annex 4" after them and the gaps
 * (spaces, one line break) PDF text leaves between the parts.
 *
 * The reader follows the expression's first choice at every step (an optional part taken when
 * it is there, "II" before "I", the longest gap); when all of them succeed, that is the match the
 * expression finds, and the mention is pushed to `out` exactly as `documentsAt` would push it.
 * Where a step fails and the expression could still backtrack into another match, or the text
 * takes a form read here only by the expression (lists "Docs 57.1, 57.2", upper-case types,
 * numbers of four digits, letters outside ASCII where a boundary is tested), the reader says
 * `ASK` and the expression decides.
 */
import type { Mention } from './mention.ts';
import { digitsEnd, digitsValue, gapEnd, isRegexWordChar } from './reference-syntax.ts';

/** The text takes a form the reader leaves to the regular expression. */
export const ASK = -1;
/** No meeting document starts here. */
export const NONE = -2;

const C = 0x43;
const SLASH = 0x2f;
const DOT = 0x2e;
const SPACE = 0x20;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * After a part that must not run on into a letter or digit (`(?![\p{L}\d])`): 1 when `c` ends
 * it, 0 when it runs on (an ASCII letter or digit), -1 for a character outside ASCII, which the
 * reader does not classify.
 */
function boundary(c: number): number {
  if (c >= 0x80) return -1;
  return ((c | 0x20) - 0x61) >>> 0 < 26 || isDigit(c) ? 0 : 1;
}

/**
 * The end of a document number (`NUM`: "21", "21.3", "1.2.3.4") at `i`, or -1, left to the
 * expression: no digit there, or a run of more than three digits, where the expression would
 * backtrack into a shorter number.
 */
function numberEnd(text: string, i: number): number {
  const start = i;
  i = digitsEnd(text, i);
  if (i === start || i - start > 3) return -1;
  for (let groups = 0; groups < 3 && text.charCodeAt(i) === DOT; groups++) {
    const end = digitsEnd(text, i + 1);
    if (end === i + 1) break;
    if (end - i > 4) return -1;
    i = end;
  }
  return i;
}

/** "AC" or "PC" at `i`, as the body of a joint session: its name, or '' for neither. */
function committeeAt(text: string, i: number): string {
  if (text.charCodeAt(i + 1) !== C) return '';
  const b = text.charCodeAt(i);
  return b === 0x41 ? 'AC' : b === 0x50 ? 'PC' : '';
}

/** A document type word: its canonical name and its length in the text. */
interface DocumentType {
  readonly name: string;
  readonly length: number;
}
const DOC: DocumentType = { name: 'Doc.', length: 3 };
const INF: DocumentType = { name: 'Inf.', length: 3 };
const PROP: DocumentType = { name: 'Prop.', length: 4 };
const PLEN: DocumentType = { name: 'Plen.', length: 4 };
const SUM: DocumentType = { name: 'Sum.', length: 3 };

/** The document type word at `i`, or undefined. "Docs" is left to the expression (lists). */
function typeAt(text: string, i: number): DocumentType | undefined {
  switch (text.charCodeAt(i)) {
    case 0x44:
      if (text.startsWith('Doc', i)) return text.charCodeAt(i + 3) === 0x73 ? undefined : DOC;
      return text.startsWith('DOC', i) && text.charCodeAt(i + 3) !== 0x53 ? DOC : undefined;
    case 0x49:
      return text.startsWith('Inf', i) || text.startsWith('INF', i) ? INF : undefined;
    case 0x50:
      if (text.startsWith('Prop', i) || text.startsWith('PROP', i)) return PROP;
      return text.startsWith('Plen', i) || text.startsWith('PLEN', i) ? PLEN : undefined;
    case 0x53:
      return text.startsWith('Sum', i) || text.startsWith('SUM', i) ? SUM : undefined;
    default:
      return undefined;
  }
}

/** The suffix read by `suffixEnd`: " Add.", " (Rev. N)", " Annex N" as they go into the id. */
let suffixId = '';

/**
 * The end of the optional addendum, revision and annex (`SUFFIX`) after `i`, their canonical
 * text left in `suffixId`; `ASK` where a boundary after the annex number is outside ASCII.
 */
function suffixEnd(text: string, i: number): number {
  suffixId = '';
  // (?:GAP1 (Add|ADD)\.)?
  let p = gapEnd(text, i);
  if (p > i && (text.startsWith('Add.', p) || text.startsWith('ADD.', p))) {
    suffixId = ' Add.';
    i = p + 4;
  }
  // (?:GAP \\?\( GAP (Rev|REV|rev)\.? GAP (\d{1,2}) GAP \\?\))?
  p = gapEnd(text, i);
  if (text.charCodeAt(p) === 0x5c) p++;
  if (text.charCodeAt(p) === 0x28) {
    let r = gapEnd(text, p + 1);
    if (text.startsWith('Rev', r) || text.startsWith('REV', r) || text.startsWith('rev', r)) {
      r += 3;
      if (text.charCodeAt(r) === DOT) r++;
      r = gapEnd(text, r);
      const digits = r;
      r = digitsEnd(text, r);
      if (r - digits >= 1 && r - digits <= 2) {
        const value = digitsValue(text, digits, r);
        r = gapEnd(text, r);
        if (text.charCodeAt(r) === 0x5c) r++;
        if (text.charCodeAt(r) === 0x29) {
          suffixId += ` (Rev. ${value})`;
          i = r + 1;
        }
      }
    }
  }
  // (?:GAP1 (?:Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO) GAP (\d{1,2})(?![\p{L}\d]))?
  p = gapEnd(text, i);
  if (p > i && (text.charCodeAt(p) === 0x41 || text.charCodeAt(p) === 0x61)) {
    let word = 0;
    if (text.startsWith('Annexe', p) || text.startsWith('ANNEXE', p)) word = 6;
    else if (text.startsWith('Annex', p) || text.startsWith('ANNEX', p)) word = 5;
    else if (text.startsWith('Anexo', p) || text.startsWith('ANEXO', p)) word = 5;
    if (word > 0) {
      const digits = gapEnd(text, p + word);
      const end = digitsEnd(text, digits);
      if (end - digits >= 1 && end - digits <= 2) {
        const after = boundary(text.charCodeAt(end));
        if (after < 0) return ASK;
        if (after === 1) {
          suffixId += ` Annex ${digitsValue(text, digits, end)}`;
          i = end;
        }
      }
    }
  }
  return i;
}

/** The name of a meeting ("CoP18", "AC31/PC25") from its parts. */
function meetingName(body: string, number: number, joint: string, jointNumber: number): string {
  return joint === '' ? `${body}${number}` : `${body}${number}/${joint}${jointNumber}`;
}

/**
 * The meeting document starting at `index` (a C, S, A or P), pushed to `out`: the end of the
 * mention, `NONE` when the expression cannot match there, or `ASK`. Strings are built only for
 * a mention found, and its id is a slice of the text where the text reads as the id.
 */
export function readDocument(text: string, index: number, out: Mention[]): number {
  if (index > 0 && isRegexWordChar(text.charCodeAt(index - 1))) return NONE;
  // The meeting: (CoP|COP|SC|AC|PC) ?(\d{1,2})(?!\d), and a joint session (?:\/(AC|PC) ?(\d{1,2}))?
  // `canonical` stays true while the text reads exactly as the id ("CoP18 Doc. 21.3").
  let canonical = true;
  let body: string;
  let i: number;
  const c0 = text.charCodeAt(index);
  if (c0 === C) {
    const c1 = text.charCodeAt(index + 1);
    if ((c1 !== 0x6f && c1 !== 0x4f) || text.charCodeAt(index + 2) !== 0x50) return ASK;
    body = 'CoP';
    canonical = c1 === 0x6f;
    i = index + 3;
  } else {
    body = c0 === 0x53 ? 'SC' : committeeAt(text, index);
    if (body === '' || text.charCodeAt(index + 1) !== C) return ASK;
    i = index + 2;
  }
  if (text.charCodeAt(i) === SPACE) {
    i++;
    canonical = false;
  }
  const digits = i;
  i = digitsEnd(text, i);
  if (i - digits < 1 || i - digits > 2) return NONE;
  if (text.charCodeAt(digits) === 0x30) canonical = false;
  const number = digitsValue(text, digits, i);
  let joint = '';
  let jointNumber = 0;
  if (text.charCodeAt(i) === SLASH) {
    joint = committeeAt(text, i + 1);
    if (joint === '') return ASK;
    let j = i + 3;
    if (text.charCodeAt(j) === SPACE) j++;
    const jointDigits = j;
    j = digitsEnd(text, j);
    if (j - jointDigits < 1 || j - jointDigits > 2 || gapEnd(text, j) === j) return ASK;
    jointNumber = digitsValue(text, jointDigits, j);
    canonical = false;
    i = j;
  }
  // GAP1, then a type and its number, or "SR".
  const typeStart = gapEnd(text, i);
  if (typeStart === i) return NONE;
  if (typeStart !== i + 1 || text.charCodeAt(i) !== SPACE) canonical = false;
  i = typeStart;
  const t = text.charCodeAt(i);
  if (t !== 0x44 && t !== 0x49 && t !== 0x50 && t !== 0x53 && t !== C) return NONE;
  let id: string | undefined; // undefined while the text reads as the id (`canonical`)
  if (t === 0x53 && text.charCodeAt(i + 1) === 0x52) {
    // (SR)(?![\p{L}\d])
    const after = boundary(text.charCodeAt(i + 2));
    if (after <= 0) return after < 0 ? ASK : NONE;
    id = `${meetingName(body, number, joint, jointNumber)} SR`;
    i += 2;
  } else {
    let typeName: string;
    const type = typeAt(text, i);
    if (type !== undefined) {
      // An upper-case word ("DOC") or no full stop: the id differs from the text.
      if (text.charCodeAt(i + 1) < 0x61) canonical = false;
      i += type.length;
      if (text.charCodeAt(i) === DOT) i++;
      else canonical = false;
      typeName = type.name;
    } else if (text.startsWith('Com', i) || text.startsWith('COM', i)) {
      // (Com|COM)\.?(?:GAP(II|I)(?![\p{L}\d]))?(?:GAP(Rec|REC)\.?)?
      canonical = false;
      i += 3;
      if (text.charCodeAt(i) === DOT) i++;
      typeName = 'Com.';
      let p = gapEnd(text, i);
      if (text.charCodeAt(p) === 0x49) {
        // "II" then "I", each only where no letter or digit follows.
        const two = text.charCodeAt(p + 1) === 0x49;
        const after = boundary(text.charCodeAt(two ? p + 2 : p + 1));
        if (after < 0) return ASK;
        if (after === 1) {
          typeName = two ? 'Com. II' : 'Com. I';
          i = p + (two ? 2 : 1);
        }
      }
      p = gapEnd(text, i);
      if (text.startsWith('Rec', p) || text.startsWith('REC', p)) {
        typeName += ' Rec.';
        i = p + 3;
        if (text.charCodeAt(i) === DOT) i++;
      }
    } else {
      return ASK;
    }
    // GAP NUM
    const numberStart = gapEnd(text, i);
    if (numberStart !== i + 1 || text.charCodeAt(i) !== SPACE) canonical = false;
    i = numberEnd(text, numberStart);
    if (i < 0) return ASK;
    const slash = gapEnd(text, i);
    if (text.charCodeAt(slash) === SLASH) {
      // (?:GAP \/ GAP (AC|PC) ?(\d{1,2}) GAP1 Doc\.? GAP NUM)?: the joint session's document
      // (after "Com." too, where the expression's caller leaves it out of the id: asked).
      if (type === undefined) return ASK;
      let j = gapEnd(text, slash + 1);
      const second = committeeAt(text, j);
      if (second === '') return ASK;
      j += 2;
      if (text.charCodeAt(j) === SPACE) j++;
      const secondDigits = j;
      j = digitsEnd(text, j);
      if (j - secondDigits < 1 || j - secondDigits > 2) return ASK;
      const secondNumber = digitsValue(text, secondDigits, j);
      const doc = gapEnd(text, j);
      if (doc === j || !text.startsWith('Doc', doc)) return ASK;
      j = doc + 3;
      if (text.charCodeAt(j) === DOT) j++;
      const secondDocument = gapEnd(text, j);
      j = numberEnd(text, secondDocument);
      if (j < 0) return ASK;
      id =
        `${meetingName(body, number, joint, jointNumber)} ${typeName} ${text.slice(numberStart, i)}` +
        `/${second}${secondNumber} Doc. ${text.slice(secondDocument, j)}`;
      i = j;
    } else if (!canonical) {
      id = `${meetingName(body, number, joint, jointNumber)} ${typeName} ${text.slice(numberStart, i)}`;
    }
  }
  const end = suffixEnd(text, i);
  if (end < 0) return ASK;
  const mentionText = text.slice(index, end);
  // Read as the id: the mention's text is the id, or begins it.
  id ??= end === i ? mentionText : text.slice(index, i);
  out.push({ kind: 'document', id: id + suffixId, start: index, end, text: mentionText });
  return end;
}
