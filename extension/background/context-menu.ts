/** The "open in the CITES reader" item on links to PDFs. */
import { browser } from '#imports';
import type { Language } from '../../core/schemas/codes.ts';
import { viewerUrl } from '../pdf/viewer-url.ts';
import { text } from '../i18n/strings.ts';

const MENU_ID = 'cites-open-pdf';
const PDF_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.pdf#*', '*://*/*.PDF', '*://*/*.PDF?*'];

/**
 * Creates the menu item (on install and update).
 *
 * @param lang - the interface language
 */
export function createPdfMenu(lang: Language): void {
  // Only this item: the notes add their own items beside it.
  browser.contextMenus.remove(MENU_ID, () => {
    void browser.runtime.lastError;
    browser.contextMenus.create({
      id: MENU_ID,
      title: text('openInViewer', lang),
      contexts: ['link'],
      targetUrlPatterns: PDF_LINKS,
    });
  });
}

/**
 * Retitles the menu item in `lang`.
 *
 * @param lang - the interface language
 */
export function retitlePdfMenu(lang: Language): void {
  browser.contextMenus.update(
    MENU_ID,
    { title: text('openInViewer', lang) },
    () => void browser.runtime.lastError,
  );
}

/** Opens a clicked PDF link in the viewer, in a new tab next to the page. */
export function listenToPdfMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    void browser.tabs.create({
      url: viewerUrl(info.linkUrl),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    });
  });
}
