/**
 * Resolutions of the Conference of the Parties: "Resolution Conf. 11.17 (Rev. CoP18)",
 * "Res. Conf. 18.3", "Résolution Conf. 11.17", "Resolución Conf. 11.17", and lists
 * ("Resolutions Conf. 10.10 (Rev. CoP18) and Conf. 11.17 (Rev. CoP18)": one mention each).
 * The id is the number ("11.17"); the revision stays in the mention's text.
 */
import type { Mention } from '../../../../core/recognize/mention.ts';
import { DOTTED, GAP, GAP1, LIST, REV_COP, stickyAt } from './reference-syntax.ts';

const CONF = `(?:Conf|CONF)\\.?${GAP}`;
const HEAD = new RegExp(
  `\\b(?:[Rr][eé]solutions?|[Rr]esoluci[oó]n(?:es)?|R[EÉ]SOLUTIONS?|RESOLUCI[OÓ]N(?:ES)?|Res\\.|Rés\\.|Resol\\.|RES\\.)${GAP1}${CONF}${DOTTED}(?:${REV_COP})?`,
  'g',
);
const NEXT = new RegExp(`${LIST}(${CONF})?${DOTTED}(?:${REV_COP})?`, 'yd');

/** Every resolution mention in `text`, in order. */
export function findResolutions(text: string): Mention[] {
  const mentions: Mention[] = [];
  HEAD.lastIndex = 0;
  let head: RegExpExecArray | null;
  while ((head = HEAD.exec(text)) !== null) {
    mentions.push({
      kind: 'resolution',
      id: head[1]!,
      start: head.index,
      end: HEAD.lastIndex,
      text: head[0],
    });
    let at = HEAD.lastIndex;
    let next: RegExpExecArray | null;
    while ((next = stickyAt(NEXT, text, at)) !== null) {
      // The mention starts at "Conf." when the item repeats it, else at the number.
      const start = next.indices![1]?.[0] ?? next.indices![2]![0];
      mentions.push({
        kind: 'resolution',
        id: next[2]!,
        start,
        end: NEXT.lastIndex,
        text: text.slice(start, NEXT.lastIndex),
      });
      at = NEXT.lastIndex;
    }
    HEAD.lastIndex = at;
  }
  return mentions;
}
