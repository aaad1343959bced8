import { LANGUAGES, type Language } from '../schemas/code-lists.ts';
import type { Party } from '../schemas/party.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export * from './labels.ts';
export * from './messages.ts';

/**
 * The working language to use for a BCP 47 tag such as `fr-CA` or `es`; English when the tag
 * names none of the three.
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

/** An interface sentence in `lang`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A Party's short name in `lang`. */
export function partyName(party: Pick<Party, 'names'>, lang: Language): string {
  return party.names[lang];
}
