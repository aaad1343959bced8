import type { LanguageChoice } from '../../core/schemas/messages.ts';
import type { Language } from '../../core/schemas/codes.ts';
import { text } from '../i18n/strings.ts';

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** Props of `LanguageSelect`. */
export interface LanguageSelectProps {
  value: LanguageChoice;
  lang: Language;
  onChange: (choice: LanguageChoice) => void;
}

/** The interface-language picker: the browser's language or one of the three. */
export function LanguageSelect({ value, lang, onChange }: LanguageSelectProps) {
  return (
    <label class="field">
      <span>{text('language', lang)}</span>
      <select
        name="language"
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as LanguageChoice)}
      >
        <option value="auto">{text('browserLanguage', lang)}</option>
        {(Object.keys(NAMES) as Language[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
