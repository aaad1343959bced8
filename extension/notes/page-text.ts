/**
 * A page's text as notes see it: the text nodes under a root (a page's body, the viewer's
 * pages) joined into one string, with a line break between blocks and at `<br>`, so that a quote
 * taken in an HTML page reads the same as in a PDF's text layer. Mentions and highlights are
 * read through (they only wrap the page's own text); scripts, form fields and the extension's own
 * hosts are skipped. Offsets into this text are the notes' position selectors.
 */
import { createTextMap, type TextMap } from '../../core/notes/describe-selection.ts';
import { isInline, NOT_TEXT_ELEMENTS } from '../annotate/skip-rules.ts';
import { MENTION_TAG } from '../annotate/mention-element.ts';

/** The tag of a highlighted passage's pieces (it carries the note's id only). */
export const HIGHLIGHT_TAG = 'cites-note-highlight';
/** The tag of the notes' in-page interface host (a closed shadow root). */
export const NOTES_UI_TAG = 'cites-note-ui';

const SKIPPED = new Set([...NOT_TEXT_ELEMENTS, NOTES_UI_TAG]);

const SEPARATOR = '\n';

/** The text under a root, chunk by chunk: a text node, or a separator between blocks (null). */
export interface PageText {
  readonly nodes: readonly (Text | null)[];
  readonly map: TextMap;
  readonly text: string;
}

function inline(element: Element): boolean {
  const name = element.localName;
  return name === MENTION_TAG || name === HIGHLIGHT_TAG || isInline(element);
}

/**
 * Reads the text under `root`.
 *
 * @param root - the element whose text is read
 */
export function readPageText(root: Element): PageText {
  const nodes: (Text | null)[] = [];
  const chunks: string[] = [];
  const separate = () => {
    if (chunks.length > 0 && nodes[nodes.length - 1] !== null) {
      nodes.push(null);
      chunks.push(SEPARATOR);
    }
  };
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const text = node as Text;
        if (text.data.length === 0) continue;
        nodes.push(text);
        chunks.push(text.data);
      } else if (node.nodeType === 1) {
        const element = node as Element;
        const name = element.localName;
        if (name === 'br') separate();
        else if (SKIPPED.has(name)) continue;
        else if (inline(element)) walk(element);
        else {
          separate();
          walk(element);
          separate();
        }
      }
    }
  };
  walk(root);
  const map = createTextMap(chunks);
  return { nodes, map, text: map.text };
}

/**
 * The offset in `page.text` of a boundary point of a range (a text node and an offset in it, or
 * an element and a child index): for an element, where its next text node starts.
 */
function offsetOf(page: PageText, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const index = page.nodes.indexOf(container as Text);
    if (index >= 0) return page.map.fromChunk(index, offset);
  }
  const point = container.ownerDocument!.createRange();
  point.setStart(
    container,
    container.nodeType === 3 ? offset : Math.min(offset, container.childNodes.length),
  );
  // The first text node at or after the point (nodes are in document order).
  const textIndexes = page.nodes.map((node, i) => (node ? i : -1)).filter((i) => i >= 0);
  let low = 0;
  let high = textIndexes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const node = page.nodes[textIndexes[mid]!]!;
    let after: boolean;
    try {
      after = point.comparePoint(node, 0) >= 0;
    } catch {
      after = false;
    }
    if (after) high = mid;
    else low = mid + 1;
  }
  return low < textIndexes.length ? page.map.fromChunk(textIndexes[low]!, 0) : page.text.length;
}

/**
 * The offsets of `range` in `page.text`, whitespace at both ends left out; undefined when the
 * range holds no text of the page.
 *
 * @param page - the page's text
 * @param range - a selection's range
 */
export function rangeOffsets(page: PageText, range: Range): { start: number; end: number } | undefined {
  let start = offsetOf(page, range.startContainer, range.startOffset);
  let end = offsetOf(page, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(page.text[start]!)) start++;
  while (end > start && /\s/.test(page.text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
