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
import { ASK, readDocument } from './document-reader.ts';
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

/**
 * The meeting-document mentions starting at `index`, a document and the list that follows
 * ("CoP17 Docs 57.1, 57.2 and 57.3"), pushed to `out`; the end of the last one, or -1 when no
 * document starts there.
 */
export function documentsAt(text: string, index: number, out: Mention[]): number {
  const read = readDocument(text, index, out);
  if (read !== ASK) return read >= 0 ? read : -1;
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
