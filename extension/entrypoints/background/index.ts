import { browser, defineBackground } from '#imports';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { BackgroundRequestSchema } from '../../../core/schemas/messages.ts';
import { AppDB } from '../../../core/storage/app-db.ts';
import { createPdfMenu, listenToPdfMenu, retitlePdfMenu } from '../../background/context-menu.ts';
import { DataStore } from '../../background/data-store.ts';
import { backgroundHandlers } from '../../background/handlers.ts';
import { syncSiteScripts } from '../../background/site-scripts.ts';
import { serveMessages } from '../../messaging/serve.ts';
import { startNotesBackground } from '../../notes/notes-background.ts';
import { effectiveLanguage } from '../../settings/language.ts';
import { publishSettings } from '../../settings/settings-mirror.ts';
import { serveTracker } from '../../tracker/serve-tracker.ts';

export default defineBackground(() => {
  const store = new DataStore({
    db: new AppDB(),
    bundled: defaultDataset,
    // The only network request the extension makes of its own: the data-source URL the user set.
    fetch: (url) => fetch(url, { credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' }),
    onSettings: async (settings) => {
      await publishSettings(settings);
      await syncSiteScripts(settings).catch((error: unknown) => console.warn('site scripts:', error));
      retitlePdfMenu(effectiveLanguage(settings.language, navigator.language));
    },
  });
  serveMessages(BackgroundRequestSchema, backgroundHandlers(store));
  startNotesBackground();
  serveTracker(store);
  listenToPdfMenu();
  browser.runtime.onInstalled.addListener(() => {
    void store
      .settings()
      .then((settings) => createPdfMenu(effectiveLanguage(settings.language, navigator.language)));
  });
  browser.permissions.onRemoved.addListener(() => void store.settings().then(syncSiteScripts));
  // At every start (a browser relaunch included), the sites switched on get their scripts back
  // if the browser did not keep the registrations.
  void store.settings().then(async (settings) => {
    await publishSettings(settings);
    await syncSiteScripts(settings).catch((error: unknown) => console.warn('site scripts:', error));
  });
});
