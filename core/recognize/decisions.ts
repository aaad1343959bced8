/**
 * Decisions of the Conference of the Parties: "Decision 18.46", "Décision 18.46",
 * "Decisión 18.46", "Decision 16.162 (Rev. CoP18)", lists ("Decisions 18.42 and 18.43": one
 * mention per decision) and ranges ("Decisions 18.39 to 18.46": one mention, id "18.39-18.46").
 */
import type { Mention } from './mention.ts';
import { DOTTED, GAP1, LIST, RANGE, REV_COP, mayFollowInList, stickyAt } from './reference-syntax.ts';

const HEAD = new RegExp(
  `\\b(?:[Dd][eé]cisions?|[Dd]ecisi[oó]n(?:es)?|D[EÉ]CISIONS?|DECISI[OÓ]N(?:ES)?)${GAP1}${DOTTED}(?:${REV_COP})?`,
  'y',
);
const NEXT = new RegExp(`(?:(${RANGE})|${LIST})${DOTTED}(?:${REV_COP})?`, 'yd');

/**
 * True when a decision may start at `index` (a D or d): the text goes on with "ecisi", "écisi",
 * "ECISI" or "ÉCISI", as in every spelling; a cheap test before the regular expression.
 */
export function mayStartDecision(text: string, index: number): boolean {
  const e = text.charCodeAt(index + 1);
  if (e === 0x65 || e === 0xe9) return text.startsWith('cisi', index + 2);
  if (e === 0x45 || e === 0xc9) return text.startsWith('CISI', index + 2);
  return false;
}

/**
 * The decision mentions starting at `index`, a head ("Decisions 18.39") and the list or range
 * that follows, pushed to `out`; the end of the last one, or -1 when no decision starts there.
 */
export function decisionsAt(text: string, index: number, out: Mention[]): number {
  const head = stickyAt(HEAD, text, index);
  if (head === null) return -1;
  let current: Mention = {
    kind: 'decision',
    id: head[1]!,
    start: head.index,
    end: HEAD.lastIndex,
    text: head[0],
  };
  out.push(current);
  let at = HEAD.lastIndex;
  let next: RegExpExecArray | null;
  while (mayFollowInList(text, at, true) && (next = stickyAt(NEXT, text, at)) !== null) {
    const id = next[2]!;
    if (next[1] !== undefined && !current.id.includes('-')) {
      current.id = `${current.id}-${id}`;
      current.end = NEXT.lastIndex;
      current.text = text.slice(current.start, current.end);
    } else if (next[1] !== undefined) {
      break;
    } else {
      const start = next.indices![2]![0];
      current = {
        kind: 'decision',
        id,
        start,
        end: NEXT.lastIndex,
        text: text.slice(start, NEXT.lastIndex),
      };
      out.push(current);
    }
    at = NEXT.lastIndex;
  }
  return at;
}
