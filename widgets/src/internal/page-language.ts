/**
 * Watches the page's `<html lang>` so that widgets without their own `lang` re-render when the
 * host page switches language. One observer serves every widget on the page.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` whenever `<html lang>` changes; returns the function that stops it. */
export function watchPageLanguage(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
