import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PartyLookup } from '../../../../core/analytics/needs-summary.ts';
import { DELIVERY_LABELS, STATUS_LABELS, VISIBILITY_LABELS } from '../../../../core/i18n/index.ts';
import type { Activity, Indicator } from '../../../../core/schemas/activity.ts';
import {
  ACTIVITY_STATUSES,
  NEED_CATEGORIES,
  RECIPIENT_CODES,
  REGION_CODES,
  type Language,
  type NeedCategory,
  type RecipientCode,
  type RegionCode,
} from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import { SCORING_RULES } from '../../../../core/tracker/scoring-rules.ts';
import { scoreIndicators, scoreParties, type IndicatorScore } from '../../../../core/tracker/scores.ts';
import { categoryLabel, oneOf, partyLabel, recipientLabel, regionLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { TrackerElement } from '../../internal/tracker-element.ts';
import { dateRange, listOf, money, number } from '../../internal/tracker-format.ts';
import { trackerStyles } from '../../internal/tracker.styles.ts';
import { activityTrackerStyles } from './activity-tracker.styles.ts';

/** What the filters work on, computed once per dataset. */
interface Prepared {
  dataset: Dataset;
  indicatorsOf: Map<string, Indicator[]>;
  scores: Map<string, IndicatorScore>;
  sourceTitles: Map<string, string>;
  parties: string[];
  donors: string[];
  objectives: string[];
  years: number[];
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

function prepare(dataset: Dataset): Prepared {
  const indicatorsOf = new Map<string, Indicator[]>();
  const byId = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  for (const activity of dataset.activities) {
    const linked = new Set(activity.indicators.flatMap((id) => byId.get(id) ?? []));
    for (const indicator of dataset.indicators) if (indicator.activity === activity.id) linked.add(indicator);
    indicatorsOf.set(activity.id, [...linked]);
  }
  const years = new Set<number>();
  for (const activity of dataset.activities) {
    const first = yearOf(activity.start) ?? yearOf(activity.end);
    const last = yearOf(activity.end) ?? yearOf(activity.start);
    if (first === undefined || last === undefined) continue;
    for (let year = first; year <= last && year - first < 50; year++) years.add(year);
  }
  const unique = (values: Iterable<string>) => [...new Set(values)];
  return {
    dataset,
    indicatorsOf,
    scores: new Map(scoreIndicators(dataset).map((score) => [score.indicator, score])),
    sourceTitles: new Map(dataset.sources.map((source) => [source.id, source.title])),
    parties: unique(dataset.activities.flatMap((a) => a.beneficiaries)),
    donors: unique(dataset.activities.flatMap((a) => a.donors)).sort((a, b) => a.localeCompare(b)),
    objectives: unique(dataset.activities.flatMap((a) => a.objectives)).sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true }),
    ),
    years: [...years].sort((a, b) => a - b),
  };
}

/** Whether the activity runs at some time during `year` (activities without dates never match). */
function activeIn(activity: Activity, year: number): boolean {
  const first = yearOf(activity.start) ?? yearOf(activity.end);
  const last = yearOf(activity.end) ?? (activity.start ? Infinity : undefined);
  return first !== undefined && last !== undefined && first <= year && year <= last;
}

