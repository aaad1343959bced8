/**
 * Pure summaries of the capacity-building needs in a dataset: the Party × category matrix, its
 * totals row, sorting and filtering, counts for charts and one Party's profile. Used by the
 * widgets; free of any UI.
 */
import { PARTIES } from '../data/parties.ts';
import {
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  REGION_CODES,
  sortRecipients,
  type Language,
  type NeedCategory,
  type RecipientCode,
  type RegionCode,
} from '../schemas/code-lists.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Need, Report, Source } from '../schemas/need.ts';
import type { Party } from '../schemas/party.ts';

/** What the summaries need to know of a Party: its names and region. */
export type PartyInfo = Pick<Party, 'code' | 'names' | 'region'>;

/** Looks a Party up by code: the dataset's own `parties` first, then the bundled 185. */
export type PartyLookup = (code: string) => PartyInfo | undefined;

/** A lookup over the bundled Parties overridden by those the dataset defines. */
export function partyLookup(
  dataset: Pick<Dataset, 'parties'>,
  bundled: readonly PartyInfo[] = PARTIES,
): PartyLookup {
  const byCode = new Map<string, PartyInfo>(bundled.map((party) => [party.code, party]));
  for (const party of dataset.parties) byCode.set(party.code, party);
  return (code) => byCode.get(code);
}

/** One row of the needs matrix: a Party that reported, and the recipients it named per category. */
export interface MatrixRow {
  party: string;
  region: RegionCode | undefined;
  /** Its reports in the data, oldest period first. */
  reports: Report[];
  /** Its needs in the data. */
  needs: Need[];
  /** Recipients named per category, over all its reports, in the report's column order. */
  cells: Record<NeedCategory, RecipientCode[]>;
  /** Number of need records (a need is one category in one report). */
  needCount: number;
}

function emptyCells(): Record<NeedCategory, RecipientCode[]> {
  return { advice: [], technical: [], financial: [], training: [], other: [] };
}

/** Compares report periods ("2015-2017", "2017") by start then end year; unspecified last. */
export function comparePeriods(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b);
}

/**
 * The matrix: one row per Party with a report or a need in the dataset (a report that expressed
 * no needs still gives a row, with empty cells), in Party-code order.
 */
export function needsMatrix(dataset: Pick<Dataset, 'reports' | 'needs'>, lookup: PartyLookup): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  const rowOf = (party: string): MatrixRow => {
    let row = rows.get(party);
    if (!row) {
      row = {
        party,
        region: lookup(party)?.region,
        reports: [],
        needs: [],
        cells: emptyCells(),
        needCount: 0,
      };
      rows.set(party, row);
    }
    return row;
  };
  for (const report of dataset.reports) rowOf(report.party).reports.push(report);
  for (const need of dataset.needs) {
    const row = rowOf(need.party);
    row.needs.push(need);
    row.cells[need.category] = sortRecipients([...row.cells[need.category], ...need.recipients]);
    row.needCount += 1;
  }
  for (const row of rows.values()) row.reports.sort((a, b) => comparePeriods(a.period, b.period));
  return [...rows.values()].sort((a, b) => a.party.localeCompare(b.party));
}

/** True when the Party's reports in the data all say it expressed no needs (and it has none). */
export function expressedNoNeeds(row: MatrixRow): boolean {
  return row.needCount === 0 && row.reports.length > 0 && row.reports.every((r) => !r.needsExpressed);
}

/** Filters of the matrix; an absent filter keeps everything. */
export interface MatrixFilter {
  region?: RegionCode | undefined;
  category?: NeedCategory | undefined;
  recipient?: RecipientCode | undefined;
}

/**
 * Rows that pass the filters: the Party is in the region, and (when a category or a recipient is
 * chosen) it named that recipient, in that category.
 */
export function filterMatrix(rows: readonly MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  const categories = filter.category ? [filter.category] : NEED_CATEGORIES;
  return rows.filter((row) => {
    if (filter.region && row.region !== filter.region) return false;
    if (!filter.category && !filter.recipient) return true;
    return categories.some((category) => {
      const cell = row.cells[category];
      return filter.recipient ? cell.includes(filter.recipient) : cell.length > 0;
    });
  });
}

export type MatrixSortKey = 'party' | 'region' | 'needs';
export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts rows by Party name (in `lang`), by region (then name) or by number of needs (then name),
 * ascending or descending. Ties always fall back to the Party name in ascending order.
 */
