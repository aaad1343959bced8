/**
 * Opens a PDF with pdf.js. Its worker is loaded from the extension's own bundle, and eval is off
 * (extension pages forbid it).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Where a PDF comes from: a URL, or the bytes of a local file. */
export type PdfSource = { url: string } | { data: ArrayBuffer };

/**
 * Loads a PDF.
 *
 * @param source - its URL or bytes
 */
export async function openPdf(source: PdfSource): Promise<PDFDocumentProxy> {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const common = { isEvalSupported: false, useSystemFonts: true, enableXfa: false } as const;
  const task =
    'url' in source
      ? getDocument({ ...common, url: source.url, withCredentials: false })
      : getDocument({ ...common, data: new Uint8Array(source.data) });
  return task.promise;
}
