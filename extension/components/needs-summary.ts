import { CATEGORY_SHORT_LABELS, t } from '../../core/i18n/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import { NEED_CATEGORIES } from '../../core/schemas/codes.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';

/**
 * One line on a Party's needs: the periods and categories of the needs it reported; or that it
 * expressed none, or that the data holds no report of it.
 *
 * @param record - what the data says about the Party
 * @param lang - the interface language
 */
export function needsSummary(record: PartyRecord, lang: Language): string {
  if (record.reports.length === 0 && record.needs.length === 0) return t('noReport', lang);
  if (record.needs.length === 0) return t('noNeedsExpressed', lang);
  const periods = [...new Set(record.needs.map((need) => need.period))].sort().join(', ');
  const categories = NEED_CATEGORIES.filter((category) =>
    record.needs.some((need) => need.category === category),
  );
  const list = categories.map((category) => CATEGORY_SHORT_LABELS[category][lang]).join(', ');
  return `${t('needs', lang)} (${periods}): ${list}`;
}
