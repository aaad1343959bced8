/**
 * Annotations and cards on one page while the site is switched on: created when it is, destroyed
 * (every trace removed) when it is switched off or the extension goes away.
 */
import { defaultRecognizer, referenceUrl } from '../../core/recognize/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { PageSummary } from '../../core/schemas/messages.ts';
import { Annotator } from '../annotate/annotator.ts';
import { PAGE_MENTION_STYLE } from '../annotate/mention-element.ts';
import { pageScheduler } from '../annotate/slicer.ts';
import { CardController } from '../cards/card-controller.tsx';
import { startPageNotes } from '../notes/page-notes.tsx';
import type { PartyLookup } from './party-lookup.ts';

/** What a page session needs. */
export interface PageSessionOptions {
  doc: Document;
  lookupParty: PartyLookup;
  language: () => Language;
}

/** The annotations and cards of a page. */
export interface PageSession {
  summary(): PageSummary;
  /** Re-renders what depends on the language. */
  refresh(): void;
  destroy(): void;
}

/**
 * Starts annotating `doc` and showing cards.
 *
 * @param options - the page, the data lookup and the language
 */
export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc } = options;
  const recognizer = defaultRecognizer();
  const annotator = new Annotator({
    root: doc.body,
    recognize: (text) => recognizer.recognize(text),
    scheduler: pageScheduler(doc.defaultView ?? window),
    style: { inline: PAGE_MENTION_STYLE },
  });
  const cards = new CardController({
    doc,
    lookupParty: options.lookupParty,
    referenceUrl: (mention, lang) => referenceUrl(mention, lang)?.url,
    language: options.language,
  });
  annotator.start();
  const notes = startPageNotes({
    doc,
    root: doc.body,
    language: options.language,
    describe: () => ({ url: doc.location.href, title: doc.title }),
    ready: annotator.whenIdle(),
  });
  return {
    summary: () => annotator.summary(),
    refresh: () => cards.refresh(),
    destroy: () => {
      notes.destroy();
      cards.destroy();
      annotator.destroy();
    },
  };
}
