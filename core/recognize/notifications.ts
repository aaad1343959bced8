/**
 * Notifications to the Parties: "Notification to the Parties No. 2020/027", "Notif. No.
 * 2020/027", "Notifications 2020/056 and 2020/057" (one mention each), "Notification aux Parties
 * n° 2020/027", "Notificación a las Partes No. 2020/027", and headings in capitals. The id is
 * "YYYY/NNN", the number written with three digits ("2020/0027" and "2020/27" are "2020/027").
 */
import type { Mention } from './mention.ts';
import {
  ASK,
  NONE,
  numberId,
  notificationIdOf,
  numberStart,
  readNotificationHead,
  readNotificationItem,
} from './notification-reader.ts';
import {
  GAP,
  GAP1,
  LIST,
  digitsValue,
  firstDigitAt,
  mayFollowInList,
  stickyEnd,
} from './reference-syntax.ts';

const NUMBER_SIGN = `(?:nos?|n[°º]s?|n\\.[°º]|nr|núm|num)\\.?`;
const NUMBER = `(\\d{4})${GAP}\\/${GAP}(\\d{1,4})(?!\\d)`;
const HEAD = new RegExp(
  `(?:notifications?|notif\\.|notificaci[oó]n(?:es)?)` +
    `(?:${GAP1}(?:to|aux|a)${GAP1}(?:(?:the|las)${GAP1})?part(?:ies|es))?` +
    `(?:${GAP1}${NUMBER_SIGN})?${GAP}${NUMBER}`,
  'iuy',
);
const NEXT = new RegExp(`${LIST}(?:${NUMBER_SIGN}${GAP})?${NUMBER}`, 'yi');

/** The canonical id of notification `number` of `year`. */
export function notificationId(year: string, number: string): string {
  return notificationIdOf(year, Number.parseInt(number, 10));
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
 * The id of the notification number whose year's first digit is at `year` and which ends at
 * `end` ("2020/027"): the year is four digits, then a gap, a slash and a gap, then the number.
 */
function notificationIdAt(text: string, year: number, end: number): string {
  return notificationIdOf(text.slice(year, year + 4), digitsValue(text, firstDigitAt(text, year + 4), end));
}

/**
 * The notification mentions starting at `index`, a head and the list that follows, pushed to
 * `out`; the end of the last one, or -1 when no notification starts there. Read by hand
 * (`notification-reader.ts`); where the reader asks, the expressions say where a mention ends,
 * and its number is read back from its first digits (no word, sign or gap before the year holds
 * a digit).
 */
export function notificationsAt(text: string, index: number, out: Mention[]): number {
  let headEnd = readNotificationHead(text, index);
  if (headEnd === NONE) return -1;
  let id = numberId;
  if (headEnd === ASK) {
    headEnd = stickyEnd(HEAD, text, index);
    if (headEnd < 0) return -1;
    id = notificationIdAt(text, firstDigitAt(text, index), headEnd);
  }
  out.push({ kind: 'notification', id, start: index, end: headEnd, text: text.slice(index, headEnd) });
  let at = headEnd;
  while (mayFollowInList(text, at, false)) {
    let end = readNotificationItem(text, at);
    if (end === NONE) break;
    let start = numberStart;
    id = numberId;
    if (end === ASK) {
      end = stickyEnd(NEXT, text, at);
      if (end < 0) break;
      start = firstDigitAt(text, at);
      id = notificationIdAt(text, start, end);
    }
    out.push({ kind: 'notification', id, start, end, text: text.slice(start, end) });
    at = end;
  }
  return at;
}
