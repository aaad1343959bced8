import { browser, type Browser } from '#imports';

/**
 * The tab the popup is about: the active tab of its window, or the tab named by `?tab=<id>`
 * (the popup opened as a page, as in tests).
 *
 * @param search - the popup's query string
 */
export async function targetTab(search: string): Promise<Browser.tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
