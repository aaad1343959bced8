/**
 * Where a mention can be read on cites.org, in the reader's language where the pattern is known.
 *
 * The patterns come from addresses seen in stored copies of cites.org (our research notes,
 * shared/reference/cites-facts.md §5). Each link says whether its pattern was `verified` (an
 * address of exactly that shape was seen) or is an inference (`verified: false`): French and
 * Spanish addresses are inferred from the English ones by the site's E/F/S and eng/fra/esp
 * convention unless noted. Only the English forms below marked VERIFIED were seen.
 */
import type { Language } from '../schemas/code-lists.ts';
import type { Mention } from './mention.ts';

/** A place to read a mention. */
export interface ReferenceLink {
  url: string;
  /** The language of the page the address leads to. */
  language: Language;
  /** True when an address of exactly this shape was seen on cites.org; false for an inference. */
  verified: boolean;
}

const FILES = 'https://cites.org/sites/default/files';
const FOLDER: Readonly<Record<Language, string>> = { en: 'eng', fr: 'fra', es: 'esp' };
const LETTER: Readonly<Record<Language, string>> = { en: 'E', fr: 'F', es: 'S' };

const pad = (value: string | number, width: number) => String(value).padStart(width, '0');

/** "21.3" -> "021-03" (CoP up to 18) or "21-03" (others): first part padded to `width`, then 2 digits. */
function numberPart(number: string, width: number): string {
  const [first, ...rest] = number.split('.');
  return [pad(first ?? '', width), ...rest.map((part) => pad(part, 2))].join('-');
}

/** The last meeting of each body filed under the older `eng/cop/..`, `eng/com/..` layout. */
const LAST_OLD_LAYOUT: Readonly<Record<string, number>> = { CoP: 18, SC: 74, AC: 31, PC: 25 };

const DOCUMENT_ID =
  /^(CoP|SC|AC|PC)(\d+)(?:\/(?:AC|PC)\d+)? (Doc\.|Inf\.|Prop\.|Sum\.|Plen\.|Com\.(?: (?:I|II))?(?: Rec\.)?|SR)(?: ([\d.]+))?(\/(?:AC|PC)\d+ Doc\. [\d.]+)?( Add\.)?(?: \(Rev\. (\d+)\))?(?: Annex (\d+))?$/;

function documentLink(id: string, language: Language): ReferenceLink | undefined {
  const m = DOCUMENT_ID.exec(id);
  if (!m) return undefined;
  const [, bodyName = '', meetingText = '', type = '', number = '', joint, add, revision, annex] = m;
  const meeting = Number(meetingText);
  const L = LETTER[language];
  const folder = FOLDER[language];
  const old = meeting <= (LAST_OLD_LAYOUT[bodyName] ?? 0);
  const tail = (add ? '-Add' : '') + (revision ? `-R${revision}` : '') + (annex ? `-A${annex}` : '');
  const code = `${bodyName}${meeting}`;
  // English addresses of these shapes were seen (VERIFIED); other languages are inferred.
  const seen = language === 'en';
  if (joint || type === 'Sum.' || type === 'SR' || type === 'Plen.') {
    // No address of these shapes was seen: the meeting's document page is the best we know.
    const page = bodyName === 'CoP' ? `cop/${meeting}` : `com/${bodyName.toLowerCase()}/${meeting}`;
    return { url: `https://cites.org/${folder}/${page}/doc/index.php`, language, verified: false };
  }
  if (type.startsWith('Com.')) {
    // VERIFIED (en): eng/cop/18/Com_I/SR/E-CoP18-Com-I-Rec-14.pdf
    const committee = / (I{1,2})/.exec(type)?.[1];
    if (bodyName === 'CoP' && committee && type.endsWith('Rec.')) {
      return {
        url: `${FILES}/${folder}/cop/${meeting}/Com_${committee}/SR/${L}-${code}-Com-${committee}-Rec-${number}${tail}.pdf`,
        language,
        verified: seen && meeting === 18,
      };
    }
    return undefined;
  }
  if (type === 'Inf.') {
    if (old) {
      // VERIFIED (en): eng/cop/18/inf/E-CoP18-Inf-012.pdf, eng/com/sc/66/Inf/E-SC66-Inf-23.pdf,
      // eng/com/ac/29/inf/E-AC29-Inf-25.pdf
      const path =
        bodyName === 'CoP'
          ? `cop/${meeting}/inf/${L}-${code}-Inf-${pad(number, 3)}`
          : `com/${bodyName.toLowerCase()}/${meeting}/${bodyName === 'SC' ? 'Inf' : 'inf'}/${L}-${code}-Inf-${number}`;
      return { url: `${FILES}/${folder}/${path}${tail}.pdf`, language, verified: seen };
    }
    // VERIFIED (en): documents/E-SC77-Inf-12.pdf, documents/E-CoP19-Inf-74.pdf, E-CoP20-Inf-053.pdf
    const width = bodyName === 'CoP' && meeting >= 20 ? 3 : 1;
    return {
      url: `${FILES}/documents/${L}-${code}-Inf-${pad(number, width)}${tail}.pdf`,
      language,
      verified: seen,
    };
  }
  if (type === 'Prop.') {
    // VERIFIED (en): documents/E-CoP20-Prop-17.pdf; older CoPs file proposals in dated folders
    // (eng/cop/18/prop/060319/E-CoP18-Prop-46.pdf) that the id cannot give, so those are inferred.
    return {
      url: old
        ? `${FILES}/${folder}/cop/${meeting}/prop/${L}-${code}-Prop-${number}.pdf`
        : `${FILES}/documents/${L}-${code}-Prop-${number}.pdf`,
      language,
      verified: seen && !old,
    };
  }
  // Working documents.
  if (old) {
    if (bodyName === 'CoP') {
      // VERIFIED (en): eng/cop/18/doc/E-CoP18-026-R1.pdf, eng/cop/18/doc/E-CoP18-069-03-R1.pdf
      return {
        url: `${FILES}/${folder}/cop/${meeting}/doc/${L}-${code}-${numberPart(number, 3)}${tail}.pdf`,
        language,
        verified: seen,
      };
    }
    // VERIFIED (en): eng/com/sc/74/E-SC74-73-A2.pdf, eng/com/ac/30/E-AC30-29-01.pdf,
    // eng/com/ac/31/Docs/E-AC31-14-03-A.pdf (AC31 alone has the Docs folder)
    const docs = bodyName === 'AC' && meeting === 31 ? 'Docs/' : '';
    return {
      url: `${FILES}/${folder}/com/${bodyName.toLowerCase()}/${meeting}/${docs}${L}-${code}-${numberPart(number, 2)}${tail}.pdf`,
      language,
      verified: seen && bodyName !== 'PC',
    };
  }
  if (bodyName === 'CoP') {
    // VERIFIED (en): documents/COP/19/agenda/E-CoP19-66-05.pdf
    return {
      url: `${FILES}/documents/COP/${meeting}/agenda/${L}-${code}-${numberPart(number, 2)}${tail}.pdf`,
      language,
      verified: seen,
    };
  }
  // VERIFIED (en): documents/E-SC75-13-R1.pdf, documents/E-SC78-65-01_0.pdf
  return {
    url: `${FILES}/documents/${L}-${code}-${numberPart(number, 2)}${tail}.pdf`,
    language,
    verified: seen && bodyName === 'SC',
  };
}

