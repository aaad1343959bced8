/**
 * Meeting documents of the Conference of the Parties (CoP) and of the Standing, Animals and
 * Plants Committees (SC, AC, PC): working documents "CoP18 Doc. 21.3", information documents
 * "CoP19 Inf. 12", proposals "CoP18 Prop. 46", in-session documents "CoP18 Com. I Rec. 14",
 * executive summaries "SC69 Sum. 4", summary records "SC70 SR", joint sessions
 * "AC31 Doc. 10/PC25 Doc. 11" (one mention), addenda "Add.", revisions "(Rev. 1)", annexes
 * "Annex 4", and lists "CoP17 Docs 57.1, 57.2 and 57.3" (one mention per document).
 *
 * The id is the canonical name: "CoP" for the Conference, "Doc. " with one space, "(Rev. 1)",
 * "Add.", "Annex 4"; e.g. "SC66 Doc.20.2 (Rev.1)" has the id "SC66 Doc. 20.2 (Rev. 1)".
 */
import type { Mention } from './mention.ts';
import { GAP, GAP1, LIST, REV_N, mayFollowInList, stickyAt } from './reference-syntax.ts';

const MEETING = '(CoP|COP|SC|AC|PC) ?(\\d{1,2})(?!\\d)';
const JOINT_MEETING = '(?:\\/(AC|PC) ?(\\d{1,2}))?';
const NUM = '(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?!\\d)';
/** Document types. Group: type word; Com. has its committee (I, II) and "Rec." groups. */
const TYPE =
  `(?:(Docs?|DOCS?|Inf|INF|Prop|PROP|Sum|SUM|Plen|PLEN)\\.?` +
  `|(Com|COM)\\.?(?:${GAP}(II|I)(?![\\p{L}\\d]))?(?:${GAP}(Rec|REC)\\.?)?)`;
const SUFFIX =
  `(?:${GAP1}(Add|ADD)\\.)?(?:${REV_N})?` +
  `(?:${GAP1}(?:Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO)${GAP}(\\d{1,2})(?![\\p{L}\\d]))?`;

// Groups: 1 body, 2 number, 3 joint body, 4 joint number, 5 type word, 6 Com, 7 I/II, 8 Rec,
// 9 document number, 10 joint second body, 11 its number, 12 its document number, 13 SR,
// 14 Add, 15 revision, 16 annex.
const HEAD = new RegExp(
  `\\b${MEETING}${JOINT_MEETING}(?:${GAP1}${TYPE}${GAP}${NUM}` +
    `(?:${GAP}\\/${GAP}(AC|PC) ?(\\d{1,2})${GAP1}Doc\\.?${GAP}${NUM})?` +
    `|${GAP1}(SR)(?![\\p{L}\\d]))${SUFFIX}`,
  'uy',
);
// Groups: 1 document number, 2 Add, 3 revision, 4 annex.
const NEXT = new RegExp(`${LIST}${NUM}${SUFFIX}`, 'yud');

const TYPE_NAMES: Readonly<Record<string, string>> = {
  doc: 'Doc.',
  docs: 'Doc.',
  inf: 'Inf.',
  prop: 'Prop.',
  sum: 'Sum.',
  plen: 'Plen.',
};

function body(word: string): string {
  return word.toUpperCase() === 'COP' ? 'CoP' : word;
}

function suffix(add: string | undefined, revision: string | undefined, annex: string | undefined): string {
  return (
    (add ? ' Add.' : '') +
    (revision ? ` (Rev. ${Number(revision)})` : '') +
    (annex ? ` Annex ${Number(annex)}` : '')
  );
}

/**
 * True when a meeting document may start at `index` (a C, S, A or P): the text reads "CoP",
 * "COP", "SC", "AC" or "PC" there, then a digit, perhaps after one space; a cheap test before
 * the regular expression.
 */
export function mayStartDocument(text: string, index: number): boolean {
  let i = index + 1;
  const c = text.charCodeAt(index);
  if (c === 0x43) {
    const o = text.charCodeAt(i);
    if ((o !== 0x6f && o !== 0x4f) || text.charCodeAt(i + 1) !== 0x50) return false;
    i += 2;
  } else {
    if (text.charCodeAt(i) !== 0x43) return false;
    i++;
  }
  let d = text.charCodeAt(i);
  if (d === 0x20) d = text.charCodeAt(i + 1);
  return d >= 0x30 && d <= 0x39;
}

