/**
 * Activities as CSV, with the header
 * `id,title,status,start,end,delivery,provider,donors,beneficiaries,recipients,category,objectives,budget,currency,funding,visibility`.
 * Lists inside a cell are separated by `;`, except recipients, which are codes separated by
 * spaces. Reading checks every row and reports every problem at its line and column; it gives
 * all the activities or none.
 */
import Papa from 'papaparse';
import { ActivitySchema, type Activity } from '../schemas/activity.ts';
import { formatPath } from '../dataset/parse-dataset.ts';
import { isPartyCode } from '../data/parties.ts';
import type { LocatedError } from '../import/located-error.ts';
import { parseDelimited } from '../import/table-rows.ts';

export const ACTIVITY_CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'start',
  'end',
  'delivery',
  'provider',
  'donors',
  'beneficiaries',
  'recipients',
  'category',
  'objectives',
  'budget',
  'currency',
  'funding',
  'visibility',
] as const;
type Column = (typeof ACTIVITY_CSV_COLUMNS)[number];

export type ActivitiesCsvResult =
  { ok: true; activities: Activity[] } | { ok: false; errors: LocatedError[] };

const list = (cell: string, separator: RegExp) =>
  cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Reads activities from CSV text; every record is stamped with `source`. */
export function parseActivitiesCsv(text: string, source: string): ActivitiesCsvResult {
  const table = parseDelimited(text.replace(/^\uFEFF/, ''), ',');
  const [header, ...rows] = table.rows;
  if (!header) return { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const errors: LocatedError[] = [];
  const missing = ACTIVITY_CSV_COLUMNS.filter((column) => !names.includes(column) && !OPTIONAL.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [
        {
          line: header.line,
          message: `the header lacks ${missing.join(', ')} (expected ${ACTIVITY_CSV_COLUMNS.join(',')})`,
        },
      ],
    };
  }
  const index = (column: Column) => names.indexOf(column);
  const activities: Activity[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      errors.push({
        line: row.line,
        message: `the row has ${row.cells.length} cells, expected ${names.length}`,
      });
      continue;
    }
    const cell = (column: Column) =>
      index(column) < 0 ? '' : unescapeFormula((row.cells[index(column)] ?? '').trim());
    const budgetText = cell('budget');
    const budget = budgetText === '' ? undefined : Number(budgetText.replace(/[\s,]/g, ''));
    const input = {
      id: cell('id'),
      title: cell('title'),
      status: cell('status'),
      ...(cell('start') ? { start: cell('start') } : {}),
      ...(cell('end') ? { end: cell('end') } : {}),
      delivery: cell('delivery'),
      provider: cell('provider'),
      donors: list(cell('donors'), /;/),
      beneficiaries: list(cell('beneficiaries'), /;/).map((code) => code.toUpperCase()),
      recipients: list(cell('recipients'), /[\s;,]+/).map((code) => code.toUpperCase()),
      category: cell('category'),
      objectives: list(cell('objectives'), /;/),
      ...(budget !== undefined
        ? { budget: { amount: budget, currency: cell('currency').toUpperCase(), funding: cell('funding') } }
        : {}),
      visibility: cell('visibility') || 'public',
      source,
    };
    const first = seen.get(input.id);
    if (first !== undefined) {
      errors.push({
        line: row.line,
        field: 'id',
        message: `duplicate id "${input.id}" (first at line ${first})`,
      });
    } else if (input.id) seen.set(input.id, row.line);
    for (const code of input.beneficiaries) {
      if (!isPartyCode(code))
        errors.push({ line: row.line, field: 'beneficiaries', message: `unknown Party code "${code}"` });
    }
    const parsed = ActivitySchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const top = String(path[0] ?? '');
        const column =
          top === 'budget' ? (path[1] === 'amount' ? 'budget' : String(path[1] ?? 'budget')) : top;
        errors.push({
          line: row.line,
          field: column || formatPath(path),
          message: describeIssue(issue, valueAt(input, path), budgetText),
        });
      }
      continue;
    }
    const activity = parsed.data;
    activities.push(activity);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, activities };
}

/** Columns a file may leave out (its rows then have no value there). */
const OPTIONAL = new Set<Column>([
  'start',
  'end',
  'donors',
  'objectives',
  'budget',
  'currency',
  'funding',
  'visibility',
]);

/** Writes activities as CSV with the standard header; cells are quoted where needed. */
export function activitiesToCsv(activities: readonly Activity[]): string {
  const rows = activities.map((a) =>
    [
      a.id,
      a.title,
      a.status,
      a.start ?? '',
      a.end ?? '',
      a.delivery,
      a.provider,
      a.donors.join(';'),
      a.beneficiaries.join(';'),
      a.recipients.join(' '),
      a.category,
      a.objectives.join(';'),
      a.budget ? String(a.budget.amount) : '',
      a.budget?.currency ?? '',
      a.budget?.funding ?? '',
      a.visibility,
    ].map(escapeFormula),
  );
  return Papa.unparse({ fields: [...ACTIVITY_CSV_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | undefined)?.[key],
    input,
  );
}

function describeIssue(
  issue: { code: string; message: string; path: PropertyKey[] },
  value: unknown,
  budgetText: string,
): string {
  if (issue.path[0] === 'budget' && issue.path[1] === 'amount' && Number.isNaN(value))
    return `"${budgetText}" is not a number`;
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    return `"${value}" is not allowed: ${issue.message.replace(/^Invalid option: /, '')}`;
  }
  if (value === '' || value === undefined) return `missing: ${issue.message}`;
  return issue.message;
}

/** A cell a spreadsheet would run as a formula, or one that already looks escaped. */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** Writes a formula-like cell behind a quote mark, so that a spreadsheet shows it as text. */
function escapeFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell;
}

/** Undoes `escapeFormula`. */
function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell) ? cell.slice(1) : cell;
}
