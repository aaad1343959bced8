import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PartyLookup } from '../../../../core/analytics/needs-summary.ts';
import type { Language } from '../../../../core/schemas/code-lists.ts';
import type { Dataset } from '../../../../core/schemas/dataset.ts';
import {
  ASSESSMENT_ELEMENTS,
  SelfAssessmentSchema,
  elementCriteria,
  gapProfile,
  type GapProfile,
  type SelfAssessment,
} from '../../../../core/tracker/self-assessment.ts';
import { categoryLabel, partyLabel, recipientLabel } from '../../internal/labels.ts';
import { sharedStyles } from '../../internal/shared.styles.ts';
import { fromDefault, type LoadState } from '../../internal/load-dataset.ts';
import { TrackerElement } from '../../internal/tracker-element.ts';
import { listOf } from '../../internal/tracker-format.ts';
import { trackerStyles } from '../../internal/tracker.styles.ts';
import { selfAssessmentStyles } from './self-assessment.styles.ts';

/** Details of `cites-assessment-change`: the assessment as it stands and its gap profile. */
export interface AssessmentChangeDetail {
  assessment: SelfAssessment;
  profile: GapProfile;
}

const RATINGS = [0, 1, 2, 3] as const;

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Offers `value` as a JSON file download. */
function download(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * A Party's self-assessment: each element a Party needs to implement CITES is rated 0 to 3
 * against its written criteria (one radio group per element), the gap profile follows as the
 * ratings change, and both the assessment with its gap profile and the needs it suggests (as a
 * dataset, private until the Party decides otherwise) can be downloaded as JSON. Nothing is sent
 * anywhere.
 *
 * @tagname cites-self-assessment
 * @summary A Party rates itself 0–3 per element, sees its gap profile and downloads it.
 *
 * @attr {string} party - The Party's code (e.g. `MX`).
 * @attr {string} date - Date of the assessment, YYYY-MM-DD (default: today; editable in the form).
 * @attr {string} src - URL of a published dataset JSON file, or several space-separated; used for the Party's name. Else inline JSON, else the bundled needs dataset (without the example activities).
 * @attr {string} lang - Interface language: `en`, `fr` or `es` (default: the page's `<html lang>`).
 * @attr {number} heading-level - ARIA level of the title (2–5, default 2); section headings are one below.
 *
 * @event {CustomEvent<AssessmentChangeDetail>} cites-assessment-change - A rating, a note or the date changed; `detail` holds the assessment and its gap profile. Bubbles, composed.
 * @event {CustomEvent<CitesErrorDetail>} error - The data could not be loaded or is invalid; the message is also shown in the widget.
 *
 * @csspart heading - The title.
 * @csspart form - The form.
 * @csspart element - One element's radio group (a fieldset).
 * @csspart option - One rating and its criterion.
 * @csspart profile - The gap profile table.
 * @csspart suggested - The suggested needs.
 * @csspart download - The download buttons.
 * @csspart error - The error message, when the data cannot be loaded.
 * @csspart status - The loading message, or "Unknown Party".
 * @csspart notice - The note shown when the dataset is illustrative.
 *
 * @cssprop --cites-color - Text colour (default: inherited).
 * @cssprop --cites-border-color - Borders of fieldsets, tables and controls.
 * @cssprop --cites-header-background - Background of table headers.
 * @cssprop --cites-accent-color - Gap bars.
 * @cssprop --cites-focus-color - Focus ring (default: the text colour).
 * @cssprop --cites-control-background - Background of the controls.
 * @cssprop --cites-control-color - Text colour of the controls.
 * @cssprop --cites-radius - Corner radius.
 * @cssprop --cites-spacing - Base spacing.
 */
export class CitesSelfAssessment extends TrackerElement {
  static override styles = [sharedStyles, trackerStyles, selfAssessmentStyles];

  /** The Party's code, e.g. `MX`. */
  @property({ reflect: true }) party = '';

  /** Date of the assessment (YYYY-MM-DD); today when empty. */
  @property() date = '';

  /** ARIA level of the title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Ratings by element id. */
  @state() private ratings: Record<string, number> = {};
  @state() private notes: Record<string, string> = {};

  /** The assessment as it stands (a copy), or undefined when the Party code is not valid. */
  get assessment(): SelfAssessment | undefined {
    const parsed = SelfAssessmentSchema.safeParse({
      party: this.party.trim().toUpperCase(),
      date: this.date || today(),
      ratings: { ...this.ratings },
      notes: Object.fromEntries(Object.entries(this.notes).filter(([, text]) => text.trim() !== '')),
    });
    return parsed.success ? parsed.data : undefined;
  }

  /** Presets the form from a saved assessment (a value shaped like the downloaded `assessment`). */
  set assessment(value: unknown) {
    const parsed = SelfAssessmentSchema.safeParse(value);
    if (!parsed.success) return;
    this.party = parsed.data.party;
    this.date = parsed.data.date;
    this.ratings = { ...parsed.data.ratings };
    this.notes = { ...parsed.data.notes };
  }

  override render(): TemplateResult {
    return this.renderWithData((dataset) => this.renderAssessment(dataset));
  }

  /**
   * Without data, the bundled dataset alone: the form needs only the Parties' names, and the
   * example activities would label the Party's own ratings "illustrative".
   */
  protected override loadDefault(): LoadState {
    return fromDefault();
  }

  private changed(): void {
    const assessment = this.assessment;
    if (!assessment) return;
    const detail: AssessmentChangeDetail = { assessment, profile: gapProfile(assessment) };
    this.dispatchEvent(new CustomEvent('cites-assessment-change', { detail, bubbles: true, composed: true }));
  }

  private renderAssessment(dataset: Dataset): TemplateResult {
    const lang = this.language;
    const lookup = this.lookupFor(dataset);
    const code = this.party.trim().toUpperCase();
    const assessment = this.assessment;
    if (!assessment || !lookup(code)) {
      return html`<p class="status" part="status">${this.msg('unknownParty')}${code ? ` (${code})` : ''}</p>`;
    }
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const profile = gapProfile(assessment);
    const name = partyLabel(lookup, code, lang);
    const rated = Object.keys(assessment.ratings).length;
    return html`<div class="heading" part="heading" role="heading" aria-level=${level}>
        ${this.msg('selfAssessmentOf', { party: name })}
      </div>
      <p>${this.msg('selfAssessmentIntro')}</p>
      <form part="form" @submit=${(event: Event) => event.preventDefault()}>
        <label class="date"
          >${this.msg('assessmentDate')}
          <input
            type="date"
            name="date"
            .value=${assessment.date}
            @change=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value;
              if (value) this.date = value;
              this.changed();
            }}
        /></label>
        ${ASSESSMENT_ELEMENTS.map((element) => {
          const criteria = elementCriteria(element, lang);
          const rating = this.ratings[element.id];
          return html`<fieldset part="element" data-element=${element.id}>
            <legend>${element.name[lang]}</legend>
            ${RATINGS.map(
              (value) =>
                html`<label class="option" part="option"
                  ><input
                    type="radio"
                    name=${element.id}
                    value=${value}
                    .checked=${rating === value}
                    @change=${() => {
                      this.ratings = { ...this.ratings, [element.id]: value };
                      this.changed();
                    }}
                  /><span
                    >${this.msg('ratingOption', { rating: value, criterion: criteria[value] })}</span
                  ></label
                >`,
            )}
            <label class="notes"
              >${this.msg('notes')}
              <textarea
                name=${`${element.id}-notes`}
                rows="2"
                .value=${this.notes[element.id] ?? ''}
                @change=${(event: Event) => {
                  this.notes = { ...this.notes, [element.id]: (event.target as HTMLTextAreaElement).value };
                  this.changed();
                }}
              ></textarea>
            </label>
          </fieldset>`;
        })}
      </form>
      <p class="summary" role="status">
        ${this.msg('ratedCount', { rated, total: ASSESSMENT_ELEMENTS.length })}
      </p>
      ${this.renderProfile(profile, lang, level + 1)} ${this.renderSuggested(profile, lang, level + 1)}
      <div class="downloads no-print" part="download">
        <button
          class="button"
          type="button"
          data-download="assessment"
          @click=${() => this.downloadAssessment()}
        >
          ${this.msg('downloadProfile')}
        </button>
        <button class="button" type="button" data-download="needs" @click=${() => this.downloadNeeds(lookup)}>
          ${this.msg('downloadNeeds')}
        </button>
      </div>`;
  }

  private renderProfile(profile: GapProfile, lang: Language, level: number): TemplateResult {
    return html`<div class="subheading" role="heading" aria-level=${level}>${this.msg('gapProfile')}</div>
      <div class="scroll" tabindex="0" role="group" aria-label=${this.msg('gapProfile')}>
        <table part="profile">
          <caption class="vh">
            ${this.msg('gapProfile')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.msg('element')}</th>
              <th scope="col" class="num">${this.msg('rating')}</th>
              <th scope="col">${this.msg('gap')}</th>
              <th scope="col">${this.msg('criterion')}</th>
            </tr>
          </thead>
          <tbody>
            ${profile.elements.map((entry, index) => {
              const element = ASSESSMENT_ELEMENTS[index]!;
              return html`<tr
                data-element=${entry.element}
                data-gap=${entry.rating === undefined ? '' : entry.gap}
              >
                <th scope="row">${element.name[lang]}</th>
                <td class="num">${entry.rating === undefined ? this.msg('notRated') : entry.rating}</td>
                <td>
                  ${
                    entry.rating === undefined
                      ? ''
                      : html`${entry.gap}
                          <span class="bar" aria-hidden="true"
                            ><span style="width: ${(entry.gap / 3) * 100}%"></span
                          ></span>`
                  }
                </td>
                <td>${entry.rating === undefined ? '' : elementCriteria(element, lang)[entry.rating]}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private renderSuggested(profile: GapProfile, lang: Language, level: number): TemplateResult {
    const name = (id: string) => ASSESSMENT_ELEMENTS.find((e) => e.id === id)?.name[lang] ?? id;
    return html`<div class="subheading" role="heading" aria-level=${level}>${this.msg('suggestedNeeds')}</div>
      ${
        profile.suggestedNeeds.length === 0
          ? html`<p class="muted" part="suggested">${this.msg('noSuggestedNeeds')}</p>`
          : html`<ul part="suggested">
              ${profile.suggestedNeeds.map(
                (need) =>
                  html`<li data-category=${need.category}>
                    <strong>${categoryLabel(need.category, lang)}</strong>:
                    ${listOf(
                      need.recipients.map((code) => recipientLabel(code, lang)),
                      lang,
                    )}
                    <span class="muted"
                      >(${this.msg('fromElements', { elements: listOf(need.elements.map(name), lang) })})</span
                    >
                  </li>`,
              )}
            </ul>`
      }`;
  }

  private downloadAssessment(): void {
    const assessment = this.assessment;
    if (!assessment) return;
    download(`self-assessment-${assessment.party}-${assessment.date}.json`, {
      assessment,
      gapProfile: gapProfile(assessment),
    });
  }

  /** The suggested needs as a dataset of the Party's own, private until it decides to publish. */
  private downloadNeeds(lookup: PartyLookup): void {
    const assessment = this.assessment;
    if (!assessment) return;
    download(
      `suggested-needs-${assessment.party}-${assessment.date}.json`,
      suggestedNeedsDataset(assessment, lookup),
    );
  }
}

/** A dataset holding the needs a self-assessment suggests, for the Party to review and import. */
export function suggestedNeedsDataset(assessment: SelfAssessment, lookup: PartyLookup): unknown {
  const { party, date } = assessment;
  const period = date.slice(0, 4);
  const profile = gapProfile(assessment);
  const report = `report:${party}:${period}:self-assessment`;
  const elementName = (id: string) => ASSESSMENT_ELEMENTS.find((e) => e.id === id)?.name.en ?? id;
  const name = lookup(party)?.names.en ?? party;
  return {
    schemaVersion: 1,
    id: `self-assessment-${party}-${date}`,
    title: `Needs suggested by the self-assessment of ${name} (${date})`,
    generatedAt: new Date().toISOString(),
    sources: [
      {
        id: 'self-assessment',
        title: `Self-assessment of ${name}, ${date}`,
        verified: false,
        note: 'Elements rated 0 or 1 suggest these needs; review them before publishing.',
      },
    ],
    reports: [
      {
        id: report,
        party,
        period,
        needsExpressed: profile.suggestedNeeds.length > 0,
        source: 'self-assessment',
        visibility: 'private',
      },
    ],
    needs: profile.suggestedNeeds.map((need) => ({
      id: `need:${party}:${period}:${need.category}:self-assessment`,
      party,
      period,
      category: need.category,
      recipients: need.recipients,
      details: `Suggested by the self-assessment: ${need.elements.map(elementName).join(', ')}`,
      report,
      source: 'self-assessment',
      visibility: 'private',
    })),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cites-self-assessment': CitesSelfAssessment;
  }
  interface HTMLElementEventMap {
    'cites-assessment-change': CustomEvent<AssessmentChangeDetail>;
  }
}
