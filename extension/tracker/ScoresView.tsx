/**
 * The scores with their explanations: needs reached by Party and category, and indicator
 * progress, under the rules in force shown as data (what each measures and its thresholds).
 */
import { useMemo } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { scoreIndicators, scoreParties } from '../../core/tracker/scores.ts';
import { SCORING_RULES } from '../../core/tracker/scoring-rules.ts';
import { combinedData } from './combined-data.ts';
import { DataInUseLine } from './DataInUseLine.tsx';
import { partyLabel } from './party-label.ts';
import { tt } from './tracker-text.ts';
import type { DataInUse } from './use-data-in-use.ts';

const SHOWN = 300;

export interface ScoresViewProps {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  data: DataInUse;
}

/** The scores section. */
export function ScoresView({ lang, records, data }: ScoresViewProps) {
  const dataset = data && 'dataset' in data ? data.dataset : undefined;
  const combined = useMemo(() => combinedData(records, dataset), [records, dataset]);
  const parties = useMemo(() => scoreParties(combined), [combined]);
  const indicators = useMemo(() => scoreIndicators(combined), [combined]);
  const titles = new Map(combined.indicators.map((indicator) => [indicator.id, indicator.title]));
  return (
    <section aria-labelledby="scores-title">
      <h2 id="scores-title">{tt('tabScores', lang)}</h2>
      <DataInUseLine lang={lang} records={records} data={data} />
      <section aria-labelledby="rules-title">
        <h3 id="rules-title">{tt('rulesTitle', lang)}</h3>
        {SCORING_RULES.map(({ rule, title, description }) => (
          <article key={rule.id} class="rule" data-rule={rule.id}>
            <h4>{title[lang]}</h4>
            <p>{description[lang]}</p>
            <details>
              <summary>{tt('ruleData', lang)}</summary>
              <pre>{JSON.stringify(rule, null, 2)}</pre>
            </details>
          </article>
        ))}
      </section>
      {lang !== 'en' && <p class="muted">{tt('reasonsInEnglish', lang)}</p>}
      <section aria-labelledby="party-scores-title">
        <h3 id="party-scores-title">{tt('partyScores', lang)}</h3>
        {parties.length === 0 ? (
          <p class="muted">{tt('nothing', lang)}</p>
        ) : (
          <table class="scores" data-scores="parties">
            <thead>
              <tr>
                <th scope="col">{tt('party', lang)}</th>
                <th scope="col">{tt('category', lang)}</th>
                <th scope="col">{tt('score', lang)}</th>
                <th scope="col">{tt('explanation', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {parties.slice(0, SHOWN).map((score) => (
                <tr key={`${score.party} ${score.category}`}>
                  <th scope="row">{partyLabel(score.party, lang)}</th>
                  <td>{CATEGORY_LABELS[score.category][lang]}</td>
                  <td>
                    {score.score} / {score.max}
                  </td>
                  <td>{score.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {parties.length > SHOWN && (
          <p class="muted">{tt('moreNotShown', lang, { count: parties.length - SHOWN })}</p>
        )}
      </section>
      <section aria-labelledby="indicator-scores-title">
        <h3 id="indicator-scores-title">{tt('indicatorScores', lang)}</h3>
        {indicators.length === 0 ? (
          <p class="muted">{tt('nothing', lang)}</p>
        ) : (
          <table class="scores" data-scores="indicators">
            <thead>
              <tr>
                <th scope="col">{tt('indicator', lang)}</th>
                <th scope="col">{tt('activity', lang)}</th>
                <th scope="col">{tt('score', lang)}</th>
                <th scope="col">{tt('explanation', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.slice(0, SHOWN).map((score) => (
                <tr key={score.indicator}>
                  <th scope="row">{titles.get(score.indicator) ?? score.indicator}</th>
                  <td>{score.activity ?? ''}</td>
                  <td>
                    {score.score} / {score.max}
                  </td>
                  <td>{score.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
