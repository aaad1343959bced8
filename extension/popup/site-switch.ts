import { browser } from '#imports';
import { askBackground } from '../messaging/client.ts';
import type { Result } from '../messaging/result.ts';
import { isCitesOrigin, originPattern, siteKey } from '../settings/sites.ts';

/**
 * Switches annotations on or off for a site. Switching on a site other than cites.org first
 * asks the browser for access to it, which must happen in the click that asked for it (so this
 * is called straight from the event handler).
 *
 * @param origin - the site's origin
 * @param enabled - on or off
 * @param tabId - the tab showing it
 */
export async function switchSite(
  origin: string,
  enabled: boolean,
  tabId: number | undefined,
): Promise<Result<boolean>> {
  if (enabled && !isCitesOrigin(origin)) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return { ok: false, error: 'permission' };
  }
  const result = await askBackground({
    type: 'setSite',
    origin: siteKey(origin),
    enabled,
    ...(tabId !== undefined ? { tabId } : {}),
  });
  return result.ok ? { ok: true, value: enabled } : result;
}