function resolutionLink(
  mention: Pick<Mention, 'id' | 'text'>,
  language: Language,
): ReferenceLink | undefined {
  const [a, b] = mention.id.split('.');
  if (!a || !b) return undefined;
  const revision = /CoP\s*(\d{1,2})/i.exec(mention.text)?.[1];
  const L = LETTER[language];
  const base = `${L}-Res-${pad(a, 2)}-${pad(b, 2)}`;
  const seen = language === 'en';
  if (revision && Number(revision) >= 19) {
    // VERIFIED (en): documents/COP/19/resolution/E-Res-12-05-R19.pdf
    return {
      url: `${FILES}/documents/COP/${Number(revision)}/resolution/${base}-R${Number(revision)}.pdf`,
      language,
      verified: seen,
    };
  }
  if (revision) {
    // VERIFIED (en): document/E-Res-12-03-R18.pdf
    return { url: `${FILES}/document/${base}-R${Number(revision)}.pdf`, language, verified: seen };
  }
  // An unrevised resolution: the same folder without "-R..": inferred.
  return { url: `${FILES}/document/${base}.pdf`, language, verified: false };
}

/**
 * Where `mention` can be read on cites.org, in `language` (default English), or undefined when
 * no address is known for its form.
 *
 * - notification: `notif/E-Notif-YYYY-NNN.pdf` — VERIFIED (en) for 2014–2016; later years and
 *   other languages inferred.
 * - resolution: `document/E-Res-NN-NN-RCC.pdf` up to CoP18 revisions, `documents/COP/CC/resolution/..`
 *   from CoP19 — VERIFIED (en) by one example each.
 * - document: see `documentLink` above, pattern by pattern.
 * - decision: decisions have opaque page numbers on cites.org, so the link is the list of
 *   decisions in effect — inferred.
 * - party: the Party's country page — inferred.
 */
export function referenceUrl(
  mention: Pick<Mention, 'kind' | 'id' | 'text'>,
  language: Language = 'en',
): ReferenceLink | undefined {
  const folder = FOLDER[language];
  switch (mention.kind) {
    case 'notification': {
      const m = /^(\d{4})\/(\d+)$/.exec(mention.id);
      if (!m) return undefined;
      const year = Number(m[1]);
      return {
        url: `${FILES}/notif/${LETTER[language]}-Notif-${m[1]}-${pad(m[2]!, 3)}.pdf`,
        language,
        verified: language === 'en' && year >= 2014 && year <= 2016,
      };
    }
    case 'resolution':
      return resolutionLink(mention, language);
    case 'document':
      return documentLink(mention.id, language);
    case 'decision':
      return { url: `https://cites.org/${folder}/dec/index.php`, language, verified: false };
    case 'party':
      return {
        url: `https://cites.org/${folder}/cms/index.php/component/cp/country/${mention.id}`,
        language,
        verified: false,
      };
  }
}
