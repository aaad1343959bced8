import { describe, expect, it } from 'vitest';
import {
  citesCodeFromText,
  citesCodeFromUrl,
  documentKeys,
  identifyDocument,
  withUrl,
} from '../../../core/notes/index.ts';

describe('citesCodeFromUrl', () => {
  it.each([
    ['https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf', 'SC66 Doc. 20.2'],
    ['https://cites.org/sites/default/files/fra/cop/18/doc/F-CoP18-021-03.pdf', 'CoP18 Doc. 21.3'],
    ['https://cites.org/sites/default/files/esp/cop/18/doc/S-CoP18-021-03.pdf', 'CoP18 Doc. 21.3'],
    ['https://cites.org/sites/default/files/documents/E-SC75-13-R1.pdf', 'SC75 Doc. 13'],
    ['https://cites.org/sites/default/files/documents/E-SC78-65-01_0.pdf', 'SC78 Doc. 65.1'],
    ['https://cites.org/sites/default/files/documents/E-SC77-Inf-12.pdf', 'SC77 Inf. 12'],
    ['https://cites.org/sites/default/files/documents/E-CoP20-Inf-053.pdf', 'CoP20 Inf. 53'],
    ['https://cites.org/sites/default/files/documents/COP/20/prop/E-CoP20-Prop-13.pdf', 'CoP20 Prop. 13'],
    [
      'https://cites.org/sites/default/files/eng/cop/18/Com_I/SR/E-CoP18-Com-I-Rec-14.pdf',
      'CoP18 Com. I Rec. 14',
    ],
    ['https://cites.org/sites/default/files/eng/com/sc/74/E-SC74-73-A2.pdf', 'SC74 Doc. 73 Annex 2'],
    ['https://cites.org/sites/default/files/eng/com/ac/28/E-AC28-21-01-Annex4.pdf', 'AC28 Doc. 21.1 Annex 4'],
    [
      'https://cites.org/sites/default/files/documents/E-AC31-10-PC25-11-A.pdf',
      'AC31 Doc. 10/PC25 Doc. 11 Annex',
    ],
    ['https://cites.org/sites/default/files/notif/E-Notif-2014-037.pdf', 'Notification 2014/037'],
    [
      'https://cites.org/sites/default/files/documents/COP/19/resolution/E-Res-12-05-R19.pdf',
      'Res. Conf. 12.5',
    ],
    ['https://cites.org/sites/default/files/eng/cop/18/doc/E-CoP18-069-03-R1.pdf#page=3', 'CoP18 Doc. 69.3'],
  ])('%s is %s', (url, code) => {
    expect(citesCodeFromUrl(url)).toBe(code);
  });

  it('gives nothing for other files', () => {
    expect(citesCodeFromUrl('https://example.org/report.pdf')).toBeUndefined();
    expect(citesCodeFromUrl('https://cites.org/eng/dec/valid17/81822')).toBeUndefined();
  });
});

describe('citesCodeFromText', () => {
  it('reads the code a document prints in its first lines, without the revision', () => {
    const head =
      'CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES OF WILD FAUNA AND FLORA\n' +
      'Sixty-sixth meeting of the Standing Committee\nGeneva (Switzerland), 11-15 January 2016\n' +
      'SC66 Doc. 20.2 (Rev. 1)\nIVORY: see also CoP17 Doc. 57.1';
    expect(citesCodeFromText(head)).toBe('SC66 Doc. 20.2');
    expect(citesCodeFromText('Langue originale : anglais SC66 Doc. 20.2\nCONVENTION SUR LE COMMERCE')).toBe(
      'SC66 Doc. 20.2',
    );
    expect(citesCodeFromText('NOTIFICATION TO THE PARTIES\nNo. 2020/027\nGeneva, 19 March 2020')).toBe(
      'Notification 2020/027',
    );
    expect(citesCodeFromText('Conf. 12.5 (Rev. CoP19)\nConservation of and trade in tigers')).toBe(
      'Res. Conf. 12.5',
    );
    expect(citesCodeFromText('A workshop report on wildlife trade.')).toBeUndefined();
  });
});

describe('identifyDocument', () => {
  it('gives HTML, PDF and language versions of one document the same id', () => {
    const pdf = identifyDocument({
      url: 'https://cites.org/sites/default/files/eng/com/sc/66/E-SC66-20-02.pdf',
      fingerprint: 'abc',
    });
    const french = identifyDocument({
      url: 'https://cites.org/sites/default/files/fra/com/sc/66/F-SC66-20-02.pdf',
    });
    const copy = identifyDocument({
      url: 'https://example.org/mirror/sc66-ivory.html#top',
      text: 'SC66 Doc. 20.2\nIvory',
      title: 'Ivory',
    });
    expect(pdf.id).toBe('SC66 Doc. 20.2');
    expect(french.id).toBe(pdf.id);
    expect(copy).toEqual({
      id: 'SC66 Doc. 20.2',
      title: 'Ivory',
      urls: ['https://example.org/mirror/sc66-ivory.html'],
    });
    expect(pdf.fingerprint).toBe('abc');
  });

  it('falls back on the fingerprint, then on the address', () => {
    expect(identifyDocument({ url: 'https://example.org/a.pdf', fingerprint: 'f00' }).id).toBe('pdf:f00');
    expect(identifyDocument({ url: 'https://example.org/a.html#x' }).id).toBe(
      'url:https://example.org/a.html',
    );
    expect(() => identifyDocument({})).toThrow();
  });

  it('lists every key the notes of a document may be stored under', () => {
    const document = withUrl(
      { id: 'SC66 Doc. 20.2', urls: ['https://cites.org/a.pdf'], fingerprint: 'f00' },
      'https://example.org/b.html#x',
    );
    expect(documentKeys(document)).toEqual([
      'SC66 Doc. 20.2',
      'url:https://cites.org/a.pdf',
      'url:https://example.org/b.html',
      'pdf:f00',
    ]);
  });
});
