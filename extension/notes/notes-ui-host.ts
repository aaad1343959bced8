/**
 * Where the notes show in a page: two hosts at the end of the document, each with a closed
 * shadow root, so the page can neither style nor read them: the "Add a note" button by the
 * selection, and the panel (the editor, or a note opened from its highlight). Created when first
 * needed, removed by `destroy()`.
 */
import { render, type ComponentChild } from 'preact';
import { NOTES_UI_TAG } from './page-text.ts';
import { NOTES_CSS } from './note-styles.ts';

const GAP = 6;

interface Part {
  host: HTMLElement;
  mount: HTMLElement;
}

function set(element: HTMLElement, name: string, value: string): void {
  element.style.setProperty(name, value, 'important');
}

/** The notes' in-page interface. */
export class NotesUiHost {
  private button: Part | undefined;
  private panel: Part | undefined;

  /** @param doc - the page */
  constructor(private readonly doc: Document) {}

  /** True when `node` is one of the hosts (events from inside a closed shadow root come from it). */
  isHost(node: EventTarget | null): boolean {
    return node !== null && (node === this.button?.host || node === this.panel?.host);
  }

  /** True while the panel is shown. */
  get panelOpen(): boolean {
    return this.panel?.host.style.getPropertyValue('display') === 'block';
  }

  /**
   * Shows the button just below the end of the selection.
   *
   * @param anchor - the selection's last line box
   * @param content - the button
   */
  showButton(anchor: DOMRect, content: ComponentChild): void {
    const part = (this.button = this.ensure(this.button, 'button'));
    render(content, part.mount);
    this.place(part, anchor);
  }

  hideButton(): void {
    if (!this.button) return;
    render(null, this.button.mount);
    set(this.button.host, 'display', 'none');
  }

  /**
   * Shows `content` in the panel next to `anchor`.
   *
   * @param anchor - the passage's box
   * @param content - the editor or the note
   * @param label - the panel's accessible name
   */
  showPanel(anchor: DOMRect, content: ComponentChild, label: string): void {
    const part = (this.panel = this.ensure(this.panel, 'panel'));
    part.mount.setAttribute('aria-label', label);
    render(content, part.mount);
    this.place(part, anchor);
  }

  /** Re-renders the panel in place. */
  updatePanel(content: ComponentChild): void {
    if (this.panel && this.panelOpen) render(content, this.panel.mount);
  }

  hidePanel(): void {
    if (!this.panel) return;
    render(null, this.panel.mount);
    set(this.panel.host, 'display', 'none');
  }

  destroy(): void {
    for (const part of [this.button, this.panel]) {
      if (!part) continue;
      render(null, part.mount);
      part.host.remove();
    }
    this.button = undefined;
    this.panel = undefined;
  }

  private place(part: Part, anchor: DOMRect): void {
    const { host } = part;
    set(host, 'display', 'block');
    set(host, 'visibility', 'hidden');
    set(host, 'left', '0px');
    set(host, 'top', '0px');
    const view = this.doc.defaultView!;
    const box = part.mount.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const top =
      below + box.height <= view.innerHeight || anchor.top < box.height + GAP
        ? below
        : anchor.top - GAP - box.height;
    const left = Math.max(
      8,
      Math.min(anchor.right - Math.min(box.width, anchor.width), view.innerWidth - box.width - 8),
    );
    set(host, 'left', `${Math.round(left)}px`);
    set(host, 'top', `${Math.round(Math.max(8, Math.min(top, view.innerHeight - box.height - 8)))}px`);
    set(host, 'visibility', 'visible');
  }

  private ensure(part: Part | undefined, kind: 'button' | 'panel'): Part {
    if (part && part.host.isConnected) return part;
    const host = this.doc.createElement(NOTES_UI_TAG);
    host.setAttribute('data-part', kind);
    for (const [name, value] of Object.entries({
      all: 'initial',
      position: 'fixed',
      'z-index': '2147483647',
      display: 'none',
    }))
      set(host, name, value);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = NOTES_CSS;
    const mount = this.doc.createElement('div');
    mount.className = kind === 'panel' ? 'panel' : 'notes-ui';
    if (kind === 'panel') {
      mount.setAttribute('role', 'dialog');
      mount.setAttribute('tabindex', '-1');
    }
    root.append(style, mount);
    this.doc.documentElement.append(host);
    return { host, mount };
  }
}
