/**
 * Keeps the content scripts registered for the sites the user switched on in step with the
 * settings (cites.org has its own, declared in the manifest). A site is registered only once its
 * host permission is granted, which the popup asks for when the user switches the site on.
 */
import { browser } from '#imports';
import type { Settings } from '../../core/schemas/messages.ts';
import { isCitesOrigin, originPattern } from '../settings/sites.ts';

/** The content script file, as the build names it. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/cites.js';

const PREFIX = 'cites-site:';

/**
 * Registers the content script for each site switched on (and granted), unregisters the rest.
 *
 * @param settings - the user's settings
 */
export async function syncSiteScripts(settings: Settings): Promise<void> {
  const wanted = new Set<string>();
  for (const [origin, enabled] of Object.entries(settings.sites)) {
    if (!enabled || isCitesOrigin(origin)) continue;
    const pattern = originPattern(origin);
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.add(pattern);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(PREFIX),
  );
  const present = new Set(registered.map((script) => script.id.slice(PREFIX.length)));
  const stale = registered.filter((script) => !wanted.has(script.id.slice(PREFIX.length))).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = [...wanted].filter((pattern) => !present.has(pattern));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(
      fresh.map((pattern) => ({
        id: PREFIX + pattern,
        matches: [pattern],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

/**
 * Starts the content script in a tab now (a site just switched on); a script already running
 * there only re-reads the settings.
 *
 * @param tabId - the tab
 */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
