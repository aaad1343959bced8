/**
 * Notifications to the Parties: "Notification to the Parties No. 2020/027", "Notif. No.
 * 2020/027", "Notifications 2020/056 and 2020/057" (one mention each), "Notification aux Parties
 * n° 2020/027", "Notificación a las Partes No. 2020/027", and headings in capitals. The id is
 * "YYYY/NNN", the number written with three digits ("2020/0027" and "2020/27" are "2020/027").
 */
import type { Mention } from './mention.ts';
import { GAP, GAP1, LIST, mayFollowInList, stickyAt } from './reference-syntax.ts';

const NUMBER_SIGN = `(?:nos?|n[°º]s?|n\\.[°º]|nr|núm|num)\\.?`;
const NUMBER = `(\\d{4})${GAP}\\/${GAP}(\\d{1,4})(?!\\d)`;
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

/**
 * True when a notification may start at `index` (an N or n): the text reads "Notif", "notif" or
 * "NOTIF" there, the only forms looked for (the rest of the reference is matched ignoring case).
 */
export function mayStartNotification(text: string, index: number): boolean {
  return (
    text.startsWith('otif', index + 1) ||
    (text.charCodeAt(index) === 0x4e && text.startsWith('OTIF', index + 1))
  );
}

/**
 * The notification mentions starting at `index`, a head and the list that follows, pushed to
 * `out`; the end of the last one, or -1 when no notification starts there.
 */
export function notificationsAt(text: string, index: number, out: Mention[]): number {
  const head = stickyAt(HEAD, text, index);
  if (head === null) return -1;
  out.push({
    kind: 'notification',
    id: notificationId(head[1]!, head[2]!),
    start: head.index,
    end: HEAD.lastIndex,
    text: head[0],
  });
  let at = HEAD.lastIndex;
  let next: RegExpExecArray | null;
  while (mayFollowInList(text, at, false) && (next = stickyAt(NEXT, text, at)) !== null) {
    const start = next.indices![1]![0];
    out.push({
      kind: 'notification',
      id: notificationId(next[1]!, next[2]!),
      start,
      end: NEXT.lastIndex,
      text: text.slice(start, NEXT.lastIndex),
    });
    at = NEXT.lastIndex;
  }
  return at;
}
