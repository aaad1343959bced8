/**
 * On cites.org, links to PDFs open in the extension's viewer (unless the user turned that off):
 * a plain click opens it in the same tab, a click with a modifier or on a link to a new window
 * in a new tab. Links with `download` and clicks the page already handled are left alone.
 */
import { askBackground } from '../messaging/client.ts';
import { looksLikePdf } from '../pdf/viewer-url.ts';

/**
 * Starts intercepting clicks on PDF links in `doc`.
 *
 * @param doc - the page
 * @param enabled - whether the option is on now
 * @returns a function that stops
 */
export function interceptPdfLinks(doc: Document, enabled: () => boolean): () => void {
  const onClick = (event: MouseEvent) => {
    if (!enabled() || event.defaultPrevented || event.button > 1) return;
    const target = event.target as Element | null;
    const link = target?.closest?.('a[href]') as HTMLAnchorElement | null | undefined;
    if (!link || link.hasAttribute('download') || !looksLikePdf(link.href)) return;
    event.preventDefault();
    const newTab =
      event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey || link.target === '_blank';
    void askBackground({ type: 'openViewer', url: link.href, newTab });
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
  };
}
