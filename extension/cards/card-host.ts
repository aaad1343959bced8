/**
 * The element cards are shown in: a host at the end of the document with a closed shadow root,
 * so the page can neither style nor read the card. It is created on the first card shown (a page
 * where no card is opened is never changed) and removed by `destroy()`.
 */
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from './card-styles.ts';

/** The tag of the host element. */
export const CARD_HOST_TAG = 'cites-card';

const GAP = 6;

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
    set(host, 'display', 'block');
    set(host, 'visibility', 'hidden');
    set(host, 'left', '0px');
    set(host, 'top', '0px');
    const view = this.doc.defaultView!;
    const box = panel.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top =
      below + box.height <= view.innerHeight || anchor.top < box.height + GAP
        ? below
        : anchor.top - GAP - box.height;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - box.width - 8));
    set(host, 'left', `${Math.round(left)}px`);
    set(host, 'top', `${Math.round(Math.max(8, top))}px`);
    set(host, 'visibility', 'visible');
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
    set(this.host, 'display', 'none');
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
    const host = this.doc.createElement(CARD_HOST_TAG);
    for (const [name, value] of Object.entries({
      all: 'initial',
      position: 'fixed',
      'z-index': '2147483647',
      display: 'none',
    }))
      set(host, name, value);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const panel = this.doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('tabindex', '-1');
    root.append(style, panel);
    this.doc.documentElement.append(host);
    this.host = host;
    this.panel = panel;
    return { host, panel };
  }
}

function set(element: HTMLElement, name: string, value: string): void {
  element.style.setProperty(name, value, 'important');
}
