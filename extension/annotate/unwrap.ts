/**
 * Removes every mention element under `root`, putting their text back and merging the split
 * text nodes again, so that no trace of the annotations remains.
 */
import { MENTION_TAG, mentionOf } from './mention-element.ts';

/**
 * Unwraps the mention elements under `root` (ours only).
 *
 * @param root - the annotated element
 * @returns how many elements were removed
 */
export function unwrapMentions(root: ParentNode): number {
  const parents = new Set<Node>();
  let count = 0;
  for (const element of Array.from(root.querySelectorAll(MENTION_TAG))) {
    if (!mentionOf(element)) continue;
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    parents.add(parent);
    count++;
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
  return count;
}
