/**
 * Decisions of the Conference of the Parties: "Decision 18.46", "Décision 18.46",
 * "Decisión 18.46", "Decision 16.162 (Rev. CoP18)", lists ("Decisions 18.42 and 18.43": one
 * mention per decision) and ranges ("Decisions 18.39 to 18.46": one mention, id "18.39-18.46").
 */
import type { Mention } from '../../../../core/recognize/mention.ts';
import { DOTTED, GAP1, LIST, RANGE, REV_COP, stickyAt } from './reference-syntax.ts';

const HEAD = new RegExp(
  `\\b(?:[Dd][eé]cisions?|[Dd]ecisi[oó]n(?:es)?|D[EÉ]CISIONS?|DECISI[OÓ]N(?:ES)?)${GAP1}${DOTTED}(?:${REV_COP})?`,
  'g',
);
const NEXT = new RegExp(`(?:(${RANGE})|${LIST})${DOTTED}(?:${REV_COP})?`, 'yd');

/** Every decision mention in `text`, in order. */
export function findDecisions(text: string): Mention[] {
  const mentions: Mention[] = [];
  HEAD.lastIndex = 0;
  let head: RegExpExecArray | null;
  while ((head = HEAD.exec(text)) !== null) {
    let current: Mention = {
      kind: 'decision',
      id: head[1]!,
      start: head.index,
      end: HEAD.lastIndex,
      text: head[0],
    };
    mentions.push(current);
    let at = HEAD.lastIndex;
    let next: RegExpExecArray | null;
    while ((next = stickyAt(NEXT, text, at)) !== null) {
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
        mentions.push(current);
      }
      at = NEXT.lastIndex;
    }
    HEAD.lastIndex = at;
  }
  return mentions;
}
