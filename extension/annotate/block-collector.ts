/**
 * Reads an element's text into `TextBlock`s, a little at a time: `collect(deadline)` walks until
 * the deadline and can be called again to go on. It only reads the page, so the blocks can be
 * ordered (visible ones first) before anything is changed.
 *
 * The walk follows `firstChild` / `nextSibling` itself rather than using a TreeWalker with a
 * filter callback: on a long document the callback per node costs more than the whole walk.
 */
import { MENTION_TAG } from './mention-element.ts';
import { blockOf, isSkipped } from './skip-rules.ts';
import type { TextBlock } from './text-block.ts';

const HAS_WORD = /\S/;

/** A resumable walk over the text of one root element. */
export class BlockCollector {
  private node: Node | null;
  private current: TextBlock | undefined;
  private pendingBreak = false;
  private broken = false;
  /** Blocks found so far. */
  readonly blocks: TextBlock[] = [];

  /** @param root - the element whose text is read */
  constructor(private readonly root: Element) {
    this.node = root.firstChild;
  }

  /** True once the whole root has been read. */
  get done(): boolean {
    return this.node === null;
  }

  /**
   * Walks until `deadline` (a `performance.now()` time) or the end.
   *
   * @param deadline - when to stop
   * @param enough - checked now and then: true stops the walk early (enough has been read)
   * @returns whether the walk is finished
   */
  collect(deadline: number, enough?: () => boolean): boolean {
    // A node the page removed while the walk was paused ends the walk; what the page adds is
    // annotated through the mutation observer.
    if (this.node && !this.root.contains(this.node)) this.node = null;
    let count = 0;
    let node = this.node;
    while (node) {
      let descend = false;
      if (node.nodeType === 3) this.addText(node as Text);
      else if (node.nodeType === 1) {
        const element = node as Element;
        if (element.localName === 'br') this.pendingBreak = true;
        else if (isSkipped(element)) this.broken = true;
        else descend = element.firstChild !== null;
      }
      node = descend ? node.firstChild : this.after(node);
      if (++count % 256 === 0 && (performance.now() >= deadline || enough?.())) break;
    }
    this.node = node;
    if (node === null) this.flush();
    return node === null;
  }

  /** The next node in document order after `node` and its subtree, within the root. */
  private after(node: Node): Node | null {
    for (let at: Node | null = node; at && at !== this.root; at = at.parentNode) {
      if (at.nextSibling) return at.nextSibling;
    }
    return null;
  }

  private addText(node: Text): void {
    const parent = node.parentElement;
    if (!parent || parent.localName === MENTION_TAG) return;
    const element = blockOf(node, this.root);
    let block = this.current;
    if (!block || block.element !== element || this.broken) {
      this.flush();
      block = { element, nodes: [], starts: [], text: '' };
      this.current = block;
      this.pendingBreak = false;
    }
    this.broken = false;
    if (this.pendingBreak && block.nodes.length > 0) block.text += '\n';
    this.pendingBreak = false;
    block.starts.push(block.text.length);
    block.nodes.push(node);
    block.text += node.data;
  }

  private flush(): void {
    const block = this.current;
    this.current = undefined;
    if (block && HAS_WORD.test(block.text)) this.blocks.push(block);
  }
}
