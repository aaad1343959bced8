import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  needsMatrix,
  partiesByCategory,
  partiesByRecipient,
  partiesByRegion,
  type CountEntry,
} from '../../../../core/analytics/needs-summary.ts';
import type { MessageKey } from '../../../../core/i18n/messages.ts';
import type {
  Language,
  NeedCategory,
  RecipientCode,
  RegionCode,
} from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import { CitesElement } from '../../internal/cites-element.ts';
import { categoryLabel, oneOf, partyCount, recipientLabel, regionLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { chartStyles } from './needs-chart.styles.ts';

/** What the bars count Parties by. */
export type ChartView = 'category' | 'recipient' | 'region';
const VIEWS = ['category', 'recipient', 'region'] as const;

const VIEW_TITLES: Record<ChartView, MessageKey> = {
  category: 'chartByCategory',
  recipient: 'chartByRecipient',
  region: 'chartByRegion',
};
const VIEW_BUTTONS: Record<ChartView, MessageKey> = {
  category: 'byCategory',
  recipient: 'byRecipient',
  region: 'byRegion',
};

const WIDTH = 400;
const ROW = 40;
const BAR = 16;
const VALUE_ROOM = 36;

/**
 * Demand at a glance: an SVG bar chart of the number of Parties expressing needs, by category, by
 * recipient or by region (switchable), with the same figures in a data table.
 *
 * @tagname cites-needs-chart
 * @summary Bar chart of capacity-building demand, with its data table.
 *
 * @attr {'category'|'recipient'|'region'} view - What the bars count Parties by. Default `category`.
 * @attr {string} src - URL of a published dataset JSON file (else inline JSON, else the bundled data).
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {boolean} no-controls - Hide the view switcher (the `view` attribute still applies).
 *
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 * @event {CustomEvent<{view: ChartView}>} cites-view-change - The reader switched the view. Bubbles, composed.
 *
 * @csspart views - The group of view buttons.
 * @csspart view-button - Each view button.
 * @csspart figure - The figure (caption, chart and table).
 * @csspart caption - The chart's title.
 * @csspart chart - The SVG chart.
 * @csspart bar - Each bar.
 * @csspart table-toggle - The disclosure holding the data table.
 * @csspart table - The data table.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-accent-color - Bars and the selected view button.
 * @cssprop --cites-accent-contrast-color - Text on the selected view button (default white).
 * @cssprop --cites-bar-color - Bars (default: the accent colour).
 * @cssprop --cites-bar-track-color - The track behind each bar.
 * @cssprop --cites-chart-max-width - Largest width of the chart (default 40rem).
 * @cssprop --cites-border-color - Table and button borders.
 * @cssprop --cites-header-background - Background of the table header.
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-radius - Corner radius of the buttons.
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesNeedsChart extends CitesElement {
  static override styles = [sharedStyles, chartStyles];

  /** What the bars count Parties by: `category`, `recipient` or `region`. */
  @property({ reflect: true }) view: ChartView = 'category';

  /** Hides the view switcher. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderChart(dataset));
  }

  private entries(dataset: Dataset, view: ChartView, lang: Language): { label: string; parties: number }[] {
    const rows = needsMatrix(dataset, this.lookupFor(dataset));
    const label = (entries: CountEntry<string>[], text: (key: string) => string) =>
      entries.map((entry) => ({ label: text(entry.key), parties: entry.parties }));
    if (view === 'recipient') {
      return label(
        partiesByRecipient(rows),
        (code) => `${recipientLabel(code as RecipientCode, lang)} (${code})`,
      );
    }
    if (view === 'region')
      return label(partiesByRegion(rows), (code) => regionLabel(code as RegionCode, lang));
    return label(partiesByCategory(rows), (code) => categoryLabel(code as NeedCategory, lang));
  }

  private renderChart(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const view = oneOf(VIEWS, this.view) ?? 'category';
    const entries = this.entries(dataset, view, lang);
    const title = this.msg(VIEW_TITLES[view]);
    const max = Math.max(1, ...entries.map((entry) => entry.parties));
    const scale = (WIDTH - VALUE_ROOM) / max;
    const height = entries.length * ROW;
    const description = entries
      .map((entry) => `${entry.label}: ${partyCount(entry.parties, lang)}`)
      .join('; ');
    return html`
      ${
        this.noControls
          ? null
          : html`<div class="views no-print" part="views" role="group" aria-label=${this.msg('chartView')}>
              ${VIEWS.map(
                (option) =>
                  html`<button
                    type="button"
                    part="view-button"
                    aria-pressed=${option === view ? 'true' : 'false'}
                    @click=${() => this.switchView(option)}
                  >
                    ${this.msg(VIEW_BUTTONS[option])}
                  </button>`,
              )}
            </div>`
      }
      <figure part="figure">
        <figcaption part="caption" id="caption">${title}</figcaption>
        <svg part="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="svg-title svg-desc">
          <title id="svg-title">${title}</title>
          <desc id="svg-desc">${description}</desc>
          ${entries.map((entry, index) => {
            const y = index * ROW;
            const width = entry.parties * scale;
            return svg`<g>
              <text class="label" x="0" y=${y + 13}>${entry.label}</text>
              <rect class="track" x="0" y=${y + 18} width=${WIDTH - VALUE_ROOM} height=${BAR} rx="2"></rect>
              <rect class="bar" part="bar" x="0" y=${y + 18} width=${width} height=${BAR} rx="2"></rect>
              <text class="value" x=${width + 6} y=${y + 31}>${entry.parties}</text>
            </g>`;
          })}
        </svg>
        <details part="table-toggle">
          <summary>${this.msg('dataTable')}</summary>
          <table part="table">
            <caption class="vh">
              ${title}
            </caption>
            <thead>
              <tr>
                <th scope="col">${this.msg(view === 'recipient' ? 'recipients' : view)}</th>
                <th scope="col">${this.msg('parties')}</th>
              </tr>
            </thead>
            <tbody>
              ${entries.map(
                (entry) =>
                  html`<tr>
                    <th scope="row">${entry.label}</th>
                    <td>${entry.parties}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>
      </figure>
    `;
  }

  private switchView(view: ChartView): void {
    if (view === this.view) return;
    this.view = view;
    this.dispatchEvent(
      new CustomEvent('cites-view-change', { detail: { view }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-needs-chart': CitesNeedsChart;
  }
  interface HTMLElementEventMap {
    'cites-view-change': CustomEvent<{ view: ChartView }>;
  }
}
