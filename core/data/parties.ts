import type { Party } from '../schemas/party.ts';
import partiesJson from './parties.json' with { type: 'json' };

/**
 * The 185 Parties to CITES (184 States and the European Union), with UN short names in English,
 * French and Spanish, aliases met in documents, and CITES regions. Built by
 * `core/scripts/build-parties.ts`, which validates every entry with `PartySchema`; a unit test
 * checks the file against the schema again, so it is read here without loading the validator.
 * The European Union's region (Europe) is an assumption and is marked `regionVerified: false`.
 */
export const PARTIES: readonly Party[] = Object.freeze(
  (partiesJson as Array<Omit<Party, 'regionVerified'> & { regionVerified?: boolean }>).map((party) => ({
    ...party,
    regionVerified: party.regionVerified ?? true,
  })),
);

const BY_CODE = new Map(PARTIES.map((party) => [party.code, party]));

/** The Party with this code, or undefined. */
export function partyByCode(code: string): Party | undefined {
  return BY_CODE.get(code);
}

/** True when `code` is the code of one of the bundled Parties. */
export function isPartyCode(code: string): boolean {
  return BY_CODE.has(code);
}
