/**
 * Notifications to the Parties: "Notification to the Parties No. 2020/027", "Notif. No.
 * 2020/027", "Notifications 2020/056 and 2020/057" (one mention each), "Notification aux Parties
 * n° 2020/027", "Notificación a las Partes No. 2020/027", and headings in capitals. The id is
 * "YYYY/NNN", the number written with three digits ("2020/0027" and "2020/27" are "2020/027").
 */
import type { Mention } from '../../../../core/recognize/mention.ts';
import { GAP, GAP1, LIST, stickyAt } from './reference-syntax.ts';

const NUMBER_SIGN = `(?:nos?|n[°º]s?|n\\.[°º]|nr|núm|num)\\.?`;
const NUMBER = `(\\d{4})${GAP}\\/${GAP}(\\d{1,4})(?!\\d)`;
/** A cheap, case-sensitive search for where a notification reference may start. */
const CANDIDATE = /[Nn]otif|NOTIF/g;
const HEAD = new RegExp(
  `(?:notifications?|notif\\.|notificaci[oó]n(?:es)?)` +
    `(?:${GAP1}(?:to|aux|a)${GAP1}(?:(?:the|las)${GAP1})?part(?:ies|es))?` +
    `(?:${GAP1}${NUMBER_SIGN})?${GAP}${NUMBER}`,
  'iuy',
);
const NEXT = new RegExp(`${LIST}(?:${NUMBER_SIGN}${GAP})?${NUMBER}`, 'yid');

/** The canonical id of notification `number` of `year`. */
export function notificationId(year: string, number: string): string {
  return `${year}/${String(Number.parseInt(number, 10)).padStart(3, '0')}`;
}

/** Every notification mention in `text`, in order. */
export function findNotifications(text: string): Mention[] {
  const mentions: Mention[] = [];
  CANDIDATE.lastIndex = 0;
  let candidate: RegExpExecArray | null;
  while ((candidate = CANDIDATE.exec(text)) !== null) {
    const index = candidate.index;
    if (index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(index - 1))) continue;
    const head = stickyAt(HEAD, text, index);
    if (head === null) continue;
    mentions.push({
      kind: 'notification',
      id: notificationId(head[1]!, head[2]!),
      start: head.index,
      end: HEAD.lastIndex,
      text: head[0],
    });
    let at = HEAD.lastIndex;
    let next: RegExpExecArray | null;
    while ((next = stickyAt(NEXT, text, at)) !== null) {
      const start = next.indices![1]![0];
      mentions.push({
        kind: 'notification',
        id: notificationId(next[1]!, next[2]!),
        start,
        end: NEXT.lastIndex,
        text: text.slice(start, NEXT.lastIndex),
      });
      at = NEXT.lastIndex;
    }
    CANDIDATE.lastIndex = at;
  }
  return mentions;
}
