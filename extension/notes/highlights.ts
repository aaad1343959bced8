/**
 * Noted passages marked in the page: each text-node piece of a passage is wrapped in a
 * `<cites-note-highlight data-cites-note="ID">`, inside or around the mention elements, so the
 * page's own elements are never split or moved. The element holds the note's id and nothing of
 * its text (the page can read it); the note opens in the extension's closed shadow root.
 */
import { HIGHLIGHT_TAG, type PageText } from './page-text.ts';

/** A passage to highlight: offsets into the page text. */
export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

/** The look of highlights, inline so that no stylesheet is added to the page. */
export const HIGHLIGHT_STYLE =
  'background-color: rgb(255 214 10 / 0.42); border-radius: 2px; cursor: pointer; color: inherit;';

const ours = new WeakSet<Element>();
const BLANK = /^\s*$/;

interface Piece {
  node: Text;
  start: number;
}

/** The page's text nodes split so that every span's start and end fall between nodes. */
function splitAtBoundaries(page: PageText, spans: readonly HighlightSpan[]): Piece[] {
  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let c = 0;
  page.nodes.forEach((node, i) => {
    if (!node) return;
    const start = page.map.starts[i]!;
    const end = start + node.data.length;
    while (c < cuts.length && cuts[c]! <= start) c++;
    let current = node;
    let consumed = start;
    for (let k = c; k < cuts.length && cuts[k]! < end; k++) {
      const rest = current.splitText(cuts[k]! - consumed);
      pieces.push({ node: current, start: consumed });
      consumed = cuts[k]!;
      current = rest;
    }
    pieces.push({ node: current, start: consumed });
  });
  return pieces;
}

/**
 * Highlights `spans` in the page whose text `page` was read from (read again after this: the
 * text nodes are split). Returns each span's elements, in order.
 *
 * @param page - the page's text, as just read
 * @param spans - the passages, with their notes' ids
 */
export function highlightSpans(page: PageText, spans: readonly HighlightSpan[]): Map<string, HTMLElement[]> {
  const created = new Map<string, HTMLElement[]>();
  if (spans.length === 0) return created;
  const pieces = splitAtBoundaries(page, spans);
  for (const span of spans) {
    const elements: HTMLElement[] = [];
    for (const piece of pieces) {
      const { node, start } = piece;
      if (start < span.start || start + node.data.length > span.end) continue;
      if (BLANK.test(node.data) || !node.parentNode) continue;
      const element = node.ownerDocument.createElement(HIGHLIGHT_TAG);
      element.setAttribute('data-cites-note', span.id);
      element.setAttribute('style', HIGHLIGHT_STYLE);
      if (elements.length === 0) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', 'button');
      }
      node.parentNode.insertBefore(element, node);
      element.appendChild(node);
      ours.add(element);
      elements.push(element);
    }
    if (elements.length > 0) created.set(span.id, elements);
  }
  return created;
}

/**
 * Removes every highlight under `root` (ours only), putting the text back as it was.
 *
 * @param root - the highlighted element
 */
export function removeHighlights(root: ParentNode): void {
  const parents = new Set<Node>();
  // Innermost first, so nested highlights unwrap cleanly.
  for (const element of Array.from(root.querySelectorAll(HIGHLIGHT_TAG)).reverse()) {
    if (!ours.has(element)) continue;
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
}

/**
 * The id of the note whose highlight is at or above `target` (the innermost), if one of ours.
 *
 * @param target - an event target
 */
export function noteAt(target: EventTarget | null): { id: string; element: HTMLElement } | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  const node = target as Node;
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element) {
    const found = element.closest(HIGHLIGHT_TAG);
    if (!found) return undefined;
    if (ours.has(found)) return { id: found.getAttribute('data-cites-note')!, element: found as HTMLElement };
    element = found.parentElement;
  }
  return undefined;
}