/** True for a character `\b` counts as a word character: an ASCII letter or digit, or "_". */
function isRegexWordChar(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The end of the run of digits at `i`. */
function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The first index at or after `i` that is not a space, tab, no-break space or line break. */
function skipGap(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++i);
  return i;
}

/** Result of `simpleDocumentAt`: the text deviates from the simple forms; ask `HEAD`. */
const ASK = -1;
/** Result of `simpleDocumentAt`: `HEAD` cannot match here. */
const NONE = -2;

/**
 * The end of a document number `NUM` at `i` ("21", "21.3", "1.2.3.4"), or -1 when there is none
 * in the simple form (no digit, or a run of more than three digits, where `NUM` backtracks).
 */
function numberEnd(text: string, i: number): number {
  const start = i;
  i = digitsEnd(text, i);
  if (i === start || i - start > 3) return -1;
  for (let groups = 0; groups < 3 && text.charCodeAt(i) === 0x2e; groups++) {
    const end = digitsEnd(text, i + 1);
    if (end === i + 1) break;
    if (end - i > 4) return -1;
    i = end;
  }
  return i;
}

/**
 * The common forms "CoP18 Doc. 21.3", "SC66 Doc. 20.2 (Rev. 1)", "CoP19 Inf. 12",
 * "CoP18 Prop. 46", "SC69 Sum. 4" and "AC31 Doc. 10/PC25 Doc. 11" read by hand, pushed to `out`
 * exactly as `HEAD` would give them; the end of the mention, `NONE` when `HEAD` cannot match at
 * `index`, or `ASK` when the text deviates from these forms in any other way (lists, addenda,
 * annexes, other document types, other spacing) and the regular expression must decide.
 */
function simpleDocumentAt(text: string, index: number, out: Mention[]): number {
  if (index > 0 && isRegexWordChar(text.charCodeAt(index - 1))) return NONE;
  const c0 = text.charCodeAt(index);
  let i: number;
  let meetingBody: string;
  if (c0 === 0x43) {
    const c1 = text.charCodeAt(index + 1);
    if ((c1 !== 0x6f && c1 !== 0x4f) || text.charCodeAt(index + 2) !== 0x50) return ASK;
    meetingBody = 'CoP';
    i = index + 3;
  } else {
    meetingBody = c0 === 0x53 ? 'SC' : c0 === 0x41 ? 'AC' : c0 === 0x50 ? 'PC' : '';
    if (meetingBody === '' || text.charCodeAt(index + 1) !== 0x43) return ASK;
    i = index + 2;
  }
  if (text.charCodeAt(i) === 0x20) i++;
  const meetingStart = i;
  i = digitsEnd(text, i);
  if (i - meetingStart < 1 || i - meetingStart > 2) return NONE;
  const meetingEnd = i;
  const after = text.charCodeAt(i);
  if (after !== 0x20) {
    // HEAD goes on with a joint meeting "/PC25" or a gap (GAP1) only.
    return after === 0x2f || after === 0x09 || after === 0xa0 || after === 0x0a || after === 0x0d
      ? ASK
      : NONE;
  }
  while (text.charCodeAt(i) === 0x20) i++;
  let type: string;
  const t0 = text.charCodeAt(i);
  const t1 = text.charCodeAt(i + 1);
  const t2 = text.charCodeAt(i + 2);
  if (t0 === 0x44 && t1 === 0x6f && t2 === 0x63) type = 'Doc.';
  else if (t0 === 0x49 && t1 === 0x6e && t2 === 0x66) type = 'Inf.';
  else if (t0 === 0x53 && t1 === 0x75 && t2 === 0x6d) type = 'Sum.';
  else if (t0 === 0x50 && t1 === 0x72 && t2 === 0x6f && text.charCodeAt(i + 3) === 0x70) {
    type = 'Prop.';
    i++;
  } else return ASK;
  i += 3;
  if (text.charCodeAt(i) === 0x2e) i++;
  while (text.charCodeAt(i) === 0x20) i++;
  const numStart = i;
  i = numberEnd(text, i);
  if (i < 0) return ASK;
  let id = `${meetingBody}${Number(text.slice(meetingStart, meetingEnd))} ${type} ${text.slice(numStart, i)}`;
  if (text.charCodeAt(i) === 0x2f) {
    // "/PC25 Doc. 11", the joint session's document.
    const b0 = text.charCodeAt(i + 1);
    if ((b0 !== 0x41 && b0 !== 0x50) || text.charCodeAt(i + 2) !== 0x43) return ASK;
    let j = i + 3;
    if (text.charCodeAt(j) === 0x20) j++;
    const jointStart = j;
    j = digitsEnd(text, j);
    if (j === jointStart || j - jointStart > 2) return ASK;
    const jointEnd = j;
    if (text.charCodeAt(j) !== 0x20) return ASK;
    while (text.charCodeAt(j) === 0x20) j++;
    if (text.charCodeAt(j) !== 0x44 || text.charCodeAt(j + 1) !== 0x6f || text.charCodeAt(j + 2) !== 0x63)
      return ASK;
    j += 3;
    if (text.charCodeAt(j) === 0x2e) j++;
    while (text.charCodeAt(j) === 0x20) j++;
    const jointNumStart = j;
    j = numberEnd(text, j);
    if (j < 0) return ASK;
    id +=
      `/${b0 === 0x41 ? 'AC' : 'PC'}${Number(text.slice(jointStart, jointEnd))} Doc. ` +
      text.slice(jointNumStart, j);
    i = j;
  }
  let p = skipGap(text, i);
  let c = text.charCodeAt(p);
  if (c === 0x28 && p - i <= 1 && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) {
    // "(Rev. 1)", "(Rev.1)", "(Rev 1)": anything else goes to the regular expression.
    if (text.charCodeAt(p + 1) !== 0x52 || text.charCodeAt(p + 2) !== 0x65 || text.charCodeAt(p + 3) !== 0x76)
      return ASK;
    let r = p + 4;
    if (text.charCodeAt(r) === 0x2e) r++;
    if (text.charCodeAt(r) === 0x20) r++;
    const revStart = r;
    r = digitsEnd(text, r);
    if (r === revStart || r - revStart > 2 || text.charCodeAt(r) !== 0x29) return ASK;
    id += ` (Rev. ${Number(text.slice(revStart, r))})`;
    i = r + 1;
    p = skipGap(text, i);
    c = text.charCodeAt(p);
    if (c === 0x41) return ASK;
  } else if (c === 0x2f || c === 0x28 || c === 0x5c || c === 0x41) return ASK;
  out.push({ kind: 'document', id, start: index, end: i, text: text.slice(index, i) });
  return i;
}

