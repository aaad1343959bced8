/**
 * The base of every widget: the `src` and `lang` attributes, the `data` property, loading and
 * validating the dataset, the reader's language, the error display and the `error` event.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { partyLookup, type PartyLookup } from '../../../core/analytics/needs-summary.ts';
import { resolveLanguage, t, type MessageKey } from '../../../core/i18n/index.ts';
import type { Language } from '../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../core/schemas/dataset.ts';
import type { CitesErrorDetail } from '../events/cites-select.ts';
import { fromDefault, fromText, fromUrl, fromValue, inlineDataText, type LoadState } from './load-dataset.ts';
import { watchPageLanguage } from './page-language.ts';

export abstract class CitesElement extends LitElement {
  /** URL of a published dataset JSON file; it wins over inline data and the bundled dataset. */
  @property() src: string | undefined;

  /**
   * Interface language: `en`, `fr` or `es` (any BCP 47 tag; unknown ones fall back to English).
   * Without it, the nearest `lang` of an ancestor, usually the page's `<html lang>`.
   */
  @property() override lang!: string;

  /** A dataset object given from script; it wins over `src`, inline data and the default. */
  @property({ attribute: false }) data: unknown;

  /** The load state of the data. */
  @state() protected loadState: LoadState = { status: 'loading' };

  private stopWatchingLanguage: (() => void) | undefined;
  private childObserver: MutationObserver | undefined;
  private loadToken = 0;
  private abortLoad: AbortController | undefined;
  private cachedLookup: { dataset: Dataset; lookup: PartyLookup } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = watchPageLanguage(() => this.requestUpdate());
    // Inline data may be parsed after the element is upgraded, or edited later by the host.
    this.childObserver = new MutationObserver(() => {
      if (this.data === undefined && !this.src) this.reload();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.childObserver?.disconnect();
    this.abortLoad?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) this.reload();
  }

  /** The language the widget speaks now. */
  get language(): Language {
    if (this.lang) return resolveLanguage(this.lang);
    const closest = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return resolveLanguage(closest ?? document.documentElement.lang);
  }

  /** An interface sentence in the widget's language. */
  protected msg(key: MessageKey, params: Record<string, string | number> = {}): string {
    return t(key, this.language, params);
  }

  /** Finds a Party in the loaded dataset's own list or the bundled one (memoized per dataset). */
  protected lookupFor(dataset: Dataset): PartyLookup {
    if (this.cachedLookup?.dataset !== dataset) this.cachedLookup = { dataset, lookup: partyLookup(dataset) };
    return this.cachedLookup.lookup;
  }

  /** Loads the data again from the first source that applies. */
  reload(): void {
    const token = ++this.loadToken;
    this.abortLoad?.abort();
    this.abortLoad = undefined;
    if (this.data !== undefined) return this.await(token, fromValue(this.data, 'property'));
    if (this.src) {
      const controller = new AbortController();
      this.abortLoad = controller;
      return this.await(token, this.loadSrc(this.src, controller.signal));
    }
    const inline = this.loadInline();
    if (inline) return this.await(token, inline);
    this.settle(token, this.loadDefault());
  }

  private await(token: number, pending: Promise<LoadState>): void {
    this.loadState = { status: 'loading' };
    void pending.then((state) => this.settle(token, state));
  }

  /** Loads the `src` attribute's data (a subclass may read several URLs from it). */
  protected loadSrc(src: string, signal: AbortSignal): Promise<LoadState> {
    return fromUrl(src, signal);
  }

  /** The inline JSON child's data, or undefined when there is none. */
  protected loadInline(): Promise<LoadState> | undefined {
    const inline = inlineDataText(this);
    return inline !== undefined ? fromText(inline, 'inline') : undefined;
  }

  /** The data used when none is given: the bundled dataset, unless a subclass says otherwise. */
  protected loadDefault(): LoadState {
    return fromDefault();
  }

  private settle(token: number, state: LoadState): void {
    if (token !== this.loadToken) return;
    this.loadState = state;
    if (state.status !== 'error') return;
    const detail: CitesErrorDetail = {
      message: this.msg('dataError', { reason: this.msg(state.key, state.params) }),
      origin: state.origin,
      src: state.origin === 'src' ? this.src : undefined,
      issues: state.issues,
    };
    // Not bubbling, like an <img>'s error: window-level error trackers should not see it.
    this.dispatchEvent(new CustomEvent('error', { detail }));
  }

  /** Renders the loading note or the error, or the widget's content once the data is ready. */
  protected renderWithData(content: (dataset: Dataset) => TemplateResult): TemplateResult {
    const state = this.loadState;
    if (state.status === 'loading') {
      return html`<p class="loading" part="status" role="status">${this.msg('loading')}</p>`;
    }
    if (state.status === 'error') {
      return html`<p class="error" part="error" role="alert">
        ${this.msg('dataError', { reason: this.msg(state.key, state.params) })}
      </p>`;
    }
    return html`${
      state.dataset.illustrative
        ? html`<p class="notice" part="notice">${this.msg('illustrative')}</p>`
        : null
    }${content(state.dataset)}`;
  }
}
