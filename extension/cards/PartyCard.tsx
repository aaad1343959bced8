import { CATEGORY_LABELS, RECIPIENT_LABELS, REGION_LABELS, t } from '../../core/i18n/index.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { Source } from '../../core/schemas/need.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';
import { text } from '../i18n/strings.ts';
import { reportViews, type ReportView } from './party-reports.ts';
import { safeHref } from './safe-href.ts';

/** Props of `PartyCard`. */
export interface PartyCardProps {
  record: PartyRecord;
  lang: Language;
}

/** A Party's card: its name and region, and for each report its needs, details and source. */
export function PartyCard({ record, lang }: PartyCardProps) {
  const { party } = record;
  const reports = reportViews(record);
  return (
    <div class="card" data-card-kind="party" data-card-id={record.code} lang={lang}>
      <header>
        <p class="kind">{t('party', lang)}</p>
        <h2>{party ? party.names[lang] : record.code}</h2>
        {party ? (
          <p class="meta">
            {t('region', lang)}: {REGION_LABELS[party.region][lang]}
          </p>
        ) : (
          <p class="meta">{text('notAParty', lang)}</p>
        )}
      </header>
      {reports.length === 0 ? (
        <p class="empty" data-card-state="no-report">
          {t('noReport', lang)}
        </p>
      ) : (
        reports.map((report) => <ReportSection key={report.id} report={report} lang={lang} />)
      )}
    </div>
  );
}

function ReportSection({ report, lang }: { report: ReportView; lang: Language }) {
  return (
    <section class="report">
      <h3>
        {t('reportPeriod', lang)}: {report.period ?? t('periodUnspecified', lang)}
      </h3>
      {report.needs.length === 0 ? (
        <p class="empty" data-card-state="no-needs">
          {report.needsExpressed ? t('needs', lang) + ': —' : t('noNeedsExpressed', lang)}
        </p>
      ) : (
        <dl class="needs">
          {report.needs.map((need) => (
            <div key={need.id} class="need" data-category={need.category}>
              <dt>{CATEGORY_LABELS[need.category][lang]}</dt>
              <dd>{need.recipients.map((code) => RECIPIENT_LABELS[code][lang]).join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {report.details.length > 0 && (
        <p class="details">
          <span class="label">{t('details', lang)}:</span> {report.details.join(' · ')}
        </p>
      )}
      {report.note && <p class="details">{report.note}</p>}
      {report.source && <SourceLine source={report.source} lang={lang} />}
    </section>
  );
}

function SourceLine({ source, lang }: { source: Source; lang: Language }) {
  const where = [source.document, source.part].filter(Boolean).join(', ');
  const href = safeHref(source.url);
  return (
    <p class="source">
      <span class="label">{t('source', lang)}:</span>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {where && ` (${where})`}
    </p>
  );
}
