/**
 * Which parts of a page are read for mentions. Scripts, styles, form fields, editable areas and
 * embedded content are skipped; inline elements (links, emphasis, spans) are read through, so a
 * mention split by markup ("Decision <b>18.46</b>") is still found.
 */
import { MENTION_TAG } from './mention-element.ts';

/** Elements whose content is never a page's readable text: code, form fields, embeds, metadata. */
export const NOT_TEXT_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
  'cites-card',
];

const SKIPPED = new Set([...NOT_TEXT_ELEMENTS, MENTION_TAG]);

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  // A note's highlight wraps a piece of the page's text (extension/notes/highlights.ts).
  'cites-note-highlight',
]);

/**
 * True when nothing inside `element` should be read or changed.
 *
 * @param element - an element of the page
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('data-cites-ignore')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * True when `element` flows inside its parent's line of text (so text on both sides of it reads
 * as one run).
 *
 * @param element - an element of the page
 */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/**
 * The element whose text `node` belongs to: the nearest ancestor that is not inline, or `root`.
 *
 * @param node - a text node
 * @param root - the element being annotated
 */
export function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && isInline(element)) element = element.parentElement;
  return element ?? root;
}
