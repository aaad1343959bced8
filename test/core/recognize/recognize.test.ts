/**
 * Examples of the recognizer's rules: the tricky Party names, the reference forms, the options,
 * the custom-Party factory and the cites.org links.
 */
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../../core/data/parties.ts';
import { createRecognizer, recognize, referenceUrl } from '../../../core/index.ts';
import type { Mention } from '../../../core/recognize/mention.ts';

const brief = (mentions: Mention[]) => mentions.map((m) => `${m.kind}:${m.id}:${m.text}`);
const parties = (text: string) => brief(recognize(text, { kinds: ['party'] }));

describe('recognize: Parties', () => {
  it('lets the longest name win', () => {
    expect(parties('Guinea, Equatorial Guinea, Guinea-Bissau, Papua New Guinea')).toEqual([
      'party:GN:Guinea',
      'party:GQ:Equatorial Guinea',
      'party:GW:Guinea-Bissau',
      'party:PG:Papua New Guinea',
    ]);
    expect(parties('Niger and Nigeria; Dominica and the Dominican Republic')).toEqual([
      'party:NE:Niger',
      'party:NG:Nigeria',
      'party:DM:Dominica',
      'party:DO:Dominican Republic',
    ]);
    expect(parties('the Democratic Republic of the Congo and the Congo')).toEqual([
      'party:CD:Democratic Republic of the Congo',
      'party:CG:Congo',
    ]);
  });

  it('does not report places that are not Parties', () => {
    expect(
      parties('South Sudan, American Samoa, New Guinea, Northern Ireland, the Dominican delegation'),
    ).toEqual([]);
    expect(parties("Democratic People's Republic of Korea")).toEqual([]);
    expect(parties('Soudan du Sud, Nouvelle-Guinée, Sudán del Sur, Samoa Americana')).toEqual([]);
  });

  it('needs a capital first letter but tolerates case after it', () => {
    expect(parties('turkey, chad, china, guinea fowl, jordan')).toEqual([]);
    expect(parties('MEXICO and Democratic Republic Of The Congo')).toEqual([
      'party:MX:MEXICO',
      'party:CD:Democratic Republic Of The Congo',
    ]);
  });

  it('matches abbreviations only as written', () => {
    expect(parties('EU UE USA UK UAE DRC RDC')).toEqual([
      'party:EU:EU',
      'party:EU:UE',
      'party:US:USA',
      'party:GB:UK',
      'party:AE:UAE',
      'party:CD:DRC',
      'party:CD:RDC',
    ]);
    expect(parties('Eu Usa Uk Drc')).toEqual([]);
  });

  it('knows older forms and both apostrophes', () => {
    expect(
      parties(
        "Viet Nam, Vietnam, Türkiye, Turkey, Côte d'Ivoire, Côte d’Ivoire, Iran (Islamic Republic of), Iran",
      ),
    ).toEqual([
      'party:VN:Viet Nam',
      'party:VN:Vietnam',
      'party:TR:Türkiye',
      'party:TR:Turkey',
      "party:CI:Côte d'Ivoire",
      'party:CI:Côte d’Ivoire',
      'party:IR:Iran (Islamic Republic of)',
      'party:IR:Iran',
    ]);
  });

  it('reads names in French and Spanish', () => {
    expect(
      parties(
        'République démocratique du Congo, Guinée équatoriale, République de Corée, Guinea Ecuatorial, República Democrática del Congo',
      ),
    ).toEqual([
      'party:CD:République démocratique du Congo',
      'party:GQ:Guinée équatoriale',
      'party:KR:République de Corée',
      'party:GQ:Guinea Ecuatorial',
      'party:CD:República Democrática del Congo',
    ]);
  });

  it('follows names across line breaks and hyphenated breaks', () => {
    expect(parties('Democratic Repub-\nlic of the\nCongo; Guinea-\nBissau; Papua New\r\nGuinea')).toEqual([
      'party:CD:Democratic Repub-\nlic of the\nCongo',
      'party:GW:Guinea-\nBissau',
      'party:PG:Papua New\r\nGuinea',
    ]);
    expect(parties('Niger-\nia')).toEqual([]);
  });

  it('follows names broken within their first four letters', () => {
    expect(parties('Ke-\nnya, Mal -\nawi, Thai-\nland, Ma  -\nli, Viêt Nam; EE. UU., EU,UK')).toEqual([
      'party:KE:Ke-\nnya',
      'party:MW:Mal -\nawi',
      'party:TH:Thai-\nland',
      'party:ML:Ma  -\nli',
      'party:VN:Viêt Nam',
      'party:US:EE. UU.',
      'party:EU:EU',
      'party:GB:UK',
    ]);
  });
});

