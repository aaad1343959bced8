import type { Need } from '../schemas/need.ts';

/** The header of the long needs list: one line per Party, period and category. */
export const NEEDS_CSV_HEADER = 'party,period,category,recipients';

/**
 * Writes needs as CSV, one line per need: the ISO code, the period as written, the category
 * word, and the recipient codes joined by single spaces in the order MA SA EA T N P O.
 * No value can hold a comma or a quote (each is a validated code or period), so none is quoted.
 */
export function needsToCsv(needs: readonly Need[]): string {
  const lines = needs.map((need) =>
    [need.party, need.period, need.category, need.recipients.join(' ')].join(','),
  );
  return [NEEDS_CSV_HEADER, ...lines].join('\n') + '\n';
}
