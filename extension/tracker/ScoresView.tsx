/**
 * The scores with their explanations: needs reached by Party and category, and indicator
 * progress, under the rules in force shown as data (what each measures and its thresholds).
 */
import { useMemo } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { scoreIndicators, scoreParties, type Score } from '../../core/tracker/scores.ts';
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
      <ScoreTable
        lang={lang}
        kind="parties"
        title={tt('partyScores', lang)}
        columns={[tt('party', lang), tt('category', lang)]}
        rows={parties.map((score) => ({
          key: `${score.party} ${score.category}`,
          cells: [partyLabel(score.party, lang), CATEGORY_LABELS[score.category][lang]],
          score,
        }))}
      />
      <ScoreTable
        lang={lang}
        kind="indicators"
        title={tt('indicatorScores', lang)}
        columns={[tt('indicator', lang), tt('activity', lang)]}
        rows={indicators.map((score) => ({
          key: score.indicator,
          cells: [titles.get(score.indicator) ?? score.indicator, score.activity ?? ''],
          score,
        }))}
      />
    </section>
  );
}

interface ScoreRow {
  key: string;
  /** The row's header cell, then its other cells before the score. */
  cells: [string, string];
  score: Score;
}

interface ScoreTableProps {
  lang: Language;
  kind: 'parties' | 'indicators';
  title: string;
  columns: [string, string];
  rows: readonly ScoreRow[];
}

/** One table of scores with their explanations, the first rows only when there are many. */
function ScoreTable({ lang, kind, title, columns, rows }: ScoreTableProps) {
  const titleId = `${kind === 'parties' ? 'party' : 'indicator'}-scores-title`;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {rows.length === 0 ? (
        <p class="muted">{tt('nothing', lang)}</p>
      ) : (
        <table class="scores" data-scores={kind}>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
              <th scope="col">{tt('score', lang)}</th>
              <th scope="col">{tt('explanation', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map(({ key, cells, score }) => (
              <tr key={key}>
                <th scope="row">{cells[0]}</th>
                <td>{cells[1]}</td>
                <td>
                  {score.score} / {score.max}
                </td>
                <td>{score.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && <p class="muted">{tt('moreNotShown', lang, { count: rows.length - SHOWN })}</p>}
    </section>
  );
}
