/**
 * Notifications to the Parties read by hand, without the regular expressions of
 * `notifications.ts`: the head `(?:notifications?|notif\.|notificaci[oó]n(?:es)?)(?:GAP1
 * (?:to|aux|a) GAP1 (?:(?:the|las) GAP1)? part(?:ies|es))?(?:GAP1 SIGN)? GAP NUMBER` and each
 * list item `LIST (?:SIGN GAP)? NUMBER`, where `SIGN` is `(?:nos?|n[°º]s?|n\.[°º]|nr|núm|num)\.?`
 * and `NUMBER` is `\d{4} GAP / GAP \d{1,4}(?!\d)`, all ignoring case.
 *
 * At every step the reader takes the expression's first choice (an optional part when it is
 * there, "aux" before "a", "ies" before "es"); where that fails, no other choice could succeed.
 * The head's expression ignores case the Unicode way, where "ſ" is an "s" and "K" (Kelvin) a
 * "k": where a character outside ASCII stands for a letter of a word, the reader says `ASK` and
 * the expression decides.
 */
import { joinerEnd } from './reference-reader.ts';
import { digitsEnd, digitsValue, gapEnd } from './reference-syntax.ts';

/** The text takes a form the reader leaves to the regular expression (apart from -1, "absent"). */
export const ASK = -3;
/** No notification (or list item) is here. */
export const NONE = -2;

/** The character code of an ASCII capital lower-cased; any other unchanged. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/**
 * Whether the text at `index` reads `word` (lower case), ignoring case: 1 when it does, 0 when
 * not, `ASK` when a character outside ASCII stands where the word differs.
 */
function caselessAt(text: string, index: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(index + k);
    const w = word.charCodeAt(k);
    if (lower(c) === w || (w === 0xf3 && c === 0xd3) || (w === 0xfa && c === 0xda)) continue;
    return c >= 0x80 ? ASK : 0;
  }
  return 1;
}

/** The first of `words` (each followed by a non-empty gap) at `index`: the gap's end, -1, or `ASK`. */
function firstWordThenGap(text: string, index: number, words: readonly string[]): number {
  for (const word of words) {
    const read = caselessAt(text, index, word);
    if (read === ASK) return ASK;
    if (read === 0) continue;
    const end = gapEnd(text, index + word.length);
    if (end > index + word.length) return end;
  }
  return -1;
}

/** The end of the word at `index` (`notifications?|notif\.|notificaci[oó]n(?:es)?`), `NONE` or `ASK`. */
function keywordEnd(text: string, index: number): number {
  const notif = caselessAt(text, index, 'notif');
  if (notif !== 1) return notif === ASK ? ASK : NONE;
  let i = index + 5;
  if (text.charCodeAt(i) === 0x2e) return i + 1;
  const ication = caselessAt(text, i, 'ication');
  if (ication === ASK) return ASK;
  if (ication === 1) {
    i += 7;
    const s = caselessAt(text, i, 's');
    if (s === ASK) return ASK;
    return s === 1 ? i + 1 : i;
  }
  const icaci = caselessAt(text, i, 'icaci');
  if (icaci !== 1) return icaci === ASK ? ASK : NONE;
  i += 5;
  const o = caselessAt(text, i, 'o');
  const accented = caselessAt(text, i, 'ó');
  if (o === ASK && accented === ASK) return ASK;
  if (o !== 1 && accented !== 1) return NONE;
  const n = caselessAt(text, i + 1, 'n');
  if (n !== 1) return n === ASK ? ASK : NONE;
  i += 2;
  const es = caselessAt(text, i, 'es');
  if (es === ASK) return ASK;
  return es === 1 ? i + 2 : i;
}

/** The end of "to the Parties" after `index` (optional: `index` when it is not there), or `ASK`. */
function partiesEnd(text: string, index: number): number {
  const gap = gapEnd(text, index);
  if (gap === index) return index;
  const article = firstWordThenGap(text, gap, ['to', 'aux', 'a']);
  if (article === ASK) return ASK;
  if (article < 0) return index;
  const the = firstWordThenGap(text, article, ['the', 'las']);
  if (the === ASK) return ASK;
  const part = the >= 0 ? the : article;
  const read = caselessAt(text, part, 'part');
  if (read === ASK) return ASK;
  if (read === 0) return index;
  const ies = caselessAt(text, part + 4, 'ies');
  if (ies === ASK) return ASK;
  if (ies === 1) return part + 7;
  const es = caselessAt(text, part + 4, 'es');
  if (es === ASK) return ASK;
  return es === 1 ? part + 6 : index;
}

