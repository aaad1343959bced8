import { describe, expect, it } from 'vitest';
import { PARTIES, partyByCode } from '../../../core/data/parties.ts';
import { REGION_CODES } from '../../../core/schemas/codes.ts';
import { PartySchema } from '../../../core/schemas/party.ts';
import partiesJson from '../../../core/data/parties.json' with { type: 'json' };

describe('the bundled Parties', () => {
  it('are the 185 Parties: 184 States and the European Union, each code once', () => {
    expect(PARTIES).toHaveLength(185);
    expect(new Set(PARTIES.map((p) => p.code)).size).toBe(185);
    expect(partyByCode('EU')?.names.en).toBe('European Union');
  });

  it('are read from a file that the Party schema accepts as it is', () => {
    for (const entry of partiesJson) expect(PartySchema.parse(entry)).toEqual(entry);
    expect(PARTIES.map((p) => PartySchema.parse(p))).toEqual(PARTIES);
  });

  it('have a name in English, French and Spanish and a CITES region', () => {
    for (const party of PARTIES) {
      expect(party.names.en && party.names.fr && party.names.es, party.code).toBeTruthy();
      expect(REGION_CODES).toContain(party.region);
    }
  });

  it('count per region as the CITES regional lists do (EU shown with Europe, marked unverified)', () => {
    const count = (region: string) => PARTIES.filter((p) => p.region === region && p.code !== 'EU').length;
    expect([
      count('africa'),
      count('asia'),
      count('csac'),
      count('europe'),
      count('north-america'),
      count('oceania'),
    ]).toEqual([53, 39, 31, 49, 3, 9]);
    expect(partyByCode('EU')?.regionVerified).toBe(false);
    expect(partyByCode('MX')?.region).toBe('north-america');
  });

  it('leave out States that are not Parties', () => {
    for (const code of ['KP', 'HT', 'KI', 'MH', 'FM', 'NR', 'SS', 'TL', 'TV', 'VA', 'PS']) {
      expect(partyByCode(code), code).toBeUndefined();
    }
  });

  it('keep the older forms CITES documents still use as aliases', () => {
    expect(partyByCode('VN')?.aliases.en).toContain('Vietnam');
    expect(partyByCode('TR')?.aliases.en).toContain('Turkey');
    expect(partyByCode('IR')?.aliases.en).toContain('Iran');
    expect(partyByCode('SZ')?.aliases.en).toContain('Swaziland');
  });
});
