/**
 * The element that wraps one mention (or one piece of a mention that runs across several text
 * nodes) in the page. Its tag is a custom name that page and pdf.js styles do not target, and its
 * `data-cites-kind` / `data-cites-id` attributes are the stable hook for styling and tests.
 */
import type { Mention } from '../../core/recognize/index.ts';

/** The tag name of mention elements. */
export const MENTION_TAG = 'cites-mention';

const mentions = new WeakMap<Element, Mention>();

/** Options for the look of mention elements. */
export interface MentionStyle {
  /** Inline CSS for each mention element (pages need it; the viewer styles them itself). */
  inline?: string;
}

/** The quiet underline used on web pages, set inline so no stylesheet is added to the page. */
export const PAGE_MENTION_STYLE =
  'text-decoration: underline dotted; text-decoration-thickness: 1px; text-underline-offset: 0.2em; cursor: help;';

/**
 * A new element for `mention`; the first piece of a mention is focusable and announced as a
 * link, the following pieces (after a line break in a PDF, say) only carry the attributes.
 *
 * @param doc - the document to create the element in
 * @param mention - what the element marks
 * @param first - whether this is the mention's first piece
 * @param style - how it looks
 */
export function createMentionElement(
  doc: Document,
  mention: Mention,
  first: boolean,
  style: MentionStyle,
): HTMLElement {
  const element = doc.createElement(MENTION_TAG);
  element.setAttribute('data-cites-kind', mention.kind);
  element.setAttribute('data-cites-id', mention.id);
  if (first) {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'link');
  } else {
    element.setAttribute('data-cites-part', 'continued');
  }
  if (style.inline) element.setAttribute('style', style.inline);
  mentions.set(element, mention);
  return element;
}

/**
 * The mention an element marks, when it is one of ours (a page could imitate the attributes,
 * not the registration).
 *
 * @param element - an element of the page
 */
export function mentionOf(element: Element): Mention | undefined {
  return mentions.get(element);
}

/**
 * The mention element at or above `target`, if any.
 *
 * @param target - an event target
 */
export function closestMention(target: EventTarget | null): HTMLElement | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  const node = target as Node;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const found = element?.closest(MENTION_TAG);
  return found && mentions.has(found) ? (found as HTMLElement) : undefined;
}