/** The end of a number sign at `index` (`SIGN`: "No.", "Nos", "n°", "nº", "n.°", "Nr", "núm."), -1, or `ASK`. */
function signEnd(text: string, index: number): number {
  const n = caselessAt(text, index, 'n');
  if (n !== 1) return n === ASK ? ASK : -1;
  const c = text.charCodeAt(index + 1);
  let end: number;
  let plural = false;
  switch (lower(c)) {
    case 0x6f: // no, nos
    case 0xb0: // n°
    case 0xba: // nº
      end = index + 2;
      plural = true;
      break;
    case 0x2e: // n.° n.º
      end = text.charCodeAt(index + 2) === 0xb0 || text.charCodeAt(index + 2) === 0xba ? index + 3 : -1;
      break;
    case 0x72: // nr
      end = index + 2;
      break;
    case 0xfa: // núm
    case 0xda:
    case 0x75: // num
      end = lower(text.charCodeAt(index + 2)) === 0x6d ? index + 3 : -1;
      if (end < 0 && text.charCodeAt(index + 2) >= 0x80) return ASK;
      break;
    default:
      return c >= 0x80 ? ASK : -1;
  }
  if (end < 0) return -1;
  if (plural) {
    const s = caselessAt(text, end, 's');
    if (s === ASK) return ASK;
    if (s === 1) end++;
  }
  return text.charCodeAt(end) === 0x2e ? end + 1 : end;
}

/** The canonical id of notification `number` of `year`: "2020/027", the number with three digits at least. */
export function notificationIdOf(year: string, number: number): string {
  return `${year}/${String(number).padStart(3, '0')}`;
}

/** Where the last number `numberEnd` read starts: its year's first digit. */
export let numberStart = 0;
/** The id of the last number `numberEnd` read ("2020/027"). */
export let numberId = '';

/**
 * The end of the number at `index` (`NUMBER`: "2020/027"), after a gap when `gapBefore` (`GAP
 * NUMBER`), or `NONE`; `numberStart` and `numberId` say where it starts and what it reads.
 */
function numberEnd(text: string, index: number, gapBefore: boolean): number {
  const year = gapBefore ? gapEnd(text, index) : index;
  const yearEnd = digitsEnd(text, year);
  if (yearEnd - year !== 4) return NONE;
  const slash = gapEnd(text, yearEnd);
  if (text.charCodeAt(slash) !== 0x2f) return NONE;
  const digits = gapEnd(text, slash + 1);
  const end = digitsEnd(text, digits);
  if (end - digits < 1 || end - digits > 4) return NONE;
  numberStart = year;
  numberId = notificationIdOf(text.slice(year, yearEnd), digitsValue(text, digits, end));
  return end;
}

/**
 * The end of the notification's head at `index` ("Notification to the Parties No. 2020/027"),
 * `NONE`, or `ASK`; `numberId` holds its id.
 */
export function readNotificationHead(text: string, index: number): number {
  const keyword = keywordEnd(text, index);
  if (keyword < 0) return keyword;
  const parties = partiesEnd(text, keyword);
  if (parties === ASK) return ASK;
  let sign = parties;
  const gap = gapEnd(text, parties);
  if (gap > parties) {
    const end = signEnd(text, gap);
    if (end === ASK) return ASK;
    if (end >= 0) sign = end;
  }
  return numberEnd(text, sign, true);
}

/**
 * The end of the list item after `at` (", 2020/057", " and No. 2020/058"), `NONE`, or `ASK`;
 * `numberStart` and `numberId` say where it starts and what it reads.
 */
export function readNotificationItem(text: string, at: number): number {
  const start = joinerEnd(text, at, false, true);
  if (start < 0) return NONE;
  // LIST (?:SIGN GAP)? NUMBER: a gap only after a sign.
  const sign = signEnd(text, start);
  if (sign === ASK) return ASK;
  return sign >= 0 ? numberEnd(text, sign, true) : numberEnd(text, start, false);
}
