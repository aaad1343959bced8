/**
 * One page of the viewer: a box of the page's size holding a canvas (drawn when the page comes
 * near the screen) and pdf.js's text layer (built at once, since it is what gets annotated).
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';

/** A page's box and what can be done with it. */
export interface PageView {
  element: HTMLElement;
  textLayer: HTMLElement;
  /** Draws the canvas (once). */
  draw(): void;
  destroy(): void;
}

/**
 * Builds the view of page `number` and renders its text layer.
 *
 * @param pdf - the document
 * @param number - the page number (from 1)
 * @param scale - CSS pixels per PDF point
 */
export async function createPageView(
  pdf: PDFDocumentProxy,
  number: number,
  scale: number,
): Promise<PageView> {
  const page: PDFPageProxy = await pdf.getPage(number);
  const viewport = page.getViewport({ scale });
  const element = document.createElement('div');
  element.className = 'page';
  element.dataset.pageNumber = String(number);
  element.style.setProperty('--scale-factor', String(scale));
  element.style.setProperty('--user-unit', String(viewport.userUnit ?? 1));
  element.style.width = `${Math.floor(viewport.width)}px`;
  element.style.height = `${Math.floor(viewport.height)}px`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  const textLayer = document.createElement('div');
  textLayer.className = 'textLayer';
  element.append(canvas, textLayer);
  await new TextLayer({
    textContentSource: page.streamTextContent(),
    container: textLayer,
    viewport,
  }).render();

  let task: RenderTask | undefined;
  return {
    element,
    textLayer,
    draw() {
      if (task) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      task = page.render({
        canvas,
        viewport,
        ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
      });
      task.promise.catch(() => undefined);
    },
    destroy() {
      task?.cancel();
      page.cleanup();
    },
  };
}
