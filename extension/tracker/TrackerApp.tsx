/**
 * The tracker page: activities (record, edit, delete, undo), import/export/publish, the needs in
 * use against the activities, the scores, and the self-assessment. The section shown follows the
 * address's hash (`#exchange`…), so each can be linked to.
 */
import { useEffect, useState } from 'preact/hooks';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { languageOf, useSettings } from '../components/use-settings.ts';
import { askBackground } from '../messaging/client.ts';
import { ActivitiesView } from './ActivitiesView.tsx';
import { AnalysisView } from './AnalysisView.tsx';
import { AssessmentView } from './AssessmentView.tsx';
import { ExchangeView } from './ExchangeView.tsx';
import { ScoresView } from './ScoresView.tsx';
import { tt, type TrackerStringKey } from './tracker-text.ts';
import { useActivities } from './use-activities.ts';
import { useDataInUse } from './use-data-in-use.ts';

const SECTIONS = ['activities', 'exchange', 'analysis', 'scores', 'assessment'] as const;
type Section = (typeof SECTIONS)[number];
const TITLES: Record<Section, TrackerStringKey> = {
  activities: 'tabActivities',
  exchange: 'tabExchange',
  analysis: 'tabAnalysis',
  scores: 'tabScores',
  assessment: 'tabAssessment',
};

const sectionOf = (hash: string): Section =>
  SECTIONS.find((section) => `#${section}` === hash) ?? 'activities';

/** The tracker page. */
export function TrackerApp() {
  const settings = useSettings();
  const lang = languageOf(settings);
  const activities = useActivities();
  const data = useDataInUse(settings);
  const [section, setSection] = useState<Section>(sectionOf(location.hash));

  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${tt(TITLES[section], lang)} — ${tt('pageTitle', lang)}`;
  }, [lang, section]);

  const records = activities.records ?? [];
  return (
    <>
      <header>
        <h1>{tt('pageTitle', lang)}</h1>
        {settings && (
          <LanguageSelect
            value={settings.language}
            lang={lang}
            onChange={(language) => void askBackground({ type: 'updateSettings', patch: { language } })}
          />
        )}
        <nav aria-label={tt('sections', lang)}>
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
                  {tt(TITLES[id], lang)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main lang={lang}>
        {section === 'activities' && <ActivitiesView lang={lang} activities={activities} />}
        {section === 'exchange' && (
          <ExchangeView lang={lang} records={records} data={data} onImported={activities.reload} />
        )}
        {section === 'analysis' && <AnalysisView lang={lang} records={records} data={data} />}
        {section === 'scores' && <ScoresView lang={lang} records={records} data={data} />}
        {section === 'assessment' && <AssessmentView lang={lang} />}
      </main>
    </>
  );
}
