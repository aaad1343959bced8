/**
 * The needs in use against the known activities (recorded here and in the data): which needs are
 * unmet, which are covered and by what, which activities overlap, and where Parties of a region
 * could be served together, each finding with its reason.
 */
import { useMemo } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { analyze } from '../../core/tracker/analyze.ts';
import type { Finding } from '../../core/tracker/findings.ts';
import { combinedData } from './combined-data.ts';
import { DataInUseLine } from './DataInUseLine.tsx';
import { partyLabel } from './party-label.ts';
import { tt, type TrackerStringKey } from './tracker-text.ts';
import type { DataInUse } from './use-data-in-use.ts';

const SHOWN = 100;

export interface AnalysisViewProps {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  data: DataInUse;
}

function heading(finding: Finding, lang: Language): string {
  const category = CATEGORY_LABELS[finding.category][lang];
  switch (finding.finding) {
    case 'unmet':
    case 'covered':
      return `${partyLabel(finding.party, lang)} · ${finding.period} · ${category} · ${finding.recipients.join(' ')}`;
    case 'overlap':
      return `${partyLabel(finding.party, lang)} · ${category} · ${finding.activities.join(' / ')}`;
    case 'collaboration':
      return `${finding.parties.map((code) => partyLabel(code, lang)).join(', ')} · ${category} · ${finding.recipient}`;
  }
}

function Findings({
  id,
  title,
  findings,
  lang,
}: {
  id: string;
  title: string;
  findings: Finding[];
  lang: Language;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-findings={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {findings.length === 0 ? (
        <p class="muted">{tt('nothing', lang)}</p>
      ) : (
        <ul class="findings">
          {findings.slice(0, SHOWN).map((finding, index) => (
            <li key={index}>
              <strong>{heading(finding, lang)}</strong>
              <br />
              <span class="reason">{finding.reason}</span>
            </li>
          ))}
        </ul>
      )}
      {findings.length > SHOWN && (
        <p class="muted">{tt('moreNotShown', lang, { count: findings.length - SHOWN })}</p>
      )}
    </section>
  );
}

/** The analysis section. */
export function AnalysisView({ lang, records, data }: AnalysisViewProps) {
  const dataset = data && 'dataset' in data ? data.dataset : undefined;
  const analysis = useMemo(() => analyze(combinedData(records, dataset)), [records, dataset]);
  const groups: Array<[string, TrackerStringKey, Finding[]]> = [
    ['unmet', 'unmet', analysis.unmet],
    ['covered', 'covered', analysis.covered],
    ['overlaps', 'overlaps', analysis.overlaps],
    ['collaborations', 'collaborations', analysis.collaborations],
  ];
  return (
    <section aria-labelledby="analysis-title">
      <h2 id="analysis-title">{tt('tabAnalysis', lang)}</h2>
      <DataInUseLine lang={lang} records={records} data={data} />
      {lang !== 'en' && <p class="muted">{tt('reasonsInEnglish', lang)}</p>}
      {groups.map(([id, key, findings]) => (
        <Findings
          key={id}
          id={id}
          lang={lang}
          findings={findings}
          title={tt(key, lang, { count: findings.length })}
        />
      ))}
    </section>
  );
}
