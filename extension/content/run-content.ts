/**
 * The content script's life on a page: follows the settings (site on or off, language, PDF
 * links), answers the popup's questions, and cleans up when the extension goes away. Started
 * twice in a page (the manifest script and an injection), it runs once.
 */
import { TabRequestSchema, type PageSummary, type Settings } from '../../core/schemas/messages.ts';
import { serveMessages } from '../messaging/serve.ts';
import { effectiveLanguage } from '../settings/language.ts';
import { readSettings, watchSettings } from '../settings/settings-mirror.ts';
import { isCitesOrigin, siteEnabled } from '../settings/sites.ts';
import { createPartyLookup } from './party-lookup.ts';
import { startPageSession, type PageSession } from './page-session.ts';
import { interceptPdfLinks } from './pdf-links.ts';

const RUNNING = Symbol.for('cites-cb.content-script');

const EMPTY: PageSummary = {
  counts: { party: 0, decision: 0, resolution: 0, document: 0, notification: 0 },
  parties: [],
  complete: true,
};

/** What the content script needs from WXT's context. */
export interface ContentLifecycle {
  onInvalidated(callback: () => void): void;
}

/**
 * Runs the content script in `doc`.
 *
 * @param doc - the page
 * @param lifecycle - tells when the extension went away
 */
export async function runContentScript(doc: Document, lifecycle: ContentLifecycle): Promise<void> {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[RUNNING]) return;
  flags[RUNNING] = true;
  const origin = doc.location.origin;
  const lookupParty = createPartyLookup();
  let settings: Settings = await readSettings();
  let session: PageSession | undefined;
  const language = () => effectiveLanguage(settings.language, navigator.language);

  const apply = (next: Settings) => {
    const dataChanged = JSON.stringify(next.dataSource) !== JSON.stringify(settings.dataSource);
    settings = next;
    if (dataChanged) lookupParty.clear();
    const on = siteEnabled(settings, origin) && doc.designMode !== 'on' && doc.body !== null;
    if (on && !session) session = startPageSession({ doc, lookupParty, language });
    else if (!on && session) {
      session.destroy();
      session = undefined;
    } else session?.refresh();
  };
  apply(settings);
  const stopWatching = watchSettings(apply);
  const stopServing = serveMessages(TabRequestSchema, { pageSummary: () => session?.summary() ?? EMPTY });
  const stopLinks = isCitesOrigin(origin)
    ? interceptPdfLinks(doc, () => settings.openPdfInViewer && session !== undefined)
    : () => {};
  lifecycle.onInvalidated(() => {
    stopWatching();
    stopServing();
    stopLinks();
    session?.destroy();
    session = undefined;
    flags[RUNNING] = false;
  });
}
