/**
 * `cites-select`: fired by a widget when the reader chooses a Party or a matrix cell.
 * It bubbles and crosses shadow roots, so a host page can listen on `document`.
 */
import type { Need, Report } from '../../../core/schemas/need.ts';
import type { NeedCategory, RecipientCode, RegionCode } from '../../../core/schemas/code-lists.ts';

/** A Party was chosen (its name in the matrix). */
export interface PartySelection {
  kind: 'party';
  party: string;
  /** The Party's name in the widget's language. */
  name: string;
  region: RegionCode | undefined;
  reports: Report[];
  needs: Need[];
}

/** A cell of the matrix was chosen: one Party, one category. */
export interface CellSelection {
  kind: 'cell';
  party: string;
  name: string;
  category: NeedCategory;
  recipients: RecipientCode[];
  needs: Need[];
}

export type CitesSelectDetail = PartySelection | CellSelection;
export type CitesSelectEvent = CustomEvent<CitesSelectDetail>;

/** Details of the `error` event a widget fires when its data cannot be loaded. */
export interface CitesErrorDetail {
  /** The message shown in the widget. */
  message: string;
  /** Where the data came from: `src`, `inline` or `property`. */
  origin: string;
  /** The `src` URL, when the data came from one. */
  src: string | undefined;
  /** Schema problems, with their paths, when the file was JSON but not a valid dataset. */
  issues: { path: (string | number)[]; message: string }[];
}
export type CitesErrorEvent = CustomEvent<CitesErrorDetail>;

/** Dispatches `cites-select` from `target`. */
export function dispatchSelect(target: EventTarget, detail: CitesSelectDetail): void {
  target.dispatchEvent(new CustomEvent('cites-select', { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'cites-select': CitesSelectEvent;
  }
}
