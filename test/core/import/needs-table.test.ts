import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { FOUNDING_SOURCE } from '../../../core/data/founding-source.ts';
import { importNeedsTable, type NeedsImportResult } from '../../../core/import/needs-table.ts';

const founding = readFileSync(new URL('../../../core/data/founding-document.txt', import.meta.url), 'utf8');
const importText = (text: string) => importNeedsTable(text, { source: 'test' });

function needsOf(result: NeedsImportResult): string[] {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.needs.map((n) => `${n.party} ${n.period} ${n.category} ${n.recipients.join(' ')}`);
}

function errorsOf(result: NeedsImportResult): string[] {
  if (result.ok) throw new Error('expected errors, got success');
  return result.errors.map((e) => `${e.line}: ${e.field ? `${e.field}: ` : ''}${e.message}`);
}

describe('importing the founding document', () => {
  it('finds its Annex 3 table inside the prose: 17 Parties and 60 needs, identical to the bundled dataset', () => {
    const result = importNeedsTable(founding, { source: FOUNDING_SOURCE.id });
    expect(result.ok && result.form).toBe('document');
    if (!result.ok) return;
    const bundled = defaultDataset();
    expect(result.needs).toEqual(bundled.needs);
    expect(result.reports).toEqual(bundled.reports);
  });

  it('reads rows on both sides of the footnote and page furniture that interrupt the table', () => {
    const interrupted = founding.replace(
      'Morocco\t',
      'AC31 Doc. 10/PC25 Doc. 11 Add. (Rev. 1) – p. 9\n\nMorocco\t',
    );
    expect(needsOf(importText(interrupted))).toHaveLength(60);
  });
});

describe('importing TSV and CSV files', () => {
  it('reads a TSV with the standard English header', () => {
    const tsv =
      'Party\tReport period\tAdvice\tTechnical\tFinancial\tTraining\tOther\tDetails\nMexico\t2015-2017\t\tEA\tSA\tMA, EA\t\t\n';
    expect(needsOf(importText(tsv))).toEqual([
      'MX 2015-2017 technical EA',
      'MX 2015-2017 financial SA',
      'MX 2015-2017 training MA EA',
    ]);
  });

  it('reads a CSV with quotes, CRLF line ends and a byte-order mark', () => {
    const csv =
      '\uFEFFParty,Report period,Advice,Technical,Financial,Training,Other,Details\r\n' +
      '"Venezuela (Bolivarian Republic of)",2015-2017,,"MA, SA","MA,SA","MA, SA, EA, P",,"Studies, ""manuals"""\r\n';
    const result = importText(csv);
    expect(needsOf(result)).toEqual([
      'VE 2015-2017 technical MA SA',
      'VE 2015-2017 financial MA SA',
      'VE 2015-2017 training MA SA EA P',
    ]);
    expect(result.ok && result.needs[0]?.details).toBe('Studies, "manuals"');
  });

  it('reads French and Spanish headers and Party names in any working language or alias', () => {
    const fr =
      'Partie,Période du rapport,Avis ou orientations,Assistance technique,Assistance financière,Formation,Autre,Détails\n' +
      'République démocratique du Congo,2017-2018,,MA,,,,\n' +
      'Maroc,2015-2017,SA,,,,,\n';
    expect(needsOf(importText(fr))).toEqual(['CD 2017-2018 technical MA', 'MA 2015-2017 advice SA']);
    const es =
      'Parte,Período,Asesoramiento,Asistencia técnica,Asistencia financiera,Capacitación,Otro,Detalles\n' +
      'Viet Nam,2017,,,,EA,,\nVietnam,2018,,,,SA,,\nTurquía,2017,MA,,,,,\n';
    expect(needsOf(importText(es))).toEqual([
      'VN 2017 training EA',
      'VN 2018 training SA',
      'TR 2017 advice MA',
    ]);
  });

  it('assumes the standard column order where the header is not recognized, or absent', () => {
    const unknownHeader =
      'Land,Zeitraum,Rat,Technik,Geld,Ausbildung,Sonstiges,Einzelheiten\nPeru,2015-2017,MA,,,T,,\n';
    expect(needsOf(importText(unknownHeader))).toEqual(['PE 2015-2017 advice MA', 'PE 2015-2017 training T']);
    expect(needsOf(importText('Samoa\t2015-2017\tMA, SA\t\t\t\t\t\n'))).toEqual([
      'WS 2015-2017 advice MA SA',
    ]);
  });

  it('accepts recipient lists written "MA, SA", "MA,SA" or "MA SA", in any case, and sorts them', () => {
    const tsv = 'China\t2015-2017\tP, ma,SA\tEA T\t\t\t\t\n';
    expect(needsOf(importText(tsv))).toEqual(['CN 2015-2017 advice MA SA P', 'CN 2015-2017 technical EA T']);
  });

  it('keeps a row with no needs as a report that expressed none', () => {
    const result = importText('Barbados\t2015-2017\t\t\t\t\t\t\n');
    expect(result.ok && result.reports).toMatchObject([
      { party: 'BB', period: '2015-2017', needsExpressed: false },
    ]);
    expect(result.ok && result.needs).toEqual([]);
  });

  it('reads the long list it exports: party,period,category,recipients', () => {
    const csv = 'party,period,category,recipients\nMX,2015-2017,technical,EA\nMX,2015-2017,training,MA EA\n';
    expect(needsOf(importText(csv))).toEqual(['MX 2015-2017 technical EA', 'MX 2015-2017 training MA EA']);
  });
});

describe('bad input', () => {
  it('reports every error with its line and column, not only the first', () => {
    const csv =
      'Party,Report period,Advice,Technical,Financial,Training,Other,Details\n' +
      'Atlantis,2015-2017,MA,,,,,\n' +
      'Mexico,2015/17,,EA,,,,\n' +
      'Peru,2015-2017,MA,XY,,,,\n' +
      'Chile,2015-2017,MA\n';
    expect(errorsOf(importText(csv))).toEqual([
      '2: Party: unknown Party "Atlantis"',
      '3: Report period: malformed report period "2015/17" (expected a year such as 2017 or a span such as 2015-2017)',
      '4: Technical: unknown recipient code "XY" (expected MA, SA, EA, T, N, P or O)',
      '5: the row has 3 cells, expected 7 or 8 (Party, Report period, Advice, Technical, Financial, Training, Other, Details)',
    ]);
  });

  it('counts lines from where a record starts, past quoted cells that hold line breaks', () => {
    const csv =
      'Party,Report period,Advice,Technical,Financial,Training,Other,Details\nPeru,2015-2017,MA,,,,,"two\nlines"\nPeru,2019,QQ,,,,,\n';
    expect(errorsOf(importText(csv))).toEqual([
      '4: Advice: unknown recipient code "QQ" (expected MA, SA, EA, T, N, P or O)',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(errorsOf(importText('Peru\t2017-2015\tMA\t\t\t\t\t\n'))[0]).toContain(
      'malformed report period "2017-2015"',
    );
  });

  it('refuses the same Party and period twice, naming the first line', () => {
    expect(errorsOf(importText('Peru\t2017\tMA\t\t\t\t\t\nPerú\t2017\tSA\t\t\t\t\t\n'))).toEqual([
      '2: Peru 2017 appears twice (first at line 1)',
    ]);
  });

  it('says so when there is no table at all', () => {
    expect(errorsOf(importText('Just some prose.\nNothing tabular here.\n'))).toEqual([
      '1: no needs table found (no row names a Party and a report period)',
    ]);
    expect(errorsOf(importText(''))).toHaveLength(1);
  });
});
