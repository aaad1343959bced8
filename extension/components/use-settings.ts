import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/schemas/codes.ts';
import type { Settings } from '../../core/schemas/messages.ts';
import { effectiveLanguage } from '../settings/language.ts';
import { readSettings, watchSettings } from '../settings/settings-mirror.ts';

/** The settings as published by the background, kept current; undefined until read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

/**
 * The interface language of `settings` (English until they are read).
 *
 * @param settings - the settings, if read
 */
export function languageOf(settings: Settings | undefined): Language {
  return effectiveLanguage(settings?.language ?? 'auto', navigator.language);
}
