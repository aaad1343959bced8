/**
 * Opens a mention's card on hover or keyboard focus and closes it when the pointer or the focus
 * leaves both the mention and the card, or on Escape. Enter on a mention moves the focus into
 * its card. Listens on the document (one set of listeners for all mentions); re-renders the open
 * card when the language changes.
 */
import type { ComponentChild } from 'preact';
import type { Mention } from '../../core/recognize/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';
import { MENTION_KIND_LABELS, t } from '../../core/i18n/index.ts';
import { closestMention, mentionOf } from '../annotate/mention-element.ts';
import { CardHost } from './card-host.ts';
import { PartyCard } from './PartyCard.tsx';
import { ReferenceCard } from './ReferenceCard.tsx';

/** What the cards need. */
export interface CardControllerOptions {
  doc: Document;
  /** What the data says about a Party (through the background). */
  lookupParty: (code: string) => Promise<PartyRecord | undefined>;
  /** A reference's page on cites.org in `lang`, where known. */
  referenceUrl: (mention: Mention, lang: Language) => string | undefined;
  /** The interface language now. */
  language: () => Language;
}

const OPEN_DELAY = 120;
const CLOSE_DELAY = 250;

/** The cards of one page. */
export class CardController {
  private readonly host: CardHost;
  private current: { element: HTMLElement; mention: Mention; record?: PartyRecord | undefined } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: [string, EventListener][];

  /** @param options - data access and language */
  constructor(private readonly options: CardControllerOptions) {
    this.host = new CardHost(options.doc);
    this.listeners = [
      ['mouseover', (event) => this.onPointer(event.target)],
      ['focusin', (event) => this.onFocus(event.target)],
      ['focusout', (event) => this.onBlur((event as FocusEvent).relatedTarget)],
      ['keydown', (event) => this.onKey(event as KeyboardEvent)],
    ];
    for (const [type, listener] of this.listeners) options.doc.addEventListener(type, listener, true);
  }

  /** Re-renders the open card (the language changed). */
  refresh(): void {
    if (this.current && this.host.open) this.host.update(...this.content());
  }

  /** Closes the card and stops listening. */
  destroy(): void {
    clearTimeout(this.timer);
    for (const [type, listener] of this.listeners) this.options.doc.removeEventListener(type, listener, true);
    this.host.destroy();
    this.current = undefined;
  }

  private onPointer(target: EventTarget | null): void {
    if (this.host.isHost(target)) return this.cancel();
    const element = closestMention(target);
    if (element && element === this.current?.element && this.host.open) return this.cancel();
    if (element) return this.later(() => this.open(element), OPEN_DELAY);
    if (this.host.open) this.later(() => this.close(), CLOSE_DELAY);
  }

  private onFocus(target: EventTarget | null): void {
    if (this.host.isHost(target)) return this.cancel();
    const element = closestMention(target);
    if (element) this.open(element);
    else if (this.host.open) this.close();
  }

  private onBlur(next: EventTarget | null): void {
    if (this.host.isHost(next) || closestMention(next)) return;
    if (this.host.open) this.later(() => this.close(), CLOSE_DELAY);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.host.open || !this.current) return;
    if (event.key === 'Escape') {
      const { element } = this.current;
      const fromCard = this.host.isHost(event.target);
      this.close();
      if (fromCard) element.focus();
    } else if (event.key === 'Enter' && event.target === this.current.element) {
      event.preventDefault();
      this.host.focus();
    }
  }

  private later(action: () => void, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(action, delay);
  }

  private cancel(): void {
    clearTimeout(this.timer);
  }

  private open(element: HTMLElement): void {
    this.cancel();
    const mention = mentionOf(element);
    if (!mention || !element.isConnected) return;
    if (this.current?.element === element && this.host.open) return;
    const current: NonNullable<typeof this.current> = { element, mention };
    this.current = current;
    this.host.show(element.getBoundingClientRect(), ...this.content());
    if (mention.kind === 'party') {
      void this.options.lookupParty(mention.id).then((record) => {
        if (this.current !== current) return;
        current.record = record;
        this.host.show(element.getBoundingClientRect(), ...this.content());
      });
    }
  }

  private close(): void {
    this.cancel();
    this.host.hide();
    this.current = undefined;
  }

  private content(): [ComponentChild, string] {
    const lang = this.options.language();
    const { mention, record } = this.current!;
    const label = `${MENTION_KIND_LABELS[mention.kind]?.[lang] ?? ''}: ${mention.text}`;
    if (mention.kind !== 'party') {
      const url = this.options.referenceUrl(mention, lang);
      return [<ReferenceCard mention={mention} lang={lang} url={url} />, label];
    }
    if (!record) return [<p class="empty">{t('loading', lang)}</p>, label];
    return [<PartyCard record={record} lang={lang} />, label];
  }
}
