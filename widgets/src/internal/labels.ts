/** Label helpers shared by the widgets, over the core's translated labels. */
import type { PartyLookup } from '../../../core/analytics/needs-summary.ts';
import { CATEGORY_LABELS, RECIPIENT_LABELS, REGION_LABELS, t } from '../../../core/i18n/index.ts';
import type { Language, NeedCategory, RecipientCode, RegionCode } from '../../../core/schemas/code-lists.ts';

/** A Party's name in `lang`, or its code when the Party is unknown. */
export function partyLabel(lookup: PartyLookup, code: string, lang: Language): string {
  return lookup(code)?.names[lang] ?? code;
}

export const regionLabel = (region: RegionCode | undefined, lang: Language): string =>
  region ? REGION_LABELS[region][lang] : '';

export const categoryLabel = (category: NeedCategory, lang: Language): string =>
  CATEGORY_LABELS[category][lang];

export const recipientLabel = (code: RecipientCode, lang: Language): string => RECIPIENT_LABELS[code][lang];

/** "3 Parties" / "1 Party" in `lang`. */
export function partyCount(count: number, lang: Language): string {
  const plural = new Intl.PluralRules(lang).select(count);
  return t(plural === 'one' ? 'partyCountOne' : 'partyCountOther', lang, { count });
}

/** The value if it is one of `allowed`, else undefined (for attributes set by hand). */
export function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}
