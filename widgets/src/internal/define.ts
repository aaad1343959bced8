/**
 * Registers a custom element unless that name is already taken, so that loading the bundle twice,
 * or next to a per-component module or another copy, never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  try {
    customElements.define(name, constructor);
  } catch (error) {
    // Another copy may have won a race between the check and the definition.
    if (!customElements.get(name)) throw error;
  }
}
