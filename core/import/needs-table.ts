/**
 * Reads a table of capacity-building needs as people have it: inside a document's text (as in
 * Annex 3 of the founding document, with page furniture and footnotes between its rows), as a
 * TSV or as a CSV, with headers in English, French or Spanish or none at all. Two shapes are
 * read: the report's wide table (one row per Party and period, one column per need category)
 * and the long list this project exports (one row per Party, period and category).
 *
 * Every problem is reported with its line and column, all of them; no partial result is given.
 */
import {
  NEED_CATEGORIES,
  type NeedCategory,
  type RecipientCode,
  type Visibility,
} from '../schemas/code-lists.ts';
import { needId, PeriodSchema, reportId, type Need, type Report } from '../schemas/need.ts';
import type { Party } from '../schemas/party.ts';
import type { LocatedError } from './located-error.ts';
import { readNoNeedsNote } from './no-needs-notes.ts';
import { findParty } from './party-lookup.ts';
import { parseRecipientCell } from './recipient-cell.ts';
import {
  columnName,
  columnRoles,
  headerRole,
  isHeaderRow,
  STANDARD_COLUMNS,
  type ColumnRole,
} from './table-header.ts';
import { readTableText, type TableForm, type TableRow } from './table-rows.ts';

export interface NeedsImportOptions {
  /** Id of the source the records are stamped with. */
  source: string;
  visibility?: Visibility;
}

export type NeedsImportResult =
  { ok: true; form: TableForm; reports: Report[]; needs: Need[] } | { ok: false; errors: LocatedError[] };

const CATEGORY_SET = new Set<string>(NEED_CATEGORIES);
const LOOKS_LIKE_PERIOD = /^\s*\d{4}/;

/** Reads a needs table from `text`; see the module comment for what it accepts. */
export function importNeedsTable(text: string, options: NeedsImportOptions): NeedsImportResult {
  const table = readTableText(text);
  const state = new ImportState(options);
  if (table.rows.every((row) => row.cells.length < 2)) return state.result(table.form);
  let headers: string[][] = [];
  let roles: ColumnRole[] = [...STANDARD_COLUMNS];
  let previousWasHeader = false;

  table.rows.forEach((row, index) => {
    if (isHeaderRow(row.cells)) {
      headers = previousWasHeader ? [...headers, row.cells] : [row.cells];
      roles = columnRoles(headers);
      previousWasHeader = true;
      state.checkRequiredColumns(row.line, roles);
      return;
    }
    previousWasHeader = false;
    const party = roles.indexOf('party');
    const period = roles.indexOf('period');
    const looksLikeRow =
      findParty(row.cells[party] ?? '') !== undefined || LOOKS_LIKE_PERIOD.test(row.cells[period] ?? '');
    // In a document, tabbed lines that are not needs rows are furniture; in a file, the first
    // row may be a header in words we do not know, and the standard order is assumed.
    if (!looksLikeRow && (table.form === 'document' || index === 0)) return;
    state.readRow(row, roles, headers);
  });
  if (table.form === 'document') {
    for (const line of table.prose) state.readProse(line);
  }
  return state.result(table.form);
}

class ImportState {
  private readonly errors: LocatedError[] = [];
  private readonly reports = new Map<string, { report: Report; line: number }>();
  private readonly needs = new Map<string, { need: Need; line: number }>();
  private readonly noNeeds: Report[] = [];
  private checkedHeaderLines = new Set<number>();

  constructor(private readonly options: NeedsImportOptions) {}

  checkRequiredColumns(line: number, roles: ColumnRole[]): void {
    if (this.checkedHeaderLines.has(line)) return;
    this.checkedHeaderLines.add(line);
    const long = roles.includes('category') || roles.includes('recipients');
    const required: ColumnRole[] = long ? ['party', 'period', 'category', 'recipients'] : ['party', 'period'];
    for (const role of required) {
      if (!roles.includes(role)) this.errors.push({ line, message: `the header has no ${role} column` });
    }
  }

