/**
 * The single-pass recognizer against the implementation it replaced (`oracle/`, one regular
 * expression per reference family and a trigger regex for the Party trie): the same mentions,
 * in the same order, on the corpus, the benchmark text and random texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../../core/data/parties.ts';
import { createRecognizer } from '../../../core/recognize/recognize.ts';
import { MENTION_KINDS } from '../../../core/recognize/mention.ts';
import { benchText } from '../../bench/recognize.bench.ts';
import { loadCorpus } from './corpus.ts';
import { createRecognizer as createOracle } from './oracle/recognize.ts';

const ours = createRecognizer();
const oracle = createOracle();

describe('recognize: same output as the former implementation', () => {
  it('on the corpus, for all kinds and each kind alone', () => {
    for (const { text } of loadCorpus()) {
      expect(ours.recognize(text)).toEqual(oracle.recognize(text));
      for (const kind of MENTION_KINDS)
        expect(ours.recognize(text, { kinds: [kind] })).toEqual(oracle.recognize(text, { kinds: [kind] }));
    }
  });

  it('on the 5-million-character benchmark text', () => {
    const text = benchText();
    const found = ours.recognize(text);
    expect(found.length).toBeGreaterThan(10_000);
    expect(found).toEqual(oracle.recognize(text));
  });

  it('on random texts', () => {
    const units = fc.constantFrom(
      ..."GuineaBissauCongoDemocraticRepublicofthe NigerViet Nam Türkiye Côte d’Ivoire EU UE UK U.S.A. EE. UU.-\n\r\t.,;()/’'`´0123456789 Decision DÉCISION décisions Decisión 18.46 Doc Docs. CoP18 COP SC66 AC PC Inf Com. I Rec. SR Add. Annex Notification NOTIF notif. No. n° 2020/0027 Conf. CONF 11.17 Res. Rés. RES. Resol. (Rev. CoP18) to à et y and _éÉİıſK\u0301\u00a0\u00ad\u2010\u2011\u2028\u2029\u2009\u3000\u0394\u03b4\u4e2d".split(
        '',
      ),
      '\uD83D\uDE00',
      '\uD83D',
      '\uDE00',
    );
    const words = fc.constantFrom(
      'Guinea',
      'Guinea-',
      '-\nBissau',
      'Repub-\n',
      'lic',
      'Democratic Republic of the ',
      "Democratic People's Republic of Korea",
      'Congo',
      'Niger',
      'ia',
      'South ',
      'Sudan',
      'Decisions ',
      ' 18.39',
      ' to ',
      'Resolution Conf. ',
      'Resolutions Conf. 10.10 (Rev. CoP18) and Conf. 11.17',
      'CoP17 Docs 57.1, 57.2 and 57.3',
      'AC31 Doc. 10/PC25 Doc. 11',
      'Notifications 2020/056 and 2020/057',
      'Notification aux Parties n° 2020/27',
      'Iran (Islamic Republic of)',
      'U.S.',
      'EE.UU.',
      'Côte d’Ivoire',
      'MEXICO',
      '_',
      'é',
      '\u0301',
      '\n\n\n',
      '\r\n',
    );
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.array(units, { maxLength: 200 }).map((a) => a.join('')),
      fc.array(fc.oneof(units, words), { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(ours.recognize(text)).toEqual(oracle.recognize(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('on meeting documents built from the parts of the common forms and their near misses', () => {
    const part = fc.constantFrom(
      'CoP',
      'COP',
      'SC',
      'AC',
      'PC',
      'CC',
      'Cop',
      'x',
      '_',
      '1',
      '18',
      '09',
      '123',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      '\r\n',
      'Doc',
      'Docs',
      'DOC',
      'Inf',
      'INF',
      'Info',
      'Prop',
      'Props',
      'Pro',
      'Sum',
      'SUM',
      'Su',
      'Com',
      'SR',
      '.',
      '. ',
      '21',
      '21.3',
      '1.2.3.4.5',
      '.1234',
      '1234',
      '(Rev. 1)',
      '(Rev.1)',
      '(Rev 12)',
      '(Rev. 123)',
      '(REV. 2)',
      '(rev. 2)',
      '\\(Rev. 1\\)',
      '(',
      ')',
      'Add.',
      'Annex 4',
      'Annexe 2',
      'ANNEX',
      '/PC25 Doc. 11',
      '/AC 9 Doc.3',
      '/PC123 Doc. 4',
      'SC66\u00a0Doc. 3',
      'CoP18\tInf. 2',
      'CoP18\nProp. 2',
      'AC31 Doc. 10',
      'SC 7 Sum.4',
      '/PC',
      '/AC',
      '/SC',
      ')',
      ',',
      '/',
      ', 57.2 and 57.3',
      ' and ',
      'Com.',
      'COM',
      ' I',
      ' II',
      'III',
      'I',
      'Rec.',
      'REC',
      'Rec',
      'Recommendation',
      'Annexe',
      'Anexo',
      'ANEXO',
      'Annexes',
      ' Add.',
      'ADD.',
      'Add',
      'é',
      'Ω',
      'SRx',
      'Plen',
      'PLEN',
      '\\(Rev.1\\)',
      '\\',
      '/AC31',
      '/PC25 Com. 2',
      'Doc.\n',
      ' \n ',
      '\r\n\r\n',
      'Rev',
      'rev',
      '(Rev. CoP18)',
      '(Rev. 01)',
      '07',
      '0',
    );
    const text = fc.array(part, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(ours.recognize(t, { kinds: ['document'] })).toEqual(
          oracle.recognize(t, { kinds: ['document'] }),
        );
      }),
      { numRuns: 20000 },
    );
  });

  it('on meeting documents built in their structure from the forms and their near misses', () => {
    const choose = (...options: string[]) => fc.constantFrom(...options);
    const gap = choose(' ', '  ', '\t', '\u00a0', '\n', '\r\n', ' \n ', '', '\n\n');
    const document = fc
      .tuple(
        fc.tuple(
          choose('', ' ', 'x', '_', '4', 'é', '('),
          choose('CoP', 'COP', 'SC', 'AC', 'PC', 'Cop', 'CC'),
          choose('', '', ' '),
          choose('18', '9', '09', '123', ''),
          choose('', '', '/PC25', '/AC 9', '/PC123', '/SC1', '/'),
          gap,
        ),
        fc.tuple(
          choose(
            'Doc.',
            'Doc',
            'Docs',
            'DOC',
            'Inf.',
            'INF',
            'Prop.',
            'Sum.',
            'Plen.',
            'Com.',
            'COM',
            'Com. I',
            'Com. II',
            'Com. III',
            'Com. I Rec.',
            'Com.II Rec',
            'SR',
            'SRx',
            'SRé',
            'Info',
            '',
          ),
          gap,
          choose('21', '21.3', '1.2.3.4.5', '1234', '.1', '57.1', ''),
          choose('', '', '/PC25 Doc. 11', ' / AC9\nDoc.3', '/PC25 Doc', '/PC1234 Doc. 1', '/x'),
        ),
        fc.tuple(
          choose('', '', ' Add.', ' ADD.', ' Add', '\nAdd.'),
          choose('', '', ' (Rev. 1)', '(Rev.12)', ' \\(Rev 2\\)', ' (REV. 123)', ' (rev 1', ' (Rev. CoP18)'),
          choose(
            '',
            '',
            ' Annex 4',
            ' Annexe 2',
            ' Anexo 12',
            ' ANNEX 3x',
            ' Annex 123',
            ' Annexé 2',
            ' Annex 2é',
          ),
          choose('', ',', ' and 57.2', ', 57.2 and 57.3', 'x', '.'),
        ),
      )
      .map((parts) => parts.flat().join(''));
    const text = fc.array(document, { minLength: 1, maxLength: 3 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        expect(ours.recognize(t, { kinds: ['document'] })).toEqual(
          oracle.recognize(t, { kinds: ['document'] }),
        );
      }),
      { numRuns: 20000 },
    );
  });

  /**
   * Texts of decisions or resolutions built in their structure (word, gap, "Conf." for
   * resolutions, number, revision, list and range items), each part taken from the forms and
   * their near misses.
   */
  function numberedReferences(words: string[], conf: string[]): fc.Arbitrary<string> {
    const choose = (...options: string[]) => fc.constantFrom(...options);
    const before = choose('', ' ', 'x', '_', '4', 'é', '(');
    const gap = choose(' ', '  ', '\t', '\u00a0', '\n', '\r\n', ' \n ', ' \r\n\t', '', '\r', '\n\n', '-');
    const number = choose(
      '18.46',
      '18.4',
      '9.162',
      '1.1234',
      '123.4',
      '18',
      '4',
      '18.',
      '.4',
      '18.46.2',
      'x',
    );
    const revision = choose(
      '',
      '',
      ' (Rev. CoP18)',
      '(Rev.CoP18)',
      ' \\(Rev. CoP18\\)',
      ' (rév. CoP18)',
      ' (Rév. COP 18)',
      '\n(REV\nCoP 1)',
      ' (Rev. CoP183)',
      ' (Rev. 1)',
      ' (Rev CoP18',
      ' (',
    );
    const joiner = choose(
      ' to ',
      ' à ',
      ' au ',
      ' a ',
      ' al ',
      ' through ',
      ' and ',
      ' et ',
      ' y ',
      ' e ',
      ' & ',
      ',',
      ', ',
      ', and ',
      ', et ',
      ',and ',
      '–',
      '-',
      ' – ',
      '—',
      ' etc ',
      'to',
      ' To ',
      ' x ',
      '\nand\n',
      '',
    );
    const item = fc
      .tuple(joiner, fc.constantFrom('', '', ...conf), number, revision)
      .map((parts) => parts.join(''));
    const reference = fc
      .tuple(
        before,
        fc.constantFrom(...words),
        gap,
        fc.constantFrom(...conf),
        number,
        revision,
        fc.array(item, { maxLength: 4 }),
        before,
      )
      .map(([b, w, g, c, n, r, items, a]) => b + w + g + c + n + r + items.join('') + a);
    return fc.array(fc.oneof(reference, joiner, number), { maxLength: 4 }).map((a) => a.join(''));
  }

  it('on decisions built in their structure from the forms and their near misses', () => {
    const words = [
      'Decision',
      'Decisions',
      'Décision',
      'décisions',
      'decision',
      'Decisión',
      'Decisiones',
      'Decisiónes',
      'DECISION',
      'DÉCISIONS',
      'DECISIÓN',
      'DECISIONES',
      'Decisio',
      'Decisionx',
      'Décisión',
      'Decisionés',
    ];
    fc.assert(
      fc.property(numberedReferences(words, ['']), (t) => {
        expect(ours.recognize(t, { kinds: ['decision'] })).toEqual(
          oracle.recognize(t, { kinds: ['decision'] }),
        );
      }),
      { numRuns: 20000 },
    );
  });

  it('on resolutions built in their structure from the forms and their near misses', () => {
    const words = [
      'Resolution',
      'Resolutions',
      'Résolution',
      'résolutions',
      'resolution',
      'Resolución',
      'Resoluciones',
      'RESOLUTION',
      'RÉSOLUTIONS',
      'RESOLUCIÓN',
      'RESOLUCIONES',
      'Res.',
      'Rés.',
      'Resol.',
      'RES.',
      'Res',
      'Résol.',
      'res.',
      'Resolutionx',
      'Resolu',
    ];
    const conf = ['Conf. ', 'Conf.', 'CONF ', 'Conf\n', 'Conference ', 'conf. ', 'Conf.\n\n', ''];
    fc.assert(
      fc.property(numberedReferences(words, conf), (t) => {
        expect(ours.recognize(t, { kinds: ['resolution'] })).toEqual(
          oracle.recognize(t, { kinds: ['resolution'] }),
        );
      }),
      { numRuns: 20000 },
    );
  });

  it('on notifications built in their structure from the forms and their near misses', () => {
    const choose = (...options: string[]) => fc.constantFrom(...options);
    const number = choose(
      '2020/027',
      '2020/0027',
      '2020 / 27',
      '2020/\n1',
      '20201/1',
      '202/1',
      '2020/12345',
      '2020/',
      '2020-027',
      '2020/27x',
      '2020/2',
    );
    const sign = choose(
      '',
      '',
      ' No.',
      ' No',
      ' Nos.',
      ' n°',
      ' nº',
      ' n.°',
      ' Nr.',
      ' núm.',
      ' NÚM',
      ' num',
      ' Noſ',
      ' Nothing',
      ' no.',
      ' N°s',
      ' n.',
      ' nö',
    );
    const item = fc
      .tuple(
        choose(
          ' and ',
          ' AND ',
          ' And ',
          ', ',
          ',',
          ' et ',
          ' ET ',
          ' y ',
          ' Y ',
          ' & ',
          ', and ',
          ', AND ',
          ' e ',
          ' to ',
          '–',
          ' x ',
          ',\n',
          ',\n\n',
          ' and\n',
          ' and\n\n',
          '\nand ',
          ', \n ',
        ),
        choose('', '', 'No. ', 'nos ', 'Nº', 'NÚM. ', 'No.\n', 'No.\n\n', '\n'),
        number,
      )
      .map((parts) => parts.join(''));
    const notification = fc
      .tuple(
        choose('', ' ', 'x', '_', '4', 'é'),
        choose(
          'Notification',
          'Notifications',
          'NOTIFICATION',
          'notification',
          'Notif.',
          'notif.',
          'NOTIF.',
          'Notificación',
          'NOTIFICACIÓN',
          'Notificaciones',
          'notificaciónes',
          'Notificacion',
          'Notificationſ',
          'Notifs',
          'Notif',
          'Notificatión',
        ),
        choose(
          '',
          '',
          ' to the Parties',
          ' aux Parties',
          ' a las Partes',
          ' TO THE PARTIES',
          ' to Parties',
          ' to the Partiesx',
          ' to the\nParties',
          ' aux',
          ' a las',
          ' to the Partieſ',
          ' the Parties',
          ' To The Parties                    ',
        ),
        sign,
        choose(' ', '', '  ', '\n', ' \n '),
        number,
        fc.array(item, { maxLength: 3 }),
        choose('', '.', 'x', '4'),
      )
      .map((parts) => parts.flat().join(''));
    const text = fc.array(notification, { minLength: 1, maxLength: 3 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        expect(ours.recognize(t, { kinds: ['notification'] })).toEqual(
          oracle.recognize(t, { kinds: ['notification'] }),
        );
      }),
      { numRuns: 20000 },
    );
  });

  it('with a custom list of Parties', () => {
    const some = PARTIES.filter((p) => ['KE', 'CD', 'CG', 'GN', 'US', 'EU'].includes(p.code));
    const custom = createRecognizer({ parties: some });
    const customOracle = createOracle({ parties: some });
    for (const { text } of loadCorpus()) expect(custom.recognize(text)).toEqual(customOracle.recognize(text));
  });
});
