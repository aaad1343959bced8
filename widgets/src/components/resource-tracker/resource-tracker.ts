import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PartyLookup } from '../../../../core/analytics/needs-summary.ts';
import { FUNDING_LABELS } from '../../../../core/i18n/index.ts';
import type { Activity, Resource } from '../../../../core/schemas/activity.ts';
import { NEED_CATEGORIES, type Language } from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import { summarize } from '../../../../core/tracker/summarize.ts';
import { categoryLabel, partyLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { TrackerElement } from '../../internal/tracker-element.ts';
import { listOf, money } from '../../internal/tracker-format.ts';
import { trackerStyles } from '../../internal/tracker.styles.ts';
import { resourceTrackerStyles } from './resource-tracker.styles.ts';

/** The tables the widget can show, in their order. */
export const RESOURCE_VIEWS = ['donor', 'beneficiary', 'category', 'funding', 'budgets'] as const;
export type ResourceView = (typeof RESOURCE_VIEWS)[number];

/** A row of a grouped table: a key to sort and select by, its label, and one sum per currency. */
interface Group {
  key: string;
  label: string;
  sums: Map<string, number>;
}

/**
 * Money given for capacity-building, by donor, by beneficiary Party, by category and by core
 * versus extrabudgetary funding, with the activities' budgets and spending. Every total is per
 * currency: amounts in different currencies are never added together.
 *
 * @tagname cites-resource-tracker
 * @summary Funding by donor, beneficiary, category and funding source, totalled per currency.
 *
 * @attr {string} src - URL of a published dataset JSON file, or several space-separated (merged, each record keeping its source). Else inline JSON (one or more scripts), else the bundled needs with the illustrative example activities.
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {string} view - The tables to show, space-separated, of `donor`, `beneficiary`, `category`, `funding`, `budgets` (default: all).
 * @attr {number} heading-level - ARIA level of the tables' headings (2–6, default 3).
 *
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart table - Each table.
 * @csspart caption - Each table's title.
 * @csspart totals - The totals row of a table (one total per currency).
 * @csspart currency-note - The sentence saying that currencies are never added together.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-border-color - Table borders.
 * @cssprop --cites-header-background - Background of header and totals rows.
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesResourceTracker extends TrackerElement {
  static override styles = [sharedStyles, trackerStyles, resourceTrackerStyles];

  /** The tables to show, space-separated; empty for all. */
  @property({ reflect: true }) view = '';

  /** ARIA level of the tables' headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderResources(dataset));
  }

  private views(): ResourceView[] {
    const asked = this.view
      .split(/\s+/)
      .filter((v): v is ResourceView => RESOURCE_VIEWS.includes(v as never));
    return asked.length > 0 ? RESOURCE_VIEWS.filter((v) => asked.includes(v)) : [...RESOURCE_VIEWS];
  }

  private renderResources(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const activities = new Map(dataset.activities.map((a) => [a.id, a]));
    const currencies = [...new Set(dataset.resources.map((r) => r.currency))].sort();
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const tables: Record<ResourceView, () => TemplateResult> = {
      donor: () =>
        this.renderGroups(
          'donor',
          this.msg('fundingByDonor'),
          this.msg('donor'),
          currencies,
          lang,
          level,
          group(dataset.resources, (r) => [r.donor, r.donor]),
        ),
      beneficiary: () =>
        this.renderGroups(
          'beneficiary',
          this.msg('fundingByBeneficiary'),
          this.msg('party'),
          currencies,
          lang,
          level,
          group(dataset.resources, (r) =>
            this.beneficiaryOf(r, activities.get(r.activity ?? ''), lookup, lang),
          ),
        ),
      category: () =>
        this.renderGroups(
          'category',
          this.msg('fundingByCategory'),
          this.msg('category'),
          currencies,
          lang,
          level,
          group(dataset.resources, (r) => {
            const category = r.category ?? activities.get(r.activity ?? '')?.category;
            return category
              ? [String(NEED_CATEGORIES.indexOf(category)), categoryLabel(category, lang)]
              : ['9', this.msg('notSpecified')];
          }),
        ),
      funding: () =>
        this.renderGroups(
          'funding',
          this.msg('fundingBySource'),
          this.msg('funding'),
          currencies,
          lang,
          level,
          group(dataset.resources, (r) => [r.funding, FUNDING_LABELS[r.funding][lang]]),
        ),
      budgets: () => this.renderBudgets(dataset, lang, level),
    };
    return html`<p class="currency-note" part="currency-note">${this.msg('currencyNote')}</p>
      ${this.views().map((view) => tables[view]())}`;
  }

  /** The beneficiary of a resource: its own, else its activity's Parties, else "not specified". */
  private beneficiaryOf(
    resource: Resource,
    activity: Activity | undefined,
    lookup: PartyLookup,
    lang: Language,
  ): [string, string] {
    if (resource.beneficiary) return [resource.beneficiary, partyLabel(lookup, resource.beneficiary, lang)];
    const parties = activity?.beneficiaries ?? [];
    if (parties.length === 1) return [parties[0]!, partyLabel(lookup, parties[0]!, lang)];
    if (parties.length > 1) {
      const names = listOf(
        parties.map((code) => partyLabel(lookup, code, lang)),
        lang,
      );
      return [`~${parties.join(' ')}`, this.msg('sharedBy', { parties: names })];
    }
    return ['~', this.msg('notSpecified')];
  }

  private renderGroups(
    view: ResourceView,
    title: string,
    column: string,
    currencies: readonly string[],
    lang: Language,
    level: number,
    groups: Group[],
  ): TemplateResult {
    const sorted = groups.sort((a, b) =>
      view === 'category' ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label, lang),
    );
    const total = (currency: string) => groups.reduce((sum, g) => sum + (g.sums.get(currency) ?? 0), 0);
    return html`<section class="view" data-view=${view}>
      <div class="subheading" part="caption" role="heading" aria-level=${level}>${title}</div>
      ${
        groups.length === 0
          ? html`<p class="muted">${this.msg('noFunding')}</p>`
          : html`<div class="scroll" tabindex="0" role="group" aria-label=${title}>
              <table part="table">
                <caption class="vh">
                  ${title}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${column}</th>
                    ${currencies.map((c) => html`<th scope="col" class="num" data-currency=${c}>${c}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${sorted.map(
                    (g) =>
                      html`<tr data-key=${g.key}>
                        <th scope="row">${g.label}</th>
                        ${currencies.map((c) => {
                          const sum = g.sums.get(c);
                          return html`<td class="num" data-currency=${c}>
                            ${sum === undefined ? '' : money(sum, c, lang)}
                          </td>`;
                        })}
                      </tr>`,
                  )}
                </tbody>
                <tfoot>
                  <tr part="totals">
                    <th scope="row">${this.msg('total')}</th>
                    ${currencies.map(
                      (c) =>
                        html`<td class="num" data-currency=${c}>
                          <strong>${money(total(c), c, lang)}</strong>
                        </td>`,
                    )}
                  </tr>
                </tfoot>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderBudgets(dataset: Dataset, lang: Language, level: number): TemplateResult {
    const rows = summarize(dataset).funding.filter((row) => row.budget > 0 || row.spent > 0);
    const title = this.msg('activityBudgets');
    return html`<section class="view" data-view="budgets">
      <div class="subheading" part="caption" role="heading" aria-level=${level}>${title}</div>
      ${
        rows.length === 0
          ? html`<p class="muted">${this.msg('noFunding')}</p>`
          : html`<div class="scroll" tabindex="0" role="group" aria-label=${title}>
              <table part="table">
                <caption class="vh">
                  ${title}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${this.msg('currency')}</th>
                    <th scope="col">${this.msg('funding')}</th>
                    <th scope="col" class="num">${this.msg('budget')}</th>
                    <th scope="col" class="num">${this.msg('spent')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) =>
                      html`<tr data-currency=${row.currency} data-funding=${row.funding}>
                        <th scope="row">${row.currency}</th>
                        <td>${FUNDING_LABELS[row.funding][lang]}</td>
                        <td class="num">${money(row.budget, row.currency, lang)}</td>
                        <td class="num">${money(row.spent, row.currency, lang)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }
}

/** Sums amounts per group and per currency; never across currencies. */
function group(resources: readonly Resource[], keyOf: (resource: Resource) => [string, string]): Group[] {
  const groups = new Map<string, Group>();
  for (const resource of resources) {
    const [key, label] = keyOf(resource);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { key, label, sums: new Map() }));
    entry.sums.set(resource.currency, (entry.sums.get(resource.currency) ?? 0) + resource.amount);
  }
  return [...groups.values()];
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-resource-tracker': CitesResourceTracker;
  }
}
