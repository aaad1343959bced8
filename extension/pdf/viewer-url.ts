import { browser } from '#imports';

/** The path of the extension's PDF viewer page. */
export const VIEWER_PATH = '/viewer.html';

/**
 * The URL of the extension's viewer showing the PDF at `file`.
 *
 * @param file - the PDF's URL
 */
export function viewerUrl(file: string): string {
  return `${browser.runtime.getURL(VIEWER_PATH)}?file=${encodeURIComponent(file)}`;
}

/**
 * True when `url` names a PDF by its path (`….pdf`, whatever the query or fragment).
 *
 * @param url - a link's URL
 */
export function looksLikePdf(url: string): boolean {
  try {
    const { pathname, protocol } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}
