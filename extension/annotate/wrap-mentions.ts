/**
 * Wraps the mentions found in a text block in mention elements. A mention that runs over
 * several text nodes becomes one element per node, so the page's own elements are never split or
 * moved; only text nodes are split.
 */
import type { Mention } from '../../core/recognize/index.ts';
import { createMentionElement, type MentionStyle } from './mention-element.ts';
import { nodeIndexAt, type TextBlock } from './text-block.ts';

interface Piece {
  node: Text;
  expected: string;
  from: number;
  to: number;
  mention: Mention;
  first: boolean;
}

const BLANK = /^\s*$/;

/**
 * Wraps each of `mentions` (sorted, not overlapping, offsets into `block.text`) and returns the
 * elements created. Nodes the page removed or changed since the block was read are left alone.
 *
 * @param block - the text block the mentions were found in
 * @param mentions - the mentions to wrap
 * @param style - how mention elements look
 */
export function wrapMentions(
  block: TextBlock,
  mentions: readonly Mention[],
  style: MentionStyle,
): HTMLElement[] {
  const pieces: Piece[] = [];
  for (const mention of mentions) {
    let first = true;
    for (let i = nodeIndexAt(block, mention.start); i < block.nodes.length; i++) {
      const start = block.starts[i]!;
      const node = block.nodes[i]!;
      if (start >= mention.end) break;
      const from = Math.max(mention.start - start, 0);
      const to = Math.min(mention.end - start, node.data.length);
      if (to <= from || BLANK.test(node.data.slice(from, to))) continue;
      pieces.push({ node, expected: block.text.slice(start + from, start + to), from, to, mention, first });
      first = false;
    }
  }
  const created: HTMLElement[] = [];
  const doc = block.element.ownerDocument;
  // From the last piece back to the first, so the offsets of earlier pieces stay valid.
  for (let p = pieces.length - 1; p >= 0; p--) {
    const { node, expected, from, to, mention, first } = pieces[p]!;
    const parent = node.parentNode;
    if (!parent || !node.isConnected || node.data.slice(from, to) !== expected) continue;
    if (to < node.data.length) node.splitText(to);
    const middle = from > 0 ? node.splitText(from) : node;
    const element = createMentionElement(doc, mention, first, style);
    parent.insertBefore(element, middle);
    element.appendChild(middle);
    created.push(element);
  }
  return created.reverse();
}
