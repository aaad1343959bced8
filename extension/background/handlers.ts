/** One function per background request; the messaging layer has already validated each. */
import { browser, type Browser } from '#imports';
import type { BackgroundRequest } from '../../core/schemas/messages.ts';
import { viewerUrl } from '../pdf/viewer-url.ts';
import type { DataStore } from './data-store.ts';
import { injectInto } from './site-scripts.ts';

type Req<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

/**
 * The background's handlers over `store`.
 *
 * @param store - the data store
 */
export function backgroundHandlers(store: DataStore) {
  return {
    getSettings: () => store.settings(),
    updateSettings: (request: Req<'updateSettings'>) => store.updateSettings(request.patch),
    setSite: async (request: Req<'setSite'>) => {
      const settings = await store.setSite(request.origin, request.enabled);
      // A script already in the tab follows the settings itself; this starts one where there is none.
      if (request.enabled && request.tabId !== undefined)
        await injectInto(request.tabId).catch(() => undefined);
      return settings;
    },
    getDataStatus: () => store.status(),
    setDataSource: (request: Req<'setDataSource'>) => store.setDataSource(request.source),
    lookupParties: (request: Req<'lookupParties'>) => store.lookupParties(request.codes),
    openViewer: async (request: Req<'openViewer'>, sender: Browser.runtime.MessageSender) => {
      const url = viewerUrl(request.url);
      const tab = sender.tab;
      if (!request.newTab && tab?.id !== undefined) await browser.tabs.update(tab.id, { url });
      else
        await browser.tabs.create({
          url,
          ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
          ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
        });
      return { opened: true };
    },
  };
}
