/**
 * Resolutions of the Conference of the Parties: "Resolution Conf. 11.17 (Rev. CoP18)",
 * "Res. Conf. 18.3", "Résolution Conf. 11.17", "Resolución Conf. 11.17", and lists
 * ("Resolutions Conf. 10.10 (Rev. CoP18) and Conf. 11.17 (Rev. CoP18)": one mention each).
 * The id is the number ("11.17"); the revision stays in the mention's text.
 *
 * Read by hand, part by part (`reference-reader.ts`), exactly as the expression
 * `\b(?:[Rr][eé]solutions?|[Rr]esoluci[oó]n(?:es)?|R[EÉ]SOLUTIONS?|RESOLUCI[OÓ]N(?:ES)?|Res\.|
 * Rés\.|Resol\.|RES\.)GAP1 CONF NUMBER (?:REVISION)?`, where `CONF` is `(?:Conf|CONF)\.?GAP`,
 * then `LIST (CONF)? NUMBER (?:REVISION)?` for each item, would match them.
 */
import type { Mention } from './mention.ts';
import { dottedAt, headWordEnd, joinerEnd, revCopEnd } from './reference-reader.ts';
import { gapEnd, mayFollowInList } from './reference-syntax.ts';

/** Every spelling of the word: singular and plural, English, French, Spanish, capitals. */
const KEYWORDS: ReadonlySet<string> = new Set([
  ...['R', 'r'].flatMap((r) => [
    ...['e', 'é'].flatMap((e) => [`${r}${e}solution`, `${r}${e}solutions`]),
    ...['o', 'ó'].flatMap((o) => [`${r}esoluci${o}n`, `${r}esoluci${o}nes`]),
  ]),
  ...['E', 'É'].flatMap((e) => [`R${e}SOLUTION`, `R${e}SOLUTIONS`]),
  ...['O', 'Ó'].flatMap((o) => [`RESOLUCI${o}N`, `RESOLUCI${o}NES`]),
]);
/** The abbreviations, each followed by a full stop. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['Res', 'Rés', 'Resol', 'RES']);
/** The longest spelling, "Resoluciones". */
const LONGEST_KEYWORD = 12;

/**
 * True when a resolution may start at `index` (an R or r): the text goes on as the spellings do
 * ("esol", "ésol", "ESO", "ÉSO", "es.", "és.", "ES."); a cheap test before reading the word.
 */
export function mayStartResolution(text: string, index: number): boolean {
  const e = text.charCodeAt(index + 1);
  if (text.charCodeAt(index + 2) === 0x73) {
    // [eé]s: "esolu", "ésolu", "es.", "és.", "esol."
    if (e !== 0x65 && e !== 0xe9) return false;
    const third = text.charCodeAt(index + 3);
    return third === 0x2e || (third === 0x6f && text.charCodeAt(index + 4) === 0x6c);
  }
  if (text.charCodeAt(index + 2) === 0x53) {
    // [EÉ]S: "ESOLU", "ÉSOLU", "ES."
    if (e !== 0x45 && e !== 0xc9) return false;
    const third = text.charCodeAt(index + 3);
    return third === 0x2e || third === 0x4f;
  }
  return false;
}

/** The end of "Conf." at `index` (`CONF`: "Conf" or "CONF", a full stop or not, a gap), or -1. */
function confEnd(text: string, index: number): number {
  if (!text.startsWith('Conf', index) && !text.startsWith('CONF', index)) return -1;
  let end = index + 4;
  if (text.charCodeAt(end) === 0x2e) end++;
  return gapEnd(text, end);
}

/**
 * The resolution mentions starting at `index`, a head and the list that follows, pushed to
 * `out`; the end of the last one, or -1 when no resolution starts there.
 */
export function resolutionsAt(text: string, index: number, out: Mention[]): number {
  const conf = headWordEnd(text, index, KEYWORDS, ABBREVIATIONS, LONGEST_KEYWORD);
  if (conf < 0) return -1;
  const number = confEnd(text, conf);
  if (number < 0) return -1;
  const numberEnd = dottedAt(text, number);
  if (numberEnd < 0) return -1;
  const headEnd = revCopEnd(text, numberEnd);
  out.push({
    kind: 'resolution',
    id: text.slice(number, numberEnd),
    start: index,
    end: headEnd,
    text: text.slice(index, headEnd),
  });
  let at = headEnd;
  while (mayFollowInList(text, at, false)) {
    // The mention starts at "Conf." when the item repeats it, else at the number.
    const start = joinerEnd(text, at, false);
    if (start < 0) break;
    const afterConf = confEnd(text, start);
    const itemNumber = afterConf >= 0 ? afterConf : start;
    const itemNumberEnd = dottedAt(text, itemNumber);
    if (itemNumberEnd < 0) break;
    const end = revCopEnd(text, itemNumberEnd);
    out.push({
      kind: 'resolution',
      id: text.slice(itemNumber, itemNumberEnd),
      start,
      end,
      text: text.slice(start, end),
    });
    at = end;
  }
  return at;
}
