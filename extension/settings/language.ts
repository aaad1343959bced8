import type { Language } from '../../core/schemas/codes.ts';
import type { LanguageChoice } from '../../core/schemas/messages.ts';
import { resolveLanguage } from '../../core/i18n/index.ts';

/**
 * The interface language: the one chosen, or the browser's when the choice is `auto`.
 *
 * @param choice - the user's choice
 * @param browserLanguage - the browser's language tag (navigator.language)
 */
export function effectiveLanguage(choice: LanguageChoice, browserLanguage: string | undefined): Language {
  return choice === 'auto' ? resolveLanguage(browserLanguage) : choice;
}
