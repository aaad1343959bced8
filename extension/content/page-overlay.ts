/**
 * Overlays the extension shows in a page (the cards, the notes' button and panel): a host at
 * the end of the document with a closed shadow root, so the page can neither style nor read
 * what is inside, placed next to the passage it belongs to. Its own styles are set `!important`
 * so that no page rule moves or hides it.
 */

/** Space between the passage and the overlay, in pixels. */
const GAP = 6;
/** The least distance from the edges of the window, in pixels. */
const MARGIN = 8;

/** Sets the inline style `name` of `element`, above any page rule. */
export function setImportant(element: HTMLElement, name: string, value: string): void {
  element.style.setProperty(name, value, 'important');
}

/** An overlay: the host in the page, and the element inside its shadow root content renders into. */
export interface Overlay {
  host: HTMLElement;
  mount: HTMLElement;
}

/**
 * Creates a hidden overlay at the end of `doc`: a `tag` host, its closed shadow root holding
 * `css` and a mount of class `mountClass`; a `dialog` mount takes the dialog role and can be
 * focused.
 */
export function createOverlay(
  doc: Document,
  tag: string,
  css: string,
  mountClass: string,
  dialog: boolean,
): Overlay {
  const host = doc.createElement(tag);
  for (const [name, value] of Object.entries({
    all: 'initial',
    position: 'fixed',
    'z-index': '2147483647',
    display: 'none',
  }))
    setImportant(host, name, value);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = mountClass;
  if (dialog) {
    mount.setAttribute('role', 'dialog');
    mount.setAttribute('tabindex', '-1');
  }
  root.append(style, mount);
  doc.documentElement.append(host);
  return { host, mount };
}

/** How an overlay lines up with its passage. */
export interface Placement {
  /** Its left edge for the passage's box and its own: at most `MARGIN` from the window's edges. */
  left(anchor: DOMRect, box: DOMRect): number;
  /** Whether its bottom too stays inside the window (else only its top). */
  keepBottomInView: boolean;
}

/**
 * Shows `overlay` next to `anchor`: below it, or above it when there is no room below and room
 * above, measured hidden first so that it never shows at a wrong place.
 */
export function placeOverlay(overlay: Overlay, anchor: DOMRect, placement: Placement): void {
  const { host, mount } = overlay;
  setImportant(host, 'display', 'block');
  setImportant(host, 'visibility', 'hidden');
  setImportant(host, 'left', '0px');
  setImportant(host, 'top', '0px');
  const view = host.ownerDocument.defaultView!;
  const box = mount.getBoundingClientRect();
  const below = anchor.bottom + GAP;
  let top =
    below + box.height <= view.innerHeight || anchor.top < box.height + GAP
      ? below
      : anchor.top - GAP - box.height;
  if (placement.keepBottomInView) top = Math.min(top, view.innerHeight - box.height - MARGIN);
  const left = Math.max(MARGIN, Math.min(placement.left(anchor, box), view.innerWidth - box.width - MARGIN));
  setImportant(host, 'left', `${Math.round(left)}px`);
  setImportant(host, 'top', `${Math.round(Math.max(MARGIN, top))}px`);
  setImportant(host, 'visibility', 'visible');
}
