import type { Party } from '../schemas/party.ts';
import { findParty } from './party-lookup.ts';

/**
 * Sentences by which a document says that Parties reported but expressed no needs, as the
 * founding document's footnote does ("Barbados, Costa Rica and Viet Nam also submitted the
 * implementation reports … but did not explicitly indicate any capacity-building needs").
 */
const NO_NEEDS = [
  /did not (?:explicitly )?(?:indicate|express|report) any capacity[- ]building needs?/i,
  /n'(?:ont|a) (?:pas )?(?:explicitement )?(?:indiqué|exprimé) (?:aucun|de) besoins?/i,
  /no (?:indicaron|expresaron) (?:explícitamente )?(?:ninguna )?necesidad/i,
];

/** Where the list of Parties ends in such a sentence. */
const LIST_END = /\s(?:also|ont également|ont aussi|también|tambien|submitted|presentaron|ont présenté)\b/i;

export interface NoNeedsNote {
  parties: Party[];
  note: string;
}

/** Finds the Parties a prose line says reported no needs, or undefined if it says no such thing. */
export function readNoNeedsNote(line: string): NoNeedsNote | undefined {
  if (!NO_NEEDS.some((pattern) => pattern.test(line))) return undefined;
  const text = line.replace(/^[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡)]+/u, '').trim();
  const end = LIST_END.exec(text);
  if (!end) return undefined;
  const names = text
    .slice(0, end.index)
    .split(/,|\band\b|\bet\b|\by\b/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const parties = names.map((name) => findParty(name));
  if (parties.length === 0 || parties.some((party) => party === undefined)) return undefined;
  return { parties: parties as Party[], note: text };
}