/**
 * The meeting-document mentions starting at `index`, a document and the list that follows
 * ("CoP17 Docs 57.1, 57.2 and 57.3"), pushed to `out`; the end of the last one, or -1 when no
 * document starts there.
 */
export function documentsAt(text: string, index: number, out: Mention[]): number {
  const simple = simpleDocumentAt(text, index, out);
  if (simple !== ASK) return simple >= 0 ? simple : -1;
  const m = stickyAt(HEAD, text, index);
  if (m === null) return -1;
  const meeting = `${body(m[1]!)}${Number(m[2])}` + (m[3] ? `/${m[3]}${Number(m[4])}` : '');
  let prefix: string;
  let id: string;
  if (m[13]) {
    prefix = meeting;
    id = `${meeting} SR`;
  } else if (m[6]) {
    prefix = `${meeting} Com.` + (m[7] ? ` ${m[7]}` : '') + (m[8] ? ' Rec.' : '');
    id = `${prefix} ${m[9]}`;
  } else {
    const type = TYPE_NAMES[m[5]!.toLowerCase()]!;
    prefix = `${meeting} ${type}`;
    id = `${prefix} ${m[9]}`;
    if (m[10]) id += `/${m[10]}${Number(m[11])} Doc. ${m[12]}`;
  }
  id += suffix(m[14], m[15], m[16]);
  out.push({ kind: 'document', id, start: m.index, end: HEAD.lastIndex, text: m[0] });
  let at = HEAD.lastIndex;
  if ((m[5] === 'Docs' || m[5] === 'DOCS') && !m[10]) {
    let next: RegExpExecArray | null;
    while (mayFollowInList(text, at, false) && (next = stickyAt(NEXT, text, at)) !== null) {
      const start = next.indices![1]![0];
      out.push({
        kind: 'document',
        id: `${prefix} ${next[1]}${suffix(next[2], next[3], next[4])}`,
        start,
        end: NEXT.lastIndex,
        text: text.slice(start, NEXT.lastIndex),
      });
      at = NEXT.lastIndex;
    }
  }
  return at;
}
