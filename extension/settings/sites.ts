/**
 * Where the extension runs: cites.org (and its subdomains) unless the user switches it off, and
 * any other site only once the user switches it on.
 */
import type { Settings } from '../../core/schemas/messages.ts';

/**
 * True for cites.org and its subdomains.
 *
 * @param origin - an origin such as `https://cites.org`
 */
export function isCitesOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    return (
      (protocol === 'https:' || protocol === 'http:') &&
      (hostname === 'cites.org' || hostname.endsWith('.cites.org'))
    );
  } catch {
    return false;
  }
}

/** The key under which cites.org and all its subdomains are switched on or off together. */
export const CITES_SITE = 'https://cites.org';

/**
 * The settings key of a site: its origin, or `CITES_SITE` for any part of cites.org.
 *
 * @param origin - the page's origin
 */
export function siteKey(origin: string): string {
  return isCitesOrigin(origin) ? CITES_SITE : origin;
}

/**
 * Whether annotations are on for `origin`.
 *
 * @param settings - the user's settings
 * @param origin - the page's origin
 */
export function siteEnabled(settings: Settings, origin: string): boolean {
  const choice = settings.sites[siteKey(origin)];
  return isCitesOrigin(origin) ? choice !== false : choice === true;
}

/**
 * The match pattern for every page of `origin` (port left out: match patterns ignore it).
 *
 * @param origin - an origin such as `http://127.0.0.1:8788`
 */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/**
 * The origin of a page URL, or undefined for pages the extension cannot run on.
 *
 * @param url - a tab's URL
 */
export function webOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
