/**
 * Annotates an element's text: reads it into blocks, recognizes each block, wraps the mentions.
 * All of it runs in time-boxed slices; on the first pass the blocks on screen go first, read
 * and annotated before the rest of the page is even read. Content
 * added or changed later is annotated too (a MutationObserver that drops the records of the
 * annotator's own changes). `destroy()` removes every trace.
 */
import type { Mention } from '../../core/recognize/index.ts';
import type { PageSummary } from '../../core/schemas/messages.ts';
import { BlockCollector } from './block-collector.ts';
import { recognizeInWindows } from './long-text.ts';
import { MENTION_TAG, mentionOf, type MentionStyle } from './mention-element.ts';
import { MentionTally } from './mention-tally.ts';
import { blockOf, isSkipped } from './skip-rules.ts';
import { Slicer, type SliceScheduler, type SliceStats } from './slicer.ts';
import type { TextBlock } from './text-block.ts';
import { unwrapMentions } from './unwrap.ts';
import { wrapMentions } from './wrap-mentions.ts';

/** What an annotator needs. */
export interface AnnotatorOptions {
  /** The element to annotate (a page's body, the viewer's pages). */
  root: Element;
  /** The recognizer, built once for the page. */
  recognize: (text: string) => Mention[];
  /** How slices yield. */
  scheduler: SliceScheduler;
  /** How mention elements look. */
  style?: MentionStyle;
  /** Milliseconds of work per slice (default 12). */
  budget?: number;
  /** Whether to annotate content added later (default true). */
  observe?: boolean;
  /** Called after each slice that wrapped mentions. */
  onChange?: () => void;
  /** Called once the blocks on screen at the start are annotated. */
  onFirstScreen?: () => void;
}

/** At most this many blocks count as the first screen. */
const FIRST_SCREEN_LIMIT = 400;

/** Annotates one root element; one per page. */
export class Annotator {
  private readonly slicer: Slicer;
  private readonly tally = new MentionTally();
  private readonly observer: MutationObserver | undefined;
  private changed = false;
  private destroyed = false;

  /** @param options - what to annotate and how */
  constructor(private readonly options: AnnotatorOptions) {
    this.slicer = new Slicer(options.scheduler, options.budget ?? 12, () => this.afterSlice());
    if (options.observe !== false) {
      const view = options.root.ownerDocument.defaultView;
      const Observer = view?.MutationObserver ?? MutationObserver;
      this.observer = new Observer((records) => this.onMutations(records));
    }
  }

  /**
   * Starts annotating the whole root. The text is read until it reaches past the bottom of the
   * screen; the blocks on screen are annotated first, then the rest is read and annotated in
   * the background.
   */
  start(): void {
    const collector = new BlockCollector(this.options.root);
    const height = this.options.root.ownerDocument.defaultView?.innerHeight ?? 0;
    const pastScreen = () => {
      const last = collector.blocks[collector.blocks.length - 1];
      return last !== undefined && last.element.getBoundingClientRect().top > height;
    };
    this.slicer.add((deadline) => {
      if (!collector.collect(deadline, pastScreen) && !pastScreen()) return false;
      const read = collector.blocks.length;
      this.queueVisibleFirst(collector.blocks.slice());
      if (!collector.done) this.continueWith(collector, read);
      return true;
    }, true);
    this.observer?.observe(this.options.root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Annotates `element` (content added after the first pass, a new PDF page).
   *
   * @param element - an element inside the root
   */
  annotate(element: Element): void {
    this.continueWith(new BlockCollector(element), 0);
  }

  /** Reads on with `collector` and annotates its blocks from `index`, in the background. */
  private continueWith(collector: BlockCollector, index: number): void {
    this.slicer.add((deadline) => {
      const finished = collector.done || collector.collect(deadline);
      index = this.wrapBlocks(collector.blocks, index, deadline);
      return finished && index >= collector.blocks.length;
    });
  }

  /** What has been found so far. */
  summary(): PageSummary {
    return this.tally.summary(this.slicer.idle);
  }

  /** Resolves when all queued work is done. */
  whenIdle(): Promise<void> {
    return this.slicer.whenIdle();
  }

  /** Timing of the slices so far. */
  get stats(): SliceStats {
    return this.slicer.stats;
  }

  /** Stops, and removes every mention element. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.slicer.stop();
    this.observer?.disconnect();
    unwrapMentions(this.options.root);
    this.tally.clear();
  }

  private queueVisibleFirst(blocks: TextBlock[]): void {
    const view = this.options.root.ownerDocument.defaultView;
    const height = view?.innerHeight ?? 0;
    const first = firstOnScreen(blocks);
    let end = first;
    while (end < blocks.length && end - first < FIRST_SCREEN_LIMIT) {
      if (blocks[end]!.element.getBoundingClientRect().top > height) break;
      end++;
    }
    const screen = blocks.slice(first, end);
    const rest = [...blocks.slice(end), ...blocks.slice(0, first)];
    let i = 0;
    this.slicer.add((deadline) => {
      i = this.wrapBlocks(screen, i, deadline);
      if (i < screen.length) return false;
      this.options.onFirstScreen?.();
      return true;
    }, true);
    let j = 0;
    this.slicer.add((deadline) => (j = this.wrapBlocks(rest, j, deadline)) >= rest.length);
  }

  /** Wraps blocks from `index` until the deadline; returns the next index. */
  private wrapBlocks(blocks: readonly TextBlock[], index: number, deadline: number): number {
    const style = this.options.style ?? {};
    while (index < blocks.length) {
      const block = blocks[index++]!;
      const mentions = recognizeInWindows(block.text, this.options.recognize);
      if (mentions.length > 0) {
        for (const element of wrapMentions(block, mentions, style)) {
          if (!element.hasAttribute('data-cites-part')) this.tally.add(mentionOf(element)!);
        }
        this.changed = true;
      }
      if (performance.now() >= deadline) break;
    }
    return index;
  }

  private afterSlice(): void {
    // Records of the annotator's own changes are dropped here: nothing else can change the page
    // between them and the end of the slice.
    this.observer?.takeRecords();
    if (this.changed) {
      this.changed = false;
      this.options.onChange?.();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.destroyed) return;
    const root = this.options.root;
    const targets = new Set<Element>();
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent && parent.localName !== MENTION_TAG) targets.add(blockOf(record.target, root));
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (!node.isConnected) continue;
        if (node.nodeType === 3) {
          const parent = node.parentElement;
          if (parent && parent.localName !== MENTION_TAG) targets.add(blockOf(node, root));
        } else if (node.nodeType === 1 && !isSkipped(node as Element)) {
          targets.add(node as Element);
        }
      }
    }
    for (const target of targets) {
      if (!root.contains(target) || hasAncestorIn(target, targets, root) || insideSkipped(target, root))
        continue;
      this.annotate(target);
    }
  }
}

/** The index of the first block whose bottom is below the top of the viewport (blocks in document order). */
function firstOnScreen(blocks: readonly TextBlock[]): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.element.getBoundingClientRect().bottom <= 0) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, Math.max(blocks.length - 1, 0));
}

function hasAncestorIn(element: Element, set: ReadonlySet<Element>, root: Element): boolean {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (set.has(parent)) return true;
  }
  return false;
}

function insideSkipped(element: Element, root: Element): boolean {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (isSkipped(parent)) return true;
  }
  return false;
}
