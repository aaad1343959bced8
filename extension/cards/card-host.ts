/**
 * The element cards are shown in: a host at the end of the document with a closed shadow root,
 * so the page can neither style nor read the card. It is created on the first card shown (a page
 * where no card is opened is never changed) and removed by `destroy()`.
 */
import { render, type ComponentChild } from 'preact';
import { createOverlay, placeOverlay, setImportant, type Placement } from '../content/page-overlay.ts';
import { CARD_CSS } from './card-styles.ts';

/** The tag of the host element. */
export const CARD_HOST_TAG = 'cites-card';

/** A card starts at the mention's left edge. */
const CARD_PLACEMENT: Placement = { left: (anchor) => anchor.left, keepBottomInView: false };

/** Shows one card at a time next to a mention. */
export class CardHost {
  private host: HTMLElement | undefined;
  private panel: HTMLElement | undefined;

  /** @param doc - the document to show cards in */
  constructor(private readonly doc: Document) {}

  /** True while a card is shown. */
  get open(): boolean {
    return this.host?.style.getPropertyValue('display') === 'block';
  }

  /**
   * True when `node` is the host (events from inside a closed shadow root come from it).
   *
   * @param node - an event target
   */
  isHost(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  /**
   * Shows `content` next to `anchor`.
   *
   * @param anchor - the mention's box
   * @param content - the card
   * @param label - the card's accessible name
   */
  show(anchor: DOMRect, content: ComponentChild, label: string): void {
    const { host, panel } = this.ensure();
    panel.setAttribute('aria-label', label);
    render(content, panel);
    placeOverlay({ host, mount: panel }, anchor, CARD_PLACEMENT);
  }

  /** Re-renders the open card (a language change) without moving it. */
  update(content: ComponentChild, label: string): void {
    if (!this.panel || !this.open) return;
    this.panel.setAttribute('aria-label', label);
    render(content, this.panel);
  }

  /** Hides the card. */
  hide(): void {
    if (!this.host || !this.panel) return;
    render(null, this.panel);
    setImportant(this.host, 'display', 'none');
  }

  /** Moves keyboard focus into the card: its first link, or the card itself. */
  focus(): void {
    const target = this.panel?.querySelector<HTMLElement>('a[href]') ?? this.panel;
    target?.focus();
  }

  /** Removes the host from the page. */
  destroy(): void {
    if (this.panel) render(null, this.panel);
    this.host?.remove();
    this.host = undefined;
    this.panel = undefined;
  }

  private ensure(): { host: HTMLElement; panel: HTMLElement } {
    if (this.host && this.panel && this.host.isConnected) return { host: this.host, panel: this.panel };
    const { host, mount: panel } = createOverlay(this.doc, CARD_HOST_TAG, CARD_CSS, 'panel', true);
    this.host = host;
    this.panel = panel;
    return { host, panel };
  }
}
