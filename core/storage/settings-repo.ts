import { SettingsSchema, type Settings } from '../schemas/messages.ts';
import type { AppDB } from './app-db.ts';

const KEY = 'settings';

/**
 * The stored settings; the defaults where none are stored, and where the stored row no longer
 * parses (written by another version) the defaults merged with whatever fields still do.
 *
 * @param db - the database to read
 */
export async function loadSettings(db: AppDB): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data;
  const value = (row?.value ?? {}) as Record<string, unknown>;
  const settings = SettingsSchema.parse({});
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(value[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
  }
  return settings;
}

/**
 * Stores the settings (validated first) and returns them.
 *
 * @param db - the database to write
 * @param settings - the complete settings
 */
export async function saveSettings(db: AppDB, settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await db.settings.put({ key: KEY, value: valid });
  return valid;
}
