import { PARTIES } from '../data/parties.ts';
import type { Party } from '../schemas/party.ts';

/**
 * Folds a name for lookup: no diacritics, lower case, one kind of apostrophe, single spaces,
 * no leading article ("the Gambia", "la République…", "el Perú" all fold to the bare name).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|le|la|les|el|los|las) /, '')
    .replace(/^l' ?/, '')
    .replace(/ \((?:the|l'|le|la|les|el|los|las)\)$/, '');
}

/** Builds a lookup from every name, alias, ISO alpha-2 and alpha-3 code to its Party. */
export function buildPartyLookup(parties: readonly Party[] = PARTIES): (name: string) => Party | undefined {
  const byName = new Map<string, Party>();
  const byCode = new Map<string, Party>();
  for (const party of parties) {
    byCode.set(party.code, party);
    if (party.iso3) byCode.set(party.iso3, party);
    const names = [
      ...Object.values(party.names),
      ...party.aliases.en,
      ...party.aliases.fr,
      ...party.aliases.es,
    ];
    for (const name of names) {
      const folded = foldName(name);
      // A name two Parties share would be ambiguous; the first (canonical) claim keeps it.
      if (!byName.has(folded)) byName.set(folded, party);
    }
  }
  return (name) => {
    const trimmed = name.trim();
    return byCode.get(trimmed) ?? byName.get(foldName(trimmed));
  };
}

let defaultLookup: ((name: string) => Party | undefined) | undefined;

/** The Party named `name` in any working language, by alias, or by ISO code; undefined if none. */
export function findParty(name: string): Party | undefined {
  defaultLookup ??= buildPartyLookup();
  return defaultLookup(name);
}
