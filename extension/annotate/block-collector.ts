/**
 * Reads an element's text into `TextBlock`s, a little at a time: `collect(deadline)` walks until
 * the deadline and can be called again to go on. It only reads the page, so the blocks can be
 * ordered (visible ones first) before anything is changed.
 */
import { MENTION_TAG } from './mention-element.ts';
import { blockOf, isSkipped } from './skip-rules.ts';
import type { TextBlock } from './text-block.ts';

const HAS_WORD = /[^\s]/;

/** A resumable walk over the text of one root element. */
export class BlockCollector {
  private readonly walker: TreeWalker;
  private current: TextBlock | undefined;
  private pendingBreak = false;
  private broken = false;
  private finished = false;
  /** Blocks found so far and not yet taken. */
  readonly blocks: TextBlock[] = [];

  /** @param root - the element whose text is read */
  constructor(private readonly root: Element) {
    const doc = root.ownerDocument;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        if (element.localName === 'br') return NodeFilter.FILTER_ACCEPT;
        if (isSkipped(element)) {
          // Text on either side of a mention already marked, or of a script, is not one run.
          this.broken = true;
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** True once the whole root has been read. */
  get done(): boolean {
    return this.finished;
  }

  /**
   * Walks until `deadline` (a `performance.now()` time) or the end.
   *
   * @param deadline - when to stop
   * @returns whether the walk is finished
   */
  collect(deadline: number): boolean {
    if (this.finished) return true;
    let count = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      if (node.nodeType === 3) this.addText(node as Text);
      else this.pendingBreak = true;
      if (++count % 64 === 0 && performance.now() >= deadline) return false;
    }
    this.flush();
    this.finished = true;
    return true;
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