/**
 * Capacity-building activities with their status, their progress against their indicators
 * (rated by the published scoring rules, shown in the widget), their money and their source.
 * Filters by Party, region, category, recipient, donor, Strategic Vision objective, status and
 * year, and a free-text search.
 *
 * @tagname cites-activity-tracker
 * @summary Activities, their status and indicator progress, with filters and search.
 *
 * @attr {string} src - URL of a published dataset JSON file, or several space-separated (merged, each record keeping its source). Else inline JSON (one or more scripts), else the bundled needs with the illustrative example activities.
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {string} party - Only activities for this beneficiary Party (code, e.g. `MX`).
 * @attr {string} region - Only activities for a Party of this CITES region (`africa`, `asia`, `csac`, `europe`, `north-america`, `oceania`).
 * @attr {string} category - Only this category (`advice`, `technical`, `financial`, `training`, `other`).
 * @attr {string} recipient - Only activities reaching this recipient (`MA`, `SA`, `EA`, `T`, `N`, `P`, `O`).
 * @attr {string} donor - Only activities funded by this donor (its name as in the data).
 * @attr {string} objective - Only activities towards this Strategic Vision objective (e.g. `3.2`).
 * @attr {string} status - Only activities with this status (`planned`, `ongoing`, `completed`, `cancelled`).
 * @attr {number} year - Only activities running during this year.
 * @attr {string} query - Free-text search in titles, providers, partners, donors, topics, Parties and ids.
 * @attr {boolean} no-controls - Hide the filter controls (the attributes still apply).
 * @attr {number} heading-level - ARIA level of each activity's title (2–6, default 3).
 *
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart toolbar - The filter controls.
 * @csspart control - Each filter control (`<select>` or search box).
 * @csspart summary - The line "N of M activities".
 * @csspart list - The list of activities.
 * @csspart activity - One activity.
 * @csspart title - An activity's title.
 * @csspart status-badge - An activity's status.
 * @csspart indicator - One indicator with its progress.
 * @csspart party-scores - The "needs reached" table shown when a Party is chosen.
 * @csspart rules - The scoring rules ("How scores are computed").
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message.
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-border-color - Borders of cards, badges and controls.
 * @cssprop --cites-header-background - Background of table headers.
 * @cssprop --cites-accent-color - Progress bars.
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-control-background - Background of the controls.
 * @cssprop --cites-control-color - Text colour of the controls.
 * @cssprop --cites-radius - Corner radius of controls, cards and badges.
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesActivityTracker extends TrackerElement {
  static override styles = [sharedStyles, trackerStyles, activityTrackerStyles];

  /** Beneficiary Party filter (a Party code), or empty for all. */
  @property({ reflect: true }) party = '';
  /** Region filter (a region code), or empty for all. */
  @property({ reflect: true }) region = '';
  /** Category filter, or empty for all. */
  @property({ reflect: true }) category = '';
  /** Recipient filter, or empty for all. */
  @property({ reflect: true }) recipient = '';
  /** Donor filter (a donor's name), or empty for all. */
  @property({ reflect: true }) donor = '';
  /** Strategic Vision objective filter (e.g. `3.2`), or empty for all. */
  @property({ reflect: true }) objective = '';
  /** Status filter, or empty for all. */
  @property({ reflect: true }) status = '';
  /** Year filter, or empty for all. */
  @property({ reflect: true }) year = '';
  /** Free-text search. */
  @property({ reflect: true }) query = '';
  /** Hides the filter controls. */
  @property({ type: Boolean, attribute: 'no-controls' }) noControls = false;
  /** ARIA level of each activity's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private prepared: Prepared | undefined;

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderTracker(dataset));
  }

  private prepare(dataset: Dataset): Prepared {
    if (this.prepared?.dataset !== dataset) this.prepared = prepare(dataset);
    return this.prepared;
  }

  private passesFilters(activity: Activity, lookup: PartyLookup, lang: Language): boolean {
    const party = this.party.trim().toUpperCase();
    if (party && !activity.beneficiaries.includes(party)) return false;
    const region = oneOf(REGION_CODES, this.region);
    if (region && !activity.beneficiaries.some((code) => lookup(code)?.region === region)) return false;
    const category = oneOf(NEED_CATEGORIES, this.category);
    if (category && activity.category !== category) return false;
    const recipient = oneOf(RECIPIENT_CODES, this.recipient);
    if (recipient && !activity.recipients.includes(recipient)) return false;
    if (this.donor && !activity.donors.includes(this.donor)) return false;
    if (this.objective && !activity.objectives.includes(this.objective as never)) return false;
    const status = oneOf(ACTIVITY_STATUSES, this.status);
    if (status && activity.status !== status) return false;
    const year = Number(this.year);
    if (this.year && Number.isInteger(year) && !activeIn(activity, year)) return false;
    const query = this.query.trim().toLocaleLowerCase(lang);
    if (query) {
      const haystack = [
        activity.id,
        activity.title,
        activity.provider,
        ...activity.partners,
        ...activity.donors,
        ...activity.topics,
        ...activity.beneficiaries,
        ...activity.beneficiaries.map((code) => partyLabel(lookup, code, lang)),
      ]
        .join('\n')
        .toLocaleLowerCase(lang);
      if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
    }
    return true;
  }

  private renderTracker(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const prepared = this.prepare(dataset);
    const shown = dataset.activities.filter((activity) => this.passesFilters(activity, lookup, lang));
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const party = this.party.trim().toUpperCase();
    return html`
      ${this.noControls ? nothing : this.renderToolbar(prepared, lookup, lang)}
      <p class="summary" part="summary" role="status">
        ${this.msg('activitiesShown', { shown: shown.length, total: dataset.activities.length })}
      </p>
      ${party ? this.renderPartyScores(dataset, party, lookup, lang) : nothing}
      ${
        shown.length === 0
          ? html`<p class="muted">${this.msg('noActivityMatch')}</p>`
          : html`<ul class="activities" part="list" aria-label=${this.msg('activitiesCaption')}>
              ${shown.map((activity) => this.renderActivity(activity, prepared, lookup, lang, level))}
            </ul>`
      }
      ${this.renderRules(lang)}
    `;
  }

  private renderToolbar(prepared: Prepared, lookup: PartyLookup, lang: Language): TemplateResult {
    const select = (
      label: string,
      allLabel: string,
      name: string,
      value: string,
      options: readonly string[],
      text: (option: string) => string,
      set: (value: string) => void,
    ) =>
      html`<label
        >${label}
        <select
          part="control"
          name=${name}
          .value=${value}
          @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${allLabel}</option>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${text(option)}</option>`)}
        </select></label
      >`;
    const parties = [...prepared.parties].sort((a, b) =>
      partyLabel(lookup, a, lang).localeCompare(partyLabel(lookup, b, lang), lang),
    );
    const clear = () => {
      this.party = this.region = this.category = this.recipient = '';
      this.donor = this.objective = this.status = this.year = this.query = '';
    };
    return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${this.msg('filters')}>
      <label
        >${this.msg('search')}
        <input
          part="control"
          type="search"
          name="query"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      /></label>
      ${select(
        this.msg('party'),
        this.msg('allParties'),
        'party',
        this.party.trim().toUpperCase(),
        parties,
        (code) => partyLabel(lookup, code, lang),
        (value) => (this.party = value),
      )}
      ${select(
        this.msg('region'),
        this.msg('allRegions'),
        'region',
        oneOf(REGION_CODES, this.region) ?? '',
        REGION_CODES,
        (code) => regionLabel(code as RegionCode, lang),
        (value) => (this.region = value),
      )}
      ${select(
        this.msg('category'),
        this.msg('allCategories'),
        'category',
        oneOf(NEED_CATEGORIES, this.category) ?? '',
        NEED_CATEGORIES,
        (code) => categoryLabel(code as NeedCategory, lang),
        (value) => (this.category = value),
      )}
      ${select(
        this.msg('recipients'),
        this.msg('allRecipients'),
        'recipient',
        oneOf(RECIPIENT_CODES, this.recipient) ?? '',
        RECIPIENT_CODES,
        (code) => `${code}: ${recipientLabel(code as RecipientCode, lang)}`,
        (value) => (this.recipient = value),
      )}
      ${select(
        this.msg('donor'),
        this.msg('allDonors'),
        'donor',
        this.donor,
        prepared.donors,
        (name) => name,
        (value) => (this.donor = value),
      )}
      ${select(
        this.msg('objective'),
        this.msg('allObjectives'),
        'objective',
        this.objective,
        prepared.objectives,
        (objective) => this.msg('objectiveNumber', { number: objective }),
        (value) => (this.objective = value),
      )}
      ${select(
        this.msg('status'),
        this.msg('allStatuses'),
        'status',
        oneOf(ACTIVITY_STATUSES, this.status) ?? '',
        ACTIVITY_STATUSES,
        (status) => STATUS_LABELS[status as keyof typeof STATUS_LABELS][lang],
        (value) => (this.status = value),
      )}
      ${select(
        this.msg('year'),
        this.msg('allYears'),
        'year',
        this.year,
        prepared.years.map(String),
        (year) => year,
        (value) => (this.year = value),
      )}
      <button class="button" part="control" type="button" @click=${clear}>${this.msg('clearFilters')}</button>
    </div>`;
  }

  private renderActivity(
    activity: Activity,
    prepared: Prepared,
    lookup: PartyLookup,
    lang: Language,
    level: number,
  ): TemplateResult {
    const indicators = prepared.indicatorsOf.get(activity.id) ?? [];
    const source = prepared.sourceTitles.get(activity.source);
    const fact = (label: string, value: string | TemplateResult | undefined) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    const moneyText = (m: Activity['budget']) =>
      m ? `${money(m.amount, m.currency, lang)} (${this.fundingLabel(m.funding, lang)})` : undefined;
    return html`<li class="activity" part="activity" data-id=${activity.id} data-status=${activity.status}>
      <div class="title-row">
        <div class="heading" part="title" role="heading" aria-level=${level}>${activity.title}</div>
        <span class="badge status-${activity.status}" part="status-badge"
          >${STATUS_LABELS[activity.status][lang]}</span
        >
        ${
          activity.illustrative
            ? html`<span class="badge illustrative" data-illustrative
                >${this.msg('illustrativeRecord')}</span
              >`
            : nothing
        }
        ${
          activity.visibility !== 'public'
            ? html`<span class="badge" data-visibility=${activity.visibility}
                >${VISIBILITY_LABELS[activity.visibility][lang]}</span
              >`
            : nothing
        }
      </div>
      <dl class="facts">
        ${fact(
          this.msg('beneficiaries'),
          listOf(
            activity.beneficiaries.map((code) => partyLabel(lookup, code, lang)),
            lang,
          ),
        )}
        ${fact(this.msg('category'), categoryLabel(activity.category, lang))}
        ${fact(
          this.msg('recipients'),
          listOf(
            activity.recipients.map((code) => recipientLabel(code, lang)),
            lang,
          ),
        )}
        ${fact(this.msg('dates'), activity.start || activity.end ? dateRange(activity.start, activity.end, lang) : undefined)}
        ${fact(this.msg('delivery'), DELIVERY_LABELS[activity.delivery][lang])}
        ${fact(this.msg('provider'), activity.provider)}
        ${fact(this.msg('partners'), activity.partners.length > 0 ? listOf(activity.partners, lang) : undefined)}
        ${fact(this.msg('donors'), activity.donors.length > 0 ? listOf(activity.donors, lang) : undefined)}
        ${fact(
          this.msg('objective'),
          activity.objectives.length > 0 ? listOf(activity.objectives.map(String), lang) : undefined,
        )}
        ${fact(this.msg('topics'), activity.topics.length > 0 ? listOf(activity.topics, lang) : undefined)}
        ${fact(this.msg('budget'), moneyText(activity.budget))}
        ${fact(this.msg('spent'), moneyText(activity.spent))}
      </dl>
      ${
        indicators.length > 0
          ? html`<div class="subheading" role="heading" aria-level=${Math.min(6, level + 1)}>
                ${this.msg('indicators')}
              </div>
              <ul class="indicators">
                ${indicators.map((indicator) => this.renderIndicator(indicator, prepared.scores.get(indicator.id), lang))}
              </ul>`
          : nothing
      }
      ${source ? html`<p class="source muted">${this.msg('recordSource', { title: source })}</p>` : nothing}
    </li>`;
  }

  private fundingLabel(funding: 'core' | 'extrabudgetary', lang: Language): string {
    return funding === 'core'
      ? { en: 'core', fr: 'ordinaire', es: 'básico' }[lang]
      : { en: 'extrabudgetary', fr: 'extrabudgétaire', es: 'extrapresupuestario' }[lang];
  }

  private renderIndicator(indicator: Indicator, score: IndicatorScore | undefined, lang: Language) {
    const { baseline, target, actual } = indicator;
    const rated =
      baseline !== undefined && target !== undefined && actual !== undefined && target !== baseline;
    const progress = rated ? Math.max(0, (actual - baseline) / (target - baseline)) : 0;
    const unit = indicator.unit ? ` ${indicator.unit}` : '';
    const criterion = score ? indicator.criteria.find((c) => c.rating === score.score)?.criterion : undefined;
    return html`<li part="indicator" data-indicator=${indicator.id}>
      <strong>${indicator.title}</strong>
      ${
        rated && score
          ? html`<br /><span class="rating"
                >${this.msg('scoreOf', { score: score.score, max: score.max })}</span
              >:
              ${this.msg('indicatorRating', {
                actual: `${number(actual, lang)}${unit}`,
                target: `${number(target, lang)}${unit}`,
                baseline: `${number(baseline, lang)}${unit}`,
                percent: Math.round(progress * 100),
              })}
              <span class="bar" aria-hidden="true"
                ><span style="width: ${Math.min(100, Math.round(progress * 100))}%"></span
              ></span>
              ${criterion ? html`<span class="criterion">${this.msg('criterion')}: ${criterion}</span>` : nothing}`
          : html`<br /><span class="muted">${this.msg('indicatorNotRated')}</span>`
      }
    </li>`;
  }

  private renderPartyScores(dataset: Dataset, party: string, lookup: PartyLookup, lang: Language) {
    const scores = scoreParties(dataset).filter((score) => score.party === party);
    if (scores.length === 0) return nothing;
    return html`<div
      class="scroll"
      part="party-scores"
      tabindex="0"
      role="group"
      aria-label=${this.msg('needsReachedFor', { party: partyLabel(lookup, party, lang) })}
    >
      <table>
        <caption>
          ${this.msg('needsReachedFor', { party: partyLabel(lookup, party, lang) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.msg('category')}</th>
            <th scope="col">${SCORING_RULES[0]!.title[lang]}</th>
          </tr>
        </thead>
        <tbody>
          ${scores.map(
            (score) =>
              html`<tr data-category=${score.category}>
                <th scope="row">${categoryLabel(score.category, lang)}</th>
                <td>
                  ${this.msg('scoreOf', { score: score.score, max: score.max })}
                  ${lang === 'en' ? html`<span class="muted">(${score.explanation.replace(/^\d+ of \d+: /, '')})</span>` : nothing}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRules(lang: Language): TemplateResult {
    return html`<details class="rules" part="rules">
      <summary>${this.msg('howScored')}</summary>
      <dl>
        ${SCORING_RULES.map(
          (described) =>
            html`<dt data-rule=${described.rule.id}>${described.title[lang]}</dt>
              <dd>${described.description[lang]}</dd>`,
        )}
      </dl>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-activity-tracker': CitesActivityTracker;
  }
}