describe('recognize: references', () => {
  it('reads decisions, ranges and lists', () => {
    expect(
      brief(
        recognize(
          'Decisions 18.39 to 18.46, Décision 18.46, Decisiones 18.42 y 18.43, Decision 16.162 (Rev. CoP18)',
        ),
      ),
    ).toEqual([
      'decision:18.39-18.46:Decisions 18.39 to 18.46',
      'decision:18.46:Décision 18.46',
      'decision:18.42:Decisiones 18.42',
      'decision:18.43:18.43',
      'decision:16.162:Decision 16.162 (Rev. CoP18)',
    ]);
  });

  it('reads resolutions', () => {
    expect(
      brief(
        recognize(
          'Resolution Conf. 11.17 (Rev. CoP18); Res. Conf. 18.3; Résolution Conf. 9.24; Resolución Conf. 12.8',
        ),
      ),
    ).toEqual([
      'resolution:11.17:Resolution Conf. 11.17 (Rev. CoP18)',
      'resolution:18.3:Res. Conf. 18.3',
      'resolution:9.24:Résolution Conf. 9.24',
      'resolution:12.8:Resolución Conf. 12.8',
    ]);
  });

  it('reads meeting documents', () => {
    expect(
      brief(
        recognize(
          'CoP18 Doc. 21.3, SC66 Doc. 20.2 (Rev.1), AC31 Doc. 10/PC25 Doc. 11, CoP19 Inf. 12, SC70 SR, CoP18 Com. I Rec. 14, CoP17 Docs 57.1, 57.2 and 57.3',
        ),
      ),
    ).toEqual([
      'document:CoP18 Doc. 21.3:CoP18 Doc. 21.3',
      'document:SC66 Doc. 20.2 (Rev. 1):SC66 Doc. 20.2 (Rev.1)',
      'document:AC31 Doc. 10/PC25 Doc. 11:AC31 Doc. 10/PC25 Doc. 11',
      'document:CoP19 Inf. 12:CoP19 Inf. 12',
      'document:SC70 SR:SC70 SR',
      'document:CoP18 Com. I Rec. 14:CoP18 Com. I Rec. 14',
      'document:CoP17 Doc. 57.1:CoP17 Docs 57.1',
      'document:CoP17 Doc. 57.2:57.2',
      'document:CoP17 Doc. 57.3:57.3',
    ]);
  });

  it('gives meeting documents their canonical id however the text spells and wraps them', () => {
    expect(
      recognize(
        'COP 09 DOC 5, SC66 Doc.\n20.2 Add. (Rev. 2) Annexe 3, AC31/PC25 Com. 9, CoP18 Com. II Rec. 9 (Rev. 1), ' +
          'SC69 Sum. 4 \\(Rev.1\\), SC70 SR Annex 2, PC24 Plen. 3',
        { kinds: ['document'] },
      ).map((m) => [m.id, m.text]),
    ).toEqual([
      ['CoP9 Doc. 5', 'COP 09 DOC 5'],
      ['SC66 Doc. 20.2 Add. (Rev. 2) Annex 3', 'SC66 Doc.\n20.2 Add. (Rev. 2) Annexe 3'],
      ['AC31/PC25 Com. 9', 'AC31/PC25 Com. 9'],
      ['CoP18 Com. II Rec. 9 (Rev. 1)', 'CoP18 Com. II Rec. 9 (Rev. 1)'],
      ['SC69 Sum. 4 (Rev. 1)', 'SC69 Sum. 4 \\(Rev.1\\)'],
      ['SC70 SR Annex 2', 'SC70 SR Annex 2'],
      ['PC24 Plen. 3', 'PC24 Plen. 3'],
    ]);
  });

  it('reads notifications and pads their numbers', () => {
    expect(
      brief(
        recognize(
          'Notification to the Parties No. 2020/0027; Notifications 2020/056 and 2020/057; notification aux Parties n° 2020/27; Notificación a las Partes No. 2020/027',
        ),
      ),
    ).toEqual([
      'notification:2020/027:Notification to the Parties No. 2020/0027',
      'notification:2020/056:Notifications 2020/056',
      'notification:2020/057:2020/057',
      'notification:2020/027:notification aux Parties n° 2020/27',
      'notification:2020/027:Notificación a las Partes No. 2020/027',
    ]);
  });
});

describe('recognize: options and factory', () => {
  it('filters by kind', () => {
    expect(brief(recognize('Kenya, Decision 18.46', { kinds: ['decision'] }))).toEqual([
      'decision:18.46:Decision 18.46',
    ]);
  });

  it('builds a recognizer for a custom Party list, quickly', () => {
    const t0 = performance.now();
    const custom = createRecognizer({ parties: PARTIES.filter((p) => p.code === 'KE') });
    expect(performance.now() - t0).toBeLessThan(50);
    expect(brief(custom.recognize('Kenya and Uganda'))).toEqual(['party:KE:Kenya']);
    const t1 = performance.now();
    createRecognizer();
    expect(performance.now() - t1).toBeLessThan(50);
  });
});

describe('referenceUrl', () => {
  it('gives verified English patterns and marks inferred ones', () => {
    expect(referenceUrl({ kind: 'document', id: 'CoP18 Doc. 26 (Rev. 1)', text: '' })).toEqual({
      url: 'https://cites.org/sites/default/files/eng/cop/18/doc/E-CoP18-026-R1.pdf',
      language: 'en',
      verified: true,
    });
    expect(referenceUrl({ kind: 'notification', id: '2014/037', text: '' })?.url).toBe(
      'https://cites.org/sites/default/files/notif/E-Notif-2014-037.pdf',
    );
    expect(referenceUrl({ kind: 'notification', id: '2020/027', text: '' }, 'fr')).toEqual({
      url: 'https://cites.org/sites/default/files/notif/F-Notif-2020-027.pdf',
      language: 'fr',
      verified: false,
    });
    expect(
      referenceUrl({ kind: 'resolution', id: '12.3', text: 'Resolution Conf. 12.3 (Rev. CoP18)' })?.url,
    ).toBe('https://cites.org/sites/default/files/document/E-Res-12-03-R18.pdf');
    expect(referenceUrl({ kind: 'document', id: 'CoP19 Inf. 74', text: '' })?.url).toBe(
      'https://cites.org/sites/default/files/documents/E-CoP19-Inf-74.pdf',
    );
  });
});
