import { NEED_CATEGORIES, type NeedCategory } from '../schemas/code-lists.ts';

/** What a column of a needs table holds. */
export type ColumnRole = 'party' | 'period' | NeedCategory | 'details' | 'category' | 'recipients';

/**
 * The standard column order of the implementation-report needs table, assumed where a header
 * is missing or not recognized.
 */
export const STANDARD_COLUMNS: readonly ColumnRole[] = ['party', 'period', ...NEED_CATEGORIES, 'details'];

/** Header words in English, French and Spanish (folded: lower case, no diacritics). */
const HEADER_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['party', /^(?:party|parties|partie|parte|pays|pais|country)\b/],
  ['period', /\b(?:period|periode|periodo|year|annee|ano)\b/],
  ['advice', /\b(?:advice|guidance|avis|orientations?|asesoramiento|orientacion)\b/],
  ['technical', /\b(?:technical|technique|tecnica)\b/],
  ['financial', /\b(?:financial|financiere|financiera)\b/],
  ['training', /\b(?:training|formation|capacitacion|formacion)\b/],
  ['other', /^(?:other|autres?|otros?|otras?)\b/],
  [
    'details',
    /^(?:details?|detalles?|observations?|observaciones|comments?|commentaires?|comentarios?|remarks?)\b/,
  ],
  ['category', /^(?:category|categorie|categoria)\b/],
  ['recipients', /^(?:recipients?|beneficiaires?|destinatarios?|beneficiarios?)\b/],
];

function fold(cell: string): string {
  return cell.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The role a header cell names, or undefined when it names none. */
export function headerRole(cell: string): ColumnRole | undefined {
  const folded = fold(cell);
  if (folded === '') return undefined;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** True when a row reads as a header: two or more cells name a column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  return cells.filter((cell) => headerRole(cell) !== undefined).length >= 2;
}

/**
 * Column roles from one or more header rows (a header may span two lines, as the report's
 * does). Where a column's header is not recognized, the standard order decides its role.
 */
export function columnRoles(headerRows: ReadonlyArray<readonly string[]>): ColumnRole[] {
  const width = Math.max(0, ...headerRows.map((cells) => cells.length));
  const roles: (ColumnRole | undefined)[] = Array.from({ length: width }, (_, index) => {
    for (const cells of headerRows) {
      const role = headerRole(cells[index] ?? '');
      if (role) return role;
    }
    return undefined;
  });
  const taken = new Set(roles.filter((role) => role !== undefined));
  const longForm = taken.has('category') || taken.has('recipients');
  return roles.map((role, index) => {
    if (role) return role;
    const standard = longForm ? undefined : STANDARD_COLUMNS[index];
    if (standard && !taken.has(standard)) {
      taken.add(standard);
      return standard;
    }
    return undefined;
  }) as ColumnRole[];
}

/** The header text of a column, for error messages. */
export function columnName(
  headers: ReadonlyArray<readonly string[]>,
  index: number,
  role: ColumnRole | undefined,
): string {
  for (const cells of headers) {
    const text = (cells[index] ?? '').trim();
    if (text && headerRole(text) === role) return text;
  }
  return role ?? `column ${index + 1}`;
}