export function sortMatrix(
  rows: readonly MatrixRow[],
  key: MatrixSortKey,
  direction: SortDirection,
  lang: Language,
  lookup: PartyLookup,
  regionName: (region: RegionCode) => string = (region) => region,
): MatrixRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const nameOf = (row: MatrixRow) => lookup(row.party)?.names[lang] ?? row.party;
  const byName = (a: MatrixRow, b: MatrixRow) => collator.compare(nameOf(a), nameOf(b));
  const sign = direction === 'ascending' ? 1 : -1;
  const primary = (a: MatrixRow, b: MatrixRow): number => {
    if (key === 'needs') return a.needCount - b.needCount;
    if (key === 'region') {
      const ra = a.region ? regionName(a.region) : '\uffff';
      const rb = b.region ? regionName(b.region) : '\uffff';
      return collator.compare(ra, rb);
    }
    return byName(a, b);
  };
  return [...rows].sort((a, b) => sign * primary(a, b) || byName(a, b));
}

/** The totals of one category over a set of rows. */
export interface CategoryTotal {
  category: NeedCategory;
  /** How many Parties need this category. */
  parties: number;
  /** For each recipient, how many Parties named it in this category. */
  recipients: Record<RecipientCode, number>;
}

function zeroRecipients(): Record<RecipientCode, number> {
  return { MA: 0, SA: 0, EA: 0, T: 0, N: 0, P: 0, O: 0 };
}

/** The totals row: per category, the number of Parties that need it and for whom. */
export function matrixTotals(rows: readonly MatrixRow[]): CategoryTotal[] {
  return NEED_CATEGORIES.map((category) => {
    const recipients = zeroRecipients();
    let parties = 0;
    for (const row of rows) {
      const cell = row.cells[category];
      if (cell.length === 0) continue;
      parties += 1;
      for (const code of cell) recipients[code] += 1;
    }
    return { category, parties, recipients };
  });
}

/** A bar of a chart: a key and the number of Parties behind it. */
export interface CountEntry<K extends string> {
  key: K;
  parties: number;
}

/** Parties with at least one need, per category, in the grid's column order. */
export function partiesByCategory(rows: readonly MatrixRow[]): CountEntry<NeedCategory>[] {
  return matrixTotals(rows).map(({ category, parties }) => ({ key: category, parties }));
}

/** Parties that named each recipient in at least one need, in the report's column order. */
export function partiesByRecipient(rows: readonly MatrixRow[]): CountEntry<RecipientCode>[] {
  return RECIPIENT_CODES.map((code) => ({
    key: code,
    parties: rows.filter((row) => NEED_CATEGORIES.some((c) => row.cells[c].includes(code))).length,
  }));
}

/** Parties with at least one need, per CITES region. */
export function partiesByRegion(rows: readonly MatrixRow[]): CountEntry<RegionCode>[] {
  return REGION_CODES.map((region) => ({
    key: region,
    parties: rows.filter((row) => row.region === region && row.needCount > 0).length,
  }));
}

/** One report of a Party, with the needs it expressed. */
export interface ReportSummary {
  report: Report | undefined;
  period: string | undefined;
  needsExpressed: boolean;
  /** Its needs in the grid's category order. */
  needs: Need[];
  details: string | undefined;
  note: string | undefined;
}

/** A Party's profile: what the data says about its reports and needs. */
export interface PartyProfile {
  party: string;
  info: PartyInfo | undefined;
  /** `needs`: it expressed needs; `no-needs`: it reported none; `no-report`: nothing in the data. */
  status: 'needs' | 'no-needs' | 'no-report';
  reports: ReportSummary[];
  /** The sources its records cite, in the order of the dataset's `sources`. */
  sources: Source[];
}

const categoryOrder = (need: Need) => NEED_CATEGORIES.indexOf(need.category);

/** The profile of Party `code` in the dataset. Needs without a report record get their own entry. */
export function partyProfile(dataset: Dataset, code: string, lookup: PartyLookup): PartyProfile {
  const reports = dataset.reports
    .filter((r) => r.party === code)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const needs = dataset.needs.filter((n) => n.party === code);
  const summaries: ReportSummary[] = reports.map((report) => ({
    report,
    period: report.period,
    needsExpressed: report.needsExpressed,
    needs: needs
      .filter((n) => n.report === report.id || (n.report === undefined && n.period === report.period))
      .sort((a, b) => categoryOrder(a) - categoryOrder(b)),
    details: report.details,
    note: report.note,
  }));
  const placed = new Set(summaries.flatMap((s) => s.needs));
  const orphans = needs.filter((n) => !placed.has(n));
  for (const period of [...new Set(orphans.map((n) => n.period))].sort(comparePeriods)) {
    const own = orphans
      .filter((n) => n.period === period)
      .sort((a, b) => categoryOrder(a) - categoryOrder(b));
    summaries.push({
      report: undefined,
      period,
      needsExpressed: true,
      needs: own,
      details: own.find((n) => n.details)?.details,
      note: undefined,
    });
  }
  const cited = new Set<string>([...reports, ...needs].map((r) => r.source));
  const status = needs.length > 0 ? 'needs' : reports.length > 0 ? 'no-needs' : 'no-report';
  return {
    party: code,
    info: lookup(code),
    status,
    reports: summaries,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
  };
}
