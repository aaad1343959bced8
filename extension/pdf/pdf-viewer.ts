/**
 * The viewer's pages: each page's text layer built in turn and annotated as soon as it exists,
 * canvases drawn as pages come near the screen, and the mention cards.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { defaultRecognizer, referenceUrl } from '../../core/recognize/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';
import { Annotator } from '../annotate/annotator.ts';
import { pageScheduler } from '../annotate/slicer.ts';
import { CardController } from '../cards/card-controller.tsx';
import { createPageView, type PageView } from './page-view.ts';

/** What the viewer needs. */
export interface PdfViewerOptions {
  container: HTMLElement;
  lookupParty: (code: string) => Promise<PartyRecord | undefined>;
  language: () => Language;
  /** CSS pixels per PDF point (default 1.4). */
  scale?: number;
}

/** The pages of one open PDF. */
export interface PdfViewer {
  /** Resolves when every page's text layer is built and annotated. */
  ready: Promise<void>;
  refresh(): void;
  destroy(): void;
}

/**
 * Shows `pdf` in `options.container`.
 *
 * @param pdf - the document
 * @param options - where, and the data for the cards
 */
export function showPdf(pdf: PDFDocumentProxy, options: PdfViewerOptions): PdfViewer {
  const { container } = options;
  const recognizer = defaultRecognizer();
  const annotator = new Annotator({
    root: container,
    recognize: (text) => recognizer.recognize(text),
    scheduler: pageScheduler(window),
    observe: false,
  });
  const cards = new CardController({
    doc: document,
    lookupParty: options.lookupParty,
    referenceUrl: (mention, lang) => referenceUrl(mention, lang)?.url,
    language: options.language,
  });
  const views: PageView[] = [];
  const byElement = new Map<Element, PageView>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) byElement.get(entry.target)?.draw();
    },
    { rootMargin: '600px 0px' },
  );
  let stopped = false;
  const ready = (async () => {
    for (let number = 1; number <= pdf.numPages && !stopped; number++) {
      const view = await createPageView(pdf, number, options.scale ?? 1.4);
      if (stopped) return view.destroy();
      views.push(view);
      byElement.set(view.element, view);
      container.append(view.element);
      observer.observe(view.element);
      annotator.annotate(view.textLayer);
    }
    await annotator.whenIdle();
  })();
  return {
    ready,
    refresh: () => cards.refresh(),
    destroy() {
      stopped = true;
      observer.disconnect();
      cards.destroy();
      annotator.destroy();
      for (const view of views) view.destroy();
      container.replaceChildren();
      void pdf.destroy();
    },
  };
}
