/**
 * The background keeps the settings in its database and publishes a copy to the extension's
 * storage area, so every content script, viewer, popup and options page can read them at once
 * and re-render when they change (storage change events reach them all).
 */
import { browser } from '#imports';
import { SettingsSchema, type Settings } from '../../core/schemas/messages.ts';

const KEY = 'settings';

/**
 * Publishes the settings (background only).
 *
 * @param settings - the settings just stored
 */
export async function publishSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

function parse(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** The published settings (the defaults before the background has published any). */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parse(stored[KEY]);
}

/**
 * Calls `listener` with the new settings whenever they change.
 *
 * @param listener - what to call
 * @returns a function that stops watching
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) listener(parse(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
