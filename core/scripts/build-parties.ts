/**
 * Builds `core/data/parties.json` from the reference table of the 185 Parties
 * (columns iso2, iso3, m49, cites_region_en/fr/es, name_en/fr/es, aliases_en/fr/es).
 *
 * Usage: tsx core/scripts/build-parties.ts PATH/TO/cites-parties.csv
 *
 * The table gives UN short names (UNTERM) and alias lists gathered from several public sources.
 * This script only tidies it: sorting forms such as "Bahamas (the)" become the plain name, entries
 * that are the name itself are dropped, and a few forms CITES documents use are added.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PartySchema, type PartyInput } from '../schemas/party.ts';
import type { Language, RegionCode } from '../schemas/code-lists.ts';

const REGIONS: Record<string, RegionCode> = {
  Africa: 'africa',
  Asia: 'asia',
  'Central and South America and the Caribbean': 'csac',
  Europe: 'europe',
  'North America': 'north-america',
  Oceania: 'oceania',
};

/** Forms CITES documents use that the reference table lacks. */
const EXTRA_ALIASES: Record<string, Partial<Record<Language, string[]>>> = {
  CD: { en: ['DRC'], fr: ['RDC'], es: ['RDC'] },
  CZ: { fr: ['République tchèque'] },
  GB: { en: ['United Kingdom'] },
  IR: { en: ['Iran'] },
  LA: { en: ['Lao PDR'] },
  MK: { fr: ['ex-République yougoslave de Macédoine'], es: ['ex República Yugoslava de Macedonia'] },
  TR: { en: ['Turkey'] },
  VN: { en: ['Vietnam'], fr: ['Vietnam'], es: ['Vietnam'] },
};

/** Aliases too ambiguous to keep: "US" is read in "US$", and the spaced hyphen is a typo. */
const DROPPED_ALIASES = new Set(['US', 'U.S.', 'Antigua -et-Barbuda', "Les états-unis d'Amérique"]);

const SORTING_FORM = /^(.*?)\s*\((?:the|l'|le|la|les|el|los|las)\)$/u;

function tidyAliases(raw: string, name: string, extra: string[] = []): string[] {
  const out = new Set<string>();
  for (const entry of [...raw.split(';'), ...extra]) {
    let alias = entry.trim().replace(/’/g, "'");
    const sorting = SORTING_FORM.exec(alias);
    if (sorting?.[1]) alias = sorting[1];
    if (!alias || alias === name || DROPPED_ALIASES.has(alias)) continue;
    out.add(alias);
  }
  return [...out].sort((a, b) => a.localeCompare(b));
}

const path = process.argv[2];
if (!path) {
  console.error('usage: build-parties.ts cites-parties.csv');
  process.exit(2);
}
const table = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
  header: true,
  skipEmptyLines: true,
});
const parties = table.data.map((row) => {
  const code = row.iso2!;
  const names = { en: row.name_en!, fr: row.name_fr!, es: row.name_es! };
  const region = REGIONS[row.cites_region_en!];
  const input: PartyInput = {
    code,
    iso3: row.iso3 || undefined,
    names,
    aliases: {
      en: tidyAliases(row.aliases_en!, names.en, EXTRA_ALIASES[code]?.en),
      fr: tidyAliases(row.aliases_fr!, names.fr, EXTRA_ALIASES[code]?.fr),
      es: tidyAliases(row.aliases_es!, names.es, EXTRA_ALIASES[code]?.es),
    },
    // The European Union has no CITES region of its own; it is shown with Europe.
    region: region ?? 'europe',
    regionVerified: region !== undefined,
  };
  return PartySchema.parse(input);
});
parties.sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(new URL('../data/parties.json', import.meta.url), JSON.stringify(parties, null, 1) + '\n');
console.log(`wrote ${parties.length} Parties`);
