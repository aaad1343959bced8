/**
 * Where the notes show in a page: two hosts at the end of the document, each with a closed
 * shadow root, so the page can neither style nor read them: the "Add a note" button by the
 * selection, and the panel (the editor, or a note opened from its highlight). Created when first
 * needed, removed by `destroy()`.
 */
import { render, type ComponentChild } from 'preact';
import {
  createOverlay,
  placeOverlay,
  setImportant,
  type Overlay,
  type Placement,
} from '../content/page-overlay.ts';
import { NOTES_UI_TAG } from './page-text.ts';
import { NOTES_CSS } from './note-styles.ts';

/** The button and the panel end where the selection ends, and stay inside the window. */
const NOTES_PLACEMENT: Placement = {
  left: (anchor, box) => anchor.right - Math.min(box.width, anchor.width),
  keepBottomInView: true,
};

/** The notes' in-page interface. */
export class NotesUiHost {
  private button: Overlay | undefined;
  private panel: Overlay | undefined;

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
    placeOverlay(part, anchor, NOTES_PLACEMENT);
  }

  hideButton(): void {
    if (!this.button) return;
    render(null, this.button.mount);
    setImportant(this.button.host, 'display', 'none');
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
    placeOverlay(part, anchor, NOTES_PLACEMENT);
  }

  /** Re-renders the panel in place. */
  updatePanel(content: ComponentChild): void {
    if (this.panel && this.panelOpen) render(content, this.panel.mount);
  }

  hidePanel(): void {
    if (!this.panel) return;
    render(null, this.panel.mount);
    setImportant(this.panel.host, 'display', 'none');
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

  private ensure(part: Overlay | undefined, kind: 'button' | 'panel'): Overlay {
    if (part && part.host.isConnected) return part;
    const overlay = createOverlay(
      this.doc,
      NOTES_UI_TAG,
      NOTES_CSS,
      kind === 'panel' ? 'panel' : 'notes-ui',
      kind === 'panel',
    );
    overlay.host.setAttribute('data-part', kind);
    return overlay;
  }
}
