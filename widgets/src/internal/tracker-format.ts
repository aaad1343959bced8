/**
 * Wording shared by the tracker widgets: money per currency, lists, date ranges, and the reasons
 * of the core's findings as sentences in the reader's language, built from the findings'
 * structured fields (the core words them in English only).
 */
import type { PartyLookup } from '../../../core/analytics/needs-summary.ts';
import { t } from '../../../core/i18n/index.ts';
import type { Activity } from '../../../core/schemas/activity.ts';
import type { Language, RecipientCode } from '../../../core/schemas/code-lists.ts';
import type { Finding } from '../../../core/tracker/findings.ts';
import { categoryLabel, partyLabel, recipientLabel, regionLabel } from './labels.ts';

/** "A, B and C" in `lang`. */
export function listOf(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** An amount in its own currency, such as "US$45,000" or "45 000 $US". */
export function money(amount: number, currency: string, lang: Language): string {
  try {
    const digits = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(lang).format(amount)} ${currency}`;
  }
}

export const number = (value: number, lang: Language): string => new Intl.NumberFormat(lang).format(value);

/** "2023-01-15 to 2023-12-15", with "…" for an open end. */
export function dateRange(start: string | undefined, end: string | undefined, lang: Language): string {
  return t('dateRange', lang, { start: start ?? '…', end: end ?? '…' });
}

const recipientNames = (codes: readonly RecipientCode[], lang: Language) =>
  listOf(
    codes.map((code) => recipientLabel(code, lang)),
    lang,
  );

/**
 * A finding's reason in `lang`. English keeps the core's own sentence; French and Spanish are
 * built from the same fields with translated labels and Party names.
 */
export function findingReason(
  finding: Finding,
  lang: Language,
  lookup: PartyLookup,
  activities: ReadonlyMap<string, Activity>,
): string {
  if (lang === 'en') return finding.reason;
  const party = (code: string) => partyLabel(lookup, code, lang);
  switch (finding.finding) {
    case 'unmet':
      return t('reasonUnmet', lang, {
        category: categoryLabel(finding.category, lang),
        party: party(finding.party),
        recipients: recipientNames(finding.recipients, lang),
      });
    case 'covered': {
      const missing = finding.recipients.filter((code) => !finding.reached.includes(code));
      return t(missing.length > 0 ? 'reasonCoveredMissing' : 'reasonCovered', lang, {
        category: categoryLabel(finding.category, lang),
        party: party(finding.party),
        activities: listOf(finding.activities, lang),
        reached: recipientNames(finding.reached, lang),
        missing: recipientNames(missing, lang),
      });
    }
    case 'overlap': {
      const [a, b] = finding.activities;
      const first = activities.get(a);
      const second = activities.get(b);
      return t('reasonOverlap', lang, {
        a,
        b,
        providerA: first?.provider ?? '',
        providerB: second?.provider ?? '',
        category: categoryLabel(finding.category, lang),
        party: party(finding.party),
        recipients: recipientNames(finding.recipients, lang),
        datesA: dateRange(first?.start, first?.end, lang),
        datesB: dateRange(second?.start, second?.end, lang),
      });
    }
    case 'collaboration':
      return t('reasonCollaboration', lang, {
        count: finding.parties.length,
        region: regionLabel(finding.region, lang),
        parties: listOf(finding.parties.map(party), lang),
        category: categoryLabel(finding.category, lang),
        recipient: recipientLabel(finding.recipient, lang),
      });
  }
}
