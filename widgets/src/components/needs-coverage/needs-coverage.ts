import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PartyLookup } from '../../../../core/analytics/needs-summary.ts';
import { CATEGORY_SHORT_LABELS } from '../../../../core/i18n/index.ts';
import type { Activity } from '../../../../core/schemas/activity.ts';
import {
  NEED_CATEGORIES,
  REGION_CODES,
  sortRecipients,
  type Language,
  type NeedCategory,
  type RecipientCode,
} from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import { analyze } from '../../../../core/tracker/analyze.ts';
import type { Analysis, Finding } from '../../../../core/tracker/findings.ts';
import { categoryLabel, oneOf, partyLabel, recipientLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { TrackerElement } from '../../internal/tracker-element.ts';
import { findingReason } from '../../internal/tracker-format.ts';
import { trackerStyles } from '../../internal/tracker.styles.ts';
import { needsCoverageStyles } from './needs-coverage.styles.ts';

type Coverage = 'covered' | 'partial' | 'unmet';

interface Cell {
  coverage: Coverage;
  recipients: Set<RecipientCode>;
  overlap: boolean;
  collaboration: boolean;
}

interface Prepared {
  dataset: Dataset;
  analysis: Analysis;
  activities: Map<string, Activity>;
  /** Cells by Party, then category. */
  cells: Map<string, Map<NeedCategory, Cell>>;
}

const SYMBOLS: Record<Coverage, string> = { covered: '●', partial: '◐', unmet: '○' };
const COVERAGE_KEYS = {
  covered: 'coverageCovered',
  partial: 'coveragePartial',
  unmet: 'coverageUnmet',
} as const;

function prepare(dataset: Dataset): Prepared {
  const analysis = analyze(dataset);
  const cells = new Map<string, Map<NeedCategory, Cell>>();
  const cell = (party: string, category: NeedCategory) => {
    let row = cells.get(party);
    if (!row) cells.set(party, (row = new Map()));
    let entry = row.get(category);
    if (!entry) {
      entry = { coverage: 'covered', recipients: new Set(), overlap: false, collaboration: false };
      row.set(category, entry);
    }
    return entry;
  };
  // A cell is covered when every need in it is covered for every recipient it names, unmet when
  // none of its needs is covered at all, and partly covered otherwise.
  const seen = new Map<Cell, { any: boolean; all: boolean }>();
  const note = (c: Cell, covered: boolean, complete: boolean) => {
    const state = seen.get(c) ?? { any: false, all: true };
    state.any ||= covered;
    state.all &&= complete;
    seen.set(c, state);
  };
  for (const need of analysis.unmet) {
    const c = cell(need.party, need.category);
    need.recipients.forEach((code) => c.recipients.add(code));
    note(c, false, false);
  }
  for (const need of analysis.covered) {
    const c = cell(need.party, need.category);
    need.recipients.forEach((code) => c.recipients.add(code));
    note(c, true, need.reached.length === need.recipients.length);
  }
  for (const [c, state] of seen) c.coverage = !state.any ? 'unmet' : state.all ? 'covered' : 'partial';
  for (const overlap of analysis.overlaps) {
    const c = cells.get(overlap.party)?.get(overlap.category);
    if (c) c.overlap = true;
  }
  for (const collaboration of analysis.collaborations) {
    for (const party of collaboration.parties) {
      const c = cells.get(party)?.get(collaboration.category);
      if (c) c.collaboration = true;
    }
  }
  return { dataset, analysis, activities: new Map(dataset.activities.map((a) => [a.id, a])), cells };
}

/**
 * The needs matrix coloured by coverage: for each Party and need category, whether activities
 * cover the need (fully, in part, or not at all), with overlapping activities and regional
 * collaboration opportunities marked. Below it, every finding with its reason in words: the
 * unmet needs, the overlaps, the collaboration opportunities and the covered needs.
 *
 * @tagname cites-needs-coverage
 * @summary Needs coloured by coverage, with overlaps and collaboration opportunities explained.
 *
 * @attr {string} src - URL of a published dataset JSON file, or several space-separated (merged, each record keeping its source). Else inline JSON (one or more scripts), else the bundled needs with the illustrative example activities.
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {string} region - Show only Parties of this CITES region, and the findings about them.
 * @attr {boolean} no-findings - Show the matrix only, without the lists of findings.
 * @attr {number} heading-level - ARIA level of the findings' headings (2–6, default 3).
 *
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart table - The matrix.
 * @csspart caption - The matrix caption.
 * @csspart cell - A cell with a need.
 * @csspart mark - An overlap or collaboration mark in a cell.
 * @csspart legend - The legend of colours and marks.
 * @csspart findings - The lists of findings.
 * @csspart finding - One finding and its reason.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-border-color - Table borders.
 * @cssprop --cites-header-background - Background of the header row.
 * @cssprop --cites-covered-background - Background of covered cells (default light green).
 * @cssprop --cites-partial-background - Background of partly covered cells (default light yellow).
 * @cssprop --cites-unmet-background - Background of cells not covered (default light red).
 * @cssprop --cites-coverage-color - Text colour in coloured cells (default near black).
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesNeedsCoverage extends TrackerElement {
  static override styles = [sharedStyles, trackerStyles, needsCoverageStyles];

  /** Region filter (a region code), or empty for all. */
  @property({ reflect: true }) region = '';

  /** Hides the lists of findings. */
  @property({ type: Boolean, attribute: 'no-findings' }) noFindings = false;

  /** ARIA level of the findings' headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private prepared: Prepared | undefined;

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderCoverage(dataset));
  }

  private renderCoverage(dataset: Dataset): TemplateResult {
    if (this.prepared?.dataset !== dataset) this.prepared = prepare(dataset);
    const prepared = this.prepared;
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const region = oneOf(REGION_CODES, this.region);
    const inRegion = (party: string) => !region || lookup(party)?.region === region;
    const parties = [...prepared.cells.keys()]
      .filter(inRegion)
      .sort((a, b) => partyLabel(lookup, a, lang).localeCompare(partyLabel(lookup, b, lang), lang));
    const { analysis } = prepared;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div class="scroll" tabindex="0" role="group" aria-label=${this.msg('coverageCaption')}>
        <table part="table">
          <caption part="caption">
            ${this.msg('coverageCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.msg('party')}</th>
              ${NEED_CATEGORIES.map(
                (category) =>
                  html`<th scope="col" title=${categoryLabel(category, lang)}>
                    <span aria-hidden="true">${CATEGORY_SHORT_LABELS[category][lang]}</span>
                    <span class="vh">${categoryLabel(category, lang)}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${parties.map(
              (party) =>
                html`<tr data-party=${party}>
                  <th scope="row">${partyLabel(lookup, party, lang)}</th>
                  ${NEED_CATEGORIES.map((category) =>
                    this.renderCell(category, prepared.cells.get(party)?.get(category), lang),
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.renderLegend()}
      ${
        this.noFindings
          ? nothing
          : html`<div class="findings" part="findings">
              ${this.renderFindings(
                'unmet',
                'unmetNeeds',
                analysis.unmet.filter((f) => inRegion(f.party)),
                prepared,
                lookup,
                lang,
                level,
              )}
              ${this.renderFindings(
                'overlap',
                'overlapsTitle',
                analysis.overlaps.filter((f) => inRegion(f.party)),
                prepared,
                lookup,
                lang,
                level,
              )}
              ${this.renderFindings(
                'collaboration',
                'collaborationsTitle',
                analysis.collaborations.filter((f) => !region || f.region === region),
                prepared,
                lookup,
                lang,
                level,
              )}
              ${this.renderFindings(
                'covered',
                'coveredNeeds',
                analysis.covered.filter((f) => inRegion(f.party)),
                prepared,
                lookup,
                lang,
                level,
              )}
            </div>`
      }`;
  }

  private renderCell(category: NeedCategory, cell: Cell | undefined, lang: Language) {
    if (!cell) return html`<td data-category=${category}></td>`;
    const codes = sortRecipients(cell.recipients);
    const names = codes.map((code) => recipientLabel(code, lang)).join(', ');
    return html`<td
      class="coverage ${cell.coverage}"
      part="cell"
      data-category=${category}
      data-coverage=${cell.coverage}
      ?data-overlap=${cell.overlap}
      ?data-collaboration=${cell.collaboration}
    >
      <span class="state"
        ><span aria-hidden="true">${SYMBOLS[cell.coverage]}</span>
        ${this.msg(COVERAGE_KEYS[cell.coverage])}</span
      >
      <span class="codes" title=${names}
        ><span aria-hidden="true">${codes.join(' ')}</span><span class="vh">${names}</span></span
      >
      ${cell.overlap ? html`<span class="mark overlap" part="mark">${this.msg('overlapMark')}</span>` : nothing}
      ${
        cell.collaboration
          ? html`<span class="mark collaboration" part="mark">${this.msg('collaborationMark')}</span>`
          : nothing
      }
    </td>`;
  }

  private renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend">
      <strong>${this.msg('legend')}</strong>
      <ul>
        ${(['covered', 'partial', 'unmet'] as const).map(
          (coverage) =>
            html`<li>
              <span class="swatch coverage ${coverage}" aria-hidden="true">${SYMBOLS[coverage]}</span>
              ${this.msg(COVERAGE_KEYS[coverage])}
            </li>`,
        )}
        <li><span class="mark overlap">${this.msg('overlapMark')}</span></li>
        <li><span class="mark collaboration">${this.msg('collaborationMark')}</span></li>
      </ul>
    </div>`;
  }

  private renderFindings(
    kind: Finding['finding'],
    titleKey: 'unmetNeeds' | 'overlapsTitle' | 'collaborationsTitle' | 'coveredNeeds',
    findings: readonly Finding[],
    prepared: Prepared,
    lookup: PartyLookup,
    lang: Language,
    level: number,
  ): TemplateResult {
    const title = this.msg(titleKey, { count: findings.length });
    return html`<section data-findings=${kind}>
      <div class="subheading" role="heading" aria-level=${level}>${title}</div>
      ${
        findings.length === 0
          ? html`<p class="muted">${this.msg('noFindings')}</p>`
          : html`<ul>
              ${findings.map(
                (finding) =>
                  html`<li part="finding" data-finding=${finding.finding}>
                    ${findingReason(finding, lang, lookup, prepared.activities)}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-needs-coverage': CitesNeedsCoverage;
  }
}
