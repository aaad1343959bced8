import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { partyProfile, type ReportSummary } from '../../../../core/analytics/needs-summary.ts';
import type { Language } from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import type { Source } from '../../../../core/schemas/need.ts';
import { CitesElement } from '../../internal/cites-element.ts';
import { categoryLabel, partyLabel, recipientLabel, regionLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { partyNeedsStyles } from './party-needs.styles.ts';

/** Only web links are rendered as links; any other scheme in the data stays plain text. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One Party's profile: its reports, its needs by category with the recipients spelled out, the
 * report's details and the source documents; or, when that is what the data says, "no needs
 * expressed" or "no report in the data".
 *
 * @tagname cites-party-needs
 * @summary A Party's capacity-building needs, report by report.
 *
 * @attr {string} party - The Party's code (ISO 3166-1 alpha-2, e.g. `MX`; `EU` for the European Union).
 * @attr {string} src - URL of a published dataset JSON file (else inline JSON, else the bundled data).
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {number} heading-level - ARIA level of the Party-name heading (2–5, default 2); report headings are one below.
 *
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart profile - The whole profile.
 * @csspart heading - The Party's name.
 * @csspart region - The Party's region.
 * @csspart status - "No needs expressed", "No report in the data", "Unknown Party", or the loading message.
 * @csspart report - One report's section.
 * @csspart table - A report's needs table.
 * @csspart details - A report's details and notes.
 * @csspart sources - The source documents.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-border-color - Table borders.
 * @cssprop --cites-header-background - Background of table headers.
 * @cssprop --cites-code-background - Background of a recipient code.
 * @cssprop --cites-link-color - Colour of source links (default: inherited).
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesPartyNeeds extends CitesElement {
  static override styles = [sharedStyles, partyNeedsStyles];

  /** The Party's code, e.g. `MX`. */
  @property({ reflect: true }) party = '';

  /** ARIA level of the Party-name heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderProfile(dataset));
  }

  private renderProfile(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const code = this.party.trim().toUpperCase();
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const profile = partyProfile(dataset, code, lookup);
    if (!profile.info && profile.status === 'no-report') {
      return html`<p class="status" part="status">${this.msg('unknownParty')}${code ? ` (${code})` : ''}</p>`;
    }
    return html`<article part="profile" data-status=${profile.status}>
      <div class="heading" part="heading" role="heading" aria-level=${level}>
        ${partyLabel(lookup, code, lang)}
      </div>
      ${
        profile.info
          ? html`<p class="region" part="region">
              ${this.msg('region')}: ${regionLabel(profile.info.region, lang)}
            </p>`
          : nothing
      }
      ${
        profile.status === 'no-report'
          ? html`<p class="status" part="status">${this.msg('noReport')}</p>`
          : profile.reports.map((report) => this.renderReport(report, lang, level + 1))
      }
      ${profile.sources.length > 0 ? this.renderSources(profile.sources, level + 1) : nothing}
    </article>`;
  }

  private renderReport(report: ReportSummary, lang: Language, level: number): TemplateResult {
    const period = report.period ?? this.msg('periodUnspecified');
    return html`<section part="report">
      <div class="subheading" role="heading" aria-level=${level}>${this.msg('reportPeriod')}: ${period}</div>
      ${
        report.needs.length === 0
          ? html`<p class="status" part="status">${this.msg('noNeedsExpressed')}</p>`
          : html`<table part="table">
              <caption class="vh">
                ${this.msg('needs')}, ${period}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.msg('category')}</th>
                  <th scope="col">${this.msg('recipients')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.needs.map(
                  (need) =>
                    html`<tr data-category=${need.category}>
                      <th scope="row">${categoryLabel(need.category, lang)}</th>
                      <td>
                        <ul class="recipients">
                          ${need.recipients.map(
                            (code) =>
                              html`<li data-recipient=${code}>
                                <span class="code" aria-hidden="true">${code}</span>
                                ${recipientLabel(code, lang)}
                              </li>`,
                          )}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${
        report.details || report.note
          ? html`<dl part="details">
              ${
                report.details
                  ? html`<dt>${this.msg('details')}</dt>
                      <dd>${report.details}</dd>`
                  : nothing
              }
              ${
                report.note
                  ? html`<dt>${this.msg('note')}</dt>
                      <dd>${report.note}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
    </section>`;
  }

  private renderSources(sources: readonly Source[], level: number): TemplateResult {
    return html`<section part="sources">
      <div class="subheading" role="heading" aria-level=${level}>${this.msg('sourceDocuments')}</div>
      <ul>
        ${sources.map((source) => {
          const href = safeHref(source.url);
          const where = [source.document, source.part, source.date].filter(Boolean).join(', ');
          return html`<li>
            ${href ? html`<a href=${href} rel="noopener noreferrer">${source.title}</a>` : source.title}
            ${where ? html` (${where})` : nothing}
            ${source.verified ? nothing : html` — <em>${this.msg('unverifiedSource')}</em>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-party-needs': CitesPartyNeeds;
  }
}
