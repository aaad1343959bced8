import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  expressedNoNeeds,
  filterMatrix,
  matrixTotals,
  needsMatrix,
  sortMatrix,
  type MatrixRow,
  type MatrixSortKey,
  type PartyLookup,
  type SortDirection,
} from '../../../../core/analytics/needs-summary.ts';
import { CATEGORY_SHORT_LABELS } from '../../../../core/i18n/index.ts';
import {
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  REGION_CODES,
  type Language,
  type NeedCategory,
  type RecipientCode,
} from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import { dispatchSelect } from '../../events/cites-select.ts';
import { CitesElement } from '../../internal/cites-element.ts';
import {
  categoryLabel,
  oneOf,
  partyCount,
  partyLabel,
  recipientLabel,
  regionLabel,
} from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { matrixStyles } from './needs-matrix.styles.ts';

const SORT_KEYS = ['party', 'region', 'needs'] as const;
const DIRECTIONS = ['ascending', 'descending'] as const;

/**
 * Every Party that reported, by need category: each cell lists the recipients the Party named
 * (MA, SA, EA, T, N, P, O; full names on hover and focus). Sortable by Party, region or number of
 * needs; filterable by region, category and recipient; a totals row counts the Parties needing
 * each category, and for whom.
 *
 * @tagname cites-needs-matrix
 * @summary Matrix of capacity-building needs: Parties × categories, with recipients.
 *
 * @attr {string} src - URL of a published dataset JSON file (else inline JSON, else the bundled data).
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {'party'|'region'|'needs'} sort - Column to sort by. Default `party`.
 * @attr {'ascending'|'descending'} direction - Sort direction. Default `ascending`.
 * @attr {string} region - Show only Parties of this CITES region (`africa`, `asia`, `csac`, `europe`, `north-america`, `oceania`).
 * @attr {string} category - Show only this need category (`advice`, `technical`, `financial`, `training`, `other`).
 * @attr {string} recipient - Show only Parties that named this recipient (`MA`, `SA`, `EA`, `T`, `N`, `P`, `O`).
 * @attr {boolean} no-controls - Hide the sort and filter controls (the attributes still apply).
 *
 * @event {CustomEvent<PartySelection | CellSelection>} cites-select - A Party name or a cell was chosen; `detail` holds its data. Bubbles, composed.
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart toolbar - The row of filter controls.
 * @csspart control - Each filter `<select>`.
 * @csspart summary - The line "N of M Parties that reported".
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart sort-button - The sortable column headers' buttons.
 * @csspart party-button - The Party names (buttons that fire `cites-select`).
 * @csspart cell-button - The recipients of a cell (buttons that fire `cites-select`).
 * @csspart code - One recipient code in a cell.
 * @csspart tooltip - The full recipient names shown on hover and focus.
 * @csspart totals - The totals row.
 * @csspart legend - The legend of recipient codes.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-background - Background of the sticky Party column (default: `Canvas`).
 * @cssprop --cites-border-color - Table and control borders.
 * @cssprop --cites-header-background - Background of the header and totals rows.
 * @cssprop --cites-accent-color - Highlight of the recipient being filtered on.
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-code-background - Background of a recipient code.
 * @cssprop --cites-tooltip-background - Tooltip background.
 * @cssprop --cites-tooltip-color - Tooltip text colour.
 * @cssprop --cites-control-background - Background of the filter controls.
 * @cssprop --cites-control-color - Text colour of the filter controls.
 * @cssprop --cites-radius - Corner radius of the controls.
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesNeedsMatrix extends CitesElement {
  static override styles = [sharedStyles, matrixStyles];

  /** Column to sort by: `party`, `region` or `needs`. */
  @property({ reflect: true }) sort: MatrixSortKey = 'party';

  /** Sort direction: `ascending` or `descending`. */
  @property({ reflect: true }) direction: SortDirection = 'ascending';

  /** Region filter (a region code), or empty for all. */
  @property({ reflect: true }) region = '';

  /** Category filter (a category code), or empty for all. */
  @property({ reflect: true }) category = '';

  /** Recipient filter (a recipient code), or empty for all. */
  @property({ reflect: true }) recipient = '';

  /** Hides the filter controls. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;

  private matrixCache: { dataset: Dataset; rows: MatrixRow[] } | undefined;

  private rowsOf(dataset: Dataset, lookup: PartyLookup): MatrixRow[] {
    if (this.matrixCache?.dataset !== dataset)
      this.matrixCache = { dataset, rows: needsMatrix(dataset, lookup) };
    return this.matrixCache.rows;
  }

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderMatrix(dataset));
  }

  private renderMatrix(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const all = this.rowsOf(dataset, lookup);
    const sortKey = oneOf(SORT_KEYS, this.sort) ?? 'party';
    const direction = oneOf(DIRECTIONS, this.direction) ?? 'ascending';
    const filter = {
      region: oneOf(REGION_CODES, this.region),
      category: oneOf(NEED_CATEGORIES, this.category),
      recipient: oneOf(RECIPIENT_CODES, this.recipient),
    };
    const rows = sortMatrix(filterMatrix(all, filter), sortKey, direction, lang, lookup, (r) =>
      regionLabel(r, lang),
    );
    const categories = filter.category ? [filter.category] : NEED_CATEGORIES;
    const columnCount = categories.length + 3;
    return html`
      ${this.noControls ? nothing : this.renderToolbar(lang, filter)}
      <p class="summary" part="summary" role="status">
        ${this.msg('partiesShown', { shown: rows.length, total: all.length })}
      </p>
      <div class="scroll">
        <table part="table">
          <caption part="caption">
            ${this.msg('matrixCaption')}
          </caption>
          <thead>
            <tr>
              ${this.sortHeader('party', this.msg('party'), sortKey, direction)}
              ${this.sortHeader('region', this.msg('region'), sortKey, direction)}
              ${categories.map(
                (category) =>
                  html`<th scope="col" title=${categoryLabel(category, lang)}>
                    <span aria-hidden="true">${CATEGORY_SHORT_LABELS[category][lang]}</span>
                    <span class="vh">${categoryLabel(category, lang)}</span>
                  </th>`,
              )}
              ${this.sortHeader('needs', this.msg('needs'), sortKey, direction)}
            </tr>
          </thead>
          <tbody>
            ${
              rows.length === 0
                ? html`<tr>
                    <td colspan=${columnCount}>${this.msg('noMatch')}</td>
                  </tr>`
                : rows.map((row) => this.renderRow(row, categories, lang, lookup, filter.recipient))
            }
          </tbody>
          <tfoot>
            ${this.renderTotals(rows, categories, lang)}
          </tfoot>
        </table>
      </div>
      ${this.renderLegend(lang)}
    `;
  }

  private renderToolbar(
    lang: Language,
    filter: { region?: string | undefined; category?: string | undefined; recipient?: string | undefined },
  ): TemplateResult {
    const select = (
      label: string,
      allLabel: string,
      value: string | undefined,
      options: readonly string[],
      text: (option: string) => string,
      onChange: (value: string) => void,
    ) =>
      html`<label
        >${label}
        <select
          part="control"
          .value=${value ?? ''}
          @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${allLabel}</option>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${text(option)}</option>`)}
        </select></label
      >`;
    return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${this.msg('filters')}>
      ${select(
        this.msg('region'),
        this.msg('allRegions'),
        filter.region,
        REGION_CODES,
        (code) => regionLabel(code as never, lang),
        (value) => (this.region = value),
      )}
      ${select(
        this.msg('category'),
        this.msg('allCategories'),
        filter.category,
        NEED_CATEGORIES,
        (code) => categoryLabel(code as NeedCategory, lang),
        (value) => (this.category = value),
      )}
      ${select(
        this.msg('recipients'),
        this.msg('allRecipients'),
        filter.recipient,
        RECIPIENT_CODES,
        (code) => `${code}: ${recipientLabel(code as RecipientCode, lang)}`,
        (value) => (this.recipient = value),
      )}
    </div>`;
  }

  private sortHeader(key: MatrixSortKey, label: string, current: MatrixSortKey, direction: SortDirection) {
    const active = key === current;
    const onClick = () => {
      if (active) this.direction = direction === 'ascending' ? 'descending' : 'ascending';
      else {
        this.sort = key;
        this.direction = key === 'needs' ? 'descending' : 'ascending';
      }
    };
    return html`<th
      scope="col"
      aria-sort=${active ? direction : 'none'}
      class=${key === 'needs' ? 'num' : ''}
    >
      <button class="sort" part="sort-button" type="button" @click=${onClick}>
        ${label}<span class="arrow" aria-hidden="true"
          >${active ? (direction === 'ascending' ? '▲' : '▼') : ''}</span
        >
      </button>
    </th>`;
  }

  private renderRow(
    row: MatrixRow,
    categories: readonly NeedCategory[],
    lang: Language,
    lookup: PartyLookup,
    highlight: RecipientCode | undefined,
  ): TemplateResult {
    const name = partyLabel(lookup, row.party, lang);
    const selectParty = () =>
      dispatchSelect(this, {
        kind: 'party',
        party: row.party,
        name,
        region: row.region,
        reports: row.reports,
        needs: row.needs,
      });
    return html`<tr data-party=${row.party}>
      <th scope="row">
        <button class="linkish" part="party-button" type="button" @click=${selectParty}>${name}</button>
      </th>
      <td>${regionLabel(row.region, lang)}</td>
      ${
        expressedNoNeeds(row)
          ? html`<td class="none" colspan=${categories.length}>${this.msg('noNeedsShort')}</td>`
          : categories.map((category) => this.renderCell(row, name, category, lang, highlight))
      }
      <td class="num">${row.needCount}</td>
    </tr>`;
  }

  private renderCell(
    row: MatrixRow,
    name: string,
    category: NeedCategory,
    lang: Language,
    highlight: RecipientCode | undefined,
  ): TemplateResult {
    const codes = row.cells[category];
    if (codes.length === 0) return html`<td data-category=${category}></td>`;
    const names = codes.map((code) => recipientLabel(code, lang)).join(', ');
    const select = () =>
      dispatchSelect(this, {
        kind: 'cell',
        party: row.party,
        name,
        category,
        recipients: codes,
        needs: row.needs.filter((need) => need.category === category),
      });
    return html`<td data-category=${category}>
      <button class="cell" part="cell-button" type="button" @click=${select}>
        <span class="vh">${names}</span>
        ${codes.map(
          (code) =>
            html`<span class="code ${code === highlight ? 'match' : ''}" part="code" aria-hidden="true"
              >${code}</span
            >`,
        )}
        <span class="tip" part="tooltip" aria-hidden="true">${names}</span>
      </button>
    </td>`;
  }

  private renderTotals(rows: readonly MatrixRow[], categories: readonly NeedCategory[], lang: Language) {
    const totals = matrixTotals(rows);
    const needs = rows.reduce((sum, row) => sum + row.needCount, 0);
    return html`<tr part="totals">
      <th scope="row">${this.msg('total')}</th>
      <td></td>
      ${categories.map((category) => {
        const total = totals.find((entry) => entry.category === category)!;
        const named = RECIPIENT_CODES.filter((code) => total.recipients[code] > 0);
        return html`<td data-category=${category}>
          <strong>${partyCount(total.parties, lang)}</strong>
          <span class="breakdown">
            ${named.map(
              (code, index) =>
                html`${index > 0 ? ', ' : ''}<abbr title=${recipientLabel(code, lang)}>${code}</abbr>&nbsp;${
                    total.recipients[code]
                  }`,
            )}
          </span>
        </td>`;
      })}
      <td class="num">${needs}</td>
    </tr>`;
  }

  private renderLegend(lang: Language): TemplateResult {
    return html`<div class="legend" part="legend">
      <strong>${this.msg('legend')}</strong>
      <dl>
        ${RECIPIENT_CODES.map(
          (code) =>
            html`<div>
              <dt><span class="code">${code}</span></dt>
              <dd>${recipientLabel(code, lang)}</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-needs-matrix': CitesNeedsMatrix;
  }
}
