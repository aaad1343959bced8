/**
 * A run of text read as one: the text nodes of one block element, in order, with line breaks
 * (`<br>`) read as `\n`. The recognizer sees the concatenated text; `starts` maps its offsets
 * back to the nodes.
 */
export interface TextBlock {
  /** The element the text belongs to. */
  element: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/**
 * The index of the node holding offset `offset` of `block.text` (the last node starting at or
 * before it).
 *
 * @param block - a text block
 * @param offset - an offset into its text
 */
export function nodeIndexAt(block: TextBlock, offset: number): number {
  const { starts } = block;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
