/**
 * The list of names the Party matcher looks for: every Party's UN short name and aliases in the
 * three working languages, a few forms CITES documents use that the data lacks, and the names of
 * places that are *not* Parties but contain a Party's name ("South Sudan", "American Samoa",
 * "New Guinea"). Those are matched like names so that, the longest match winning, they hide the
 * shorter Party name inside them; they are then dropped instead of reported.
 */
import type { Party } from '../schemas/party.ts';

/** One name to look for; `code` is empty for a non-Party place that only blocks. */
export interface PartyNameEntry {
  readonly code: string;
  readonly name: string;
  /** All-caps abbreviations (EU, UE, USA, UK, DRC, RDC) match only exactly as written. */
  readonly caseSensitive: boolean;
}

/** Forms met in CITES documents that the Party data does not list, by Party code. */
export const EXTRA_PARTY_NAMES: Readonly<Record<string, readonly string[]>> = {
  CD: ['Democratic Republic of Congo', 'Congo (Democratic Republic of the)', 'R.D. Congo'],
  CG: ['Republic of Congo'],
  CI: ["Côte d'Ivoire"],
  IR: ["Iran (République islamique d')", 'Irán (República Islámica del)'],
  KR: ['Korea (Republic of)'],
  US: ['EE. UU.', 'EE.UU.', 'U.S.'],
  GB: ['United Kingdom of Great Britain and Northern Ireland'],
  TR: ['Turkey', 'Republic of Turkey'],
  VN: ['Vietnam', 'Viêt Nam', 'Viêt-Nam'],
};

/**
 * Places that contain a Party's name but are not that Party (or are no Party at all). Each
 * hides the Party names inside it.
 */
export const NON_PARTY_NAMES: readonly string[] = [
  'South Sudan',
  'Republic of South Sudan',
  'Soudan du Sud',
  'Sudán del Sur',
  'American Samoa',
  'Samoa américaines',
  'Samoa Americana',
  'New Guinea',
  'Nouvelle-Guinée',
  'Nueva Guinea',
  'Gulf of Guinea',
  'Golfe de Guinée',
  'Golfo de Guinea',
  "Democratic People's Republic of Korea",
  'République populaire démocratique de Corée',
  'República Popular Democrática de Corea',
  'Northern Ireland',
  'Irlande du Nord',
  'Irlanda del Norte',
  'Congo Basin',
  'Bassin du Congo',
  'Cuenca del Congo',
  'Niger Delta',
  'Niger River',
  'British Indian Ocean Territory',
  'Panama City',
  'Ciudad de Panamá',
  'French Guiana',
  'Guyane française',
  'Guayana Francesa',
];

/** True for an abbreviation written in capitals (EU, U.S.A., EE. UU.), matched case-sensitively. */
export function isAbbreviation(name: string): boolean {
  return name.length <= 8 && name === name.toUpperCase() && /[A-Z].*[A-Z]/.test(name);
}

/** Every name of every Party in `parties`, then the blocking non-Party places. */
export function partyNameEntries(parties: readonly Party[]): PartyNameEntry[] {
  const entries: PartyNameEntry[] = [];
  const seen = new Set<string>();
  const add = (code: string, name: string) => {
    const trimmed = name.trim();
    const key = `${code}\u0000${trimmed}`;
    if (trimmed === '' || seen.has(key)) return;
    seen.add(key);
    entries.push({ code, name: trimmed, caseSensitive: isAbbreviation(trimmed) });
  };
  for (const party of parties) {
    for (const language of ['en', 'fr', 'es'] as const) {
      add(party.code, party.names[language]);
      for (const alias of party.aliases[language]) add(party.code, alias);
    }
    for (const extra of EXTRA_PARTY_NAMES[party.code] ?? []) add(party.code, extra);
  }
  for (const place of NON_PARTY_NAMES) add('', place);
  return entries;
}