  readRow(row: TableRow, roles: ColumnRole[], headers: string[][]): void {
    const name = (index: number) => columnName(headers, index, roles[index]);
    const cells = trimTrailingEmpty(row.cells, roles.length);
    const width = roles.length;
    const minimum = roles[width - 1] === 'details' ? width - 1 : width;
    if (cells.length < minimum || cells.length > width) {
      const expected = minimum === width ? `${width}` : `${minimum} or ${width}`;
      this.errors.push({
        line: row.line,
        message: `the row has ${cells.length} cells, expected ${expected} (${roles.map((_, i) => name(i)).join(', ')})`,
      });
      return;
    }
    const cell = (role: ColumnRole) => {
      const index = roles.indexOf(role);
      return {
        index,
        value: index < 0 ? '' : (cells[index] ?? '').trim(),
        field: index < 0 ? role : name(index),
      };
    };
    const errorsBefore = this.errors.length;
    const partyCell = cell('party');
    const party = findParty(partyCell.value);
    if (!party) {
      const message = partyCell.value ? `unknown Party "${partyCell.value}"` : 'the Party is missing';
      this.errors.push({ line: row.line, field: partyCell.field, message });
    }
    const periodCell = cell('period');
    const period = readPeriod(periodCell.value);
    if (period === undefined) {
      this.errors.push({
        line: row.line,
        field: periodCell.field,
        message: `malformed report period "${periodCell.value}" (expected a year such as 2017 or a span such as 2015-2017)`,
      });
    }
    const detailsText = cell('details').value || undefined;
    const recipientsOf = (index: number): RecipientCode[] | undefined => {
      const parsed = parseRecipientCell(cells[index] ?? '');
      if (parsed.ok) return parsed.codes;
      this.errors.push({
        line: row.line,
        field: name(index),
        message: `unknown recipient code${parsed.unknown.length > 1 ? 's' : ''} ${parsed.unknown.map((c) => `"${c}"`).join(', ')} (expected MA, SA, EA, T, N, P or O)`,
      });
      return undefined;
    };

    if (roles.includes('category')) {
      const categoryCell = cell('category');
      const category = readCategory(categoryCell.value);
      if (!category) {
        this.errors.push({
          line: row.line,
          field: categoryCell.field,
          message: `unknown need category "${categoryCell.value}" (expected ${NEED_CATEGORIES.join(', ')})`,
        });
      }
      const recipients = recipientsOf(roles.indexOf('recipients'));
      if (recipients && recipients.length === 0) {
        this.errors.push({ line: row.line, field: cell('recipients').field, message: 'no recipient given' });
      }
      if (this.errors.length > errorsBefore || !party || !period || !category || !recipients) return;
      this.addReport(row.line, party, period, true, detailsText, false);
      this.addNeed(row.line, party, period, category, recipients, detailsText);
      return;
    }

    const found: Array<[NeedCategory, RecipientCode[]]> = [];
    roles.forEach((role, index) => {
      if (!CATEGORY_SET.has(role)) return;
      const recipients = recipientsOf(index);
      if (recipients && recipients.length > 0) found.push([role as NeedCategory, recipients]);
    });
    if (this.errors.length > errorsBefore || !party || !period) return;
    if (!this.addReport(row.line, party, period, found.length > 0, detailsText, true)) return;
    for (const [category, recipients] of found) {
      this.addNeed(row.line, party, period, category, recipients, detailsText);
    }
  }

  readProse(row: TableRow): void {
    const note = readNoNeedsNote(row.cells.join(' '));
    if (!note) return;
    for (const party of note.parties) {
      const alreadyReported = [...this.reports.values()].some(({ report }) => report.party === party.code);
      if (alreadyReported || this.noNeeds.some((report) => report.party === party.code)) continue;
      this.noNeeds.push({
        id: reportId(party.code, undefined),
        party: party.code,
        needsExpressed: false,
        note: note.note,
        source: this.options.source,
        visibility: this.options.visibility ?? 'public',
      });
    }
  }

  private addReport(
    line: number,
    party: Party,
    period: string,
    needsExpressed: boolean,
    details: string | undefined,
    uniqueRow: boolean,
  ): boolean {
    const id = reportId(party.code, period);
    const existing = this.reports.get(id);
    if (existing) {
      if (uniqueRow) {
        this.errors.push({
          line,
          message: `${party.names.en} ${period} appears twice (first at line ${existing.line})`,
        });
        return false;
      }
      if (details && !existing.report.details) existing.report.details = details;
      return true;
    }
    const report: Report = {
      id,
      party: party.code,
      period,
      needsExpressed,
      ...(details ? { details } : {}),
      source: this.options.source,
      visibility: this.options.visibility ?? 'public',
    };
    this.reports.set(id, { report, line });
    return true;
  }

  private addNeed(
    line: number,
    party: Party,
    period: string,
    category: NeedCategory,
    recipients: RecipientCode[],
    details: string | undefined,
  ): void {
    const id = needId(party.code, period, category);
    const existing = this.needs.get(id);
    if (existing) {
      this.errors.push({
        line,
        message: `${party.names.en} ${period} ${category} appears twice (first at line ${existing.line})`,
      });
      return;
    }
    const need: Need = {
      id,
      party: party.code,
      period,
      category,
      recipients,
      ...(details ? { details } : {}),
      report: reportId(party.code, period),
      source: this.options.source,
      visibility: this.options.visibility ?? 'public',
    };
    this.needs.set(id, { need, line });
  }

  result(form: TableForm): NeedsImportResult {
    if (this.errors.length > 0) {
      return { ok: false, errors: [...this.errors].sort((a, b) => a.line - b.line) };
    }
    if (this.reports.size === 0 && this.noNeeds.length === 0) {
      return {
        ok: false,
        errors: [{ line: 1, message: 'no needs table found (no row names a Party and a report period)' }],
      };
    }
    return {
      ok: true,
      form,
      reports: [...[...this.reports.values()].map(({ report }) => report), ...this.noNeeds],
      needs: [...this.needs.values()].map(({ need }) => need),
    };
  }
}

function trimTrailingEmpty(cells: string[], width: number): string[] {
  let end = cells.length;
  while (end > width && (cells[end - 1] ?? '').trim() === '') end--;
  return cells.slice(0, end);
}

function readPeriod(value: string): string | undefined {
  const period = value.replace(/\s*[–—‐-]\s*/g, '-');
  return PeriodSchema.safeParse(period).success ? period : undefined;
}

function readCategory(value: string): NeedCategory | undefined {
  const lower = value.trim().toLowerCase();
  if (CATEGORY_SET.has(lower)) return lower as NeedCategory;
  const role = headerRole(value);
  return role && CATEGORY_SET.has(role) ? (role as NeedCategory) : undefined;
}
