import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from '#imports';
import { MENTION_KIND_LABELS } from '../../core/i18n/index.ts';
import { MENTION_KINDS } from '../../core/recognize/index.ts';
import type { PageSummary, PartyRecord } from '../../core/schemas/messages.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { needsSummary } from '../components/needs-summary.ts';
import { languageOf, useSettings } from '../components/use-settings.ts';
import { text } from '../i18n/strings.ts';
import { askBackground, askTab } from '../messaging/client.ts';
import { siteEnabled, webOrigin } from '../settings/sites.ts';
import { switchSite } from './site-switch.ts';
import { targetTab } from './tab-target.ts';

const MAX_PARTIES = 40;

/** The popup: what the page mentions, the switch for its site, the language. */
export function PopupApp() {
  const settings = useSettings();
  const lang = languageOf(settings);
  const [tab, setTab] = useState<Browser.tabs.Tab>();
  const [summary, setSummary] = useState<PageSummary>();
  const [records, setRecords] = useState<Map<string, PartyRecord>>(new Map());
  const [problem, setProblem] = useState<string>();
  const origin = webOrigin(tab?.url);
  const enabled = settings && origin ? siteEnabled(settings, origin) : false;

  useEffect(() => {
    void targetTab(location.search).then(setTab);
  }, []);

  useEffect(() => {
    if (tab?.id === undefined || !enabled) {
      setSummary(undefined);
      return;
    }
    let stopped = false;
    const poll = async () => {
      const result = await askTab(tab.id!, { type: 'pageSummary' });
      if (stopped) return;
      setSummary(result.ok ? result.value : undefined);
      if (!result.ok || !result.value.complete) setTimeout(() => void poll(), 500);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [tab?.id, enabled]);

  const codes = (summary?.parties ?? []).slice(0, MAX_PARTIES).map((party) => party.code);
  useEffect(() => {
    if (codes.length === 0) return;
    void askBackground({ type: 'lookupParties', codes }).then((result) => {
      if (result.ok) setRecords(new Map(result.value.map((record) => [record.code, record])));
    });
  }, [codes.join(','), settings?.dataSource]);

  const onSwitch = (event: Event) => {
    if (!origin) return;
    const checked = (event.currentTarget as HTMLInputElement).checked;
    setProblem(undefined);
    void switchSite(origin, checked, tab?.id).then((result) => {
      if (!result.ok)
        setProblem(result.error === 'permission' ? text('permissionRefused', lang) : result.error);
    });
  };

  return (
    <main lang={lang}>
      <h1>{text('appName', lang)}</h1>
      {!origin ? (
        <p class="muted">{text('unavailable', lang)}</p>
      ) : (
        <label class="switch">
          <input type="checkbox" name="site" checked={enabled} onChange={onSwitch} />
          <span>{text('annotateSite', lang, { site: new URL(origin).host })}</span>
        </label>
      )}
      {problem && <p role="alert">{problem}</p>}
      {origin && !enabled && <p class="muted">{text('notRunning', lang)}</p>}
      {enabled && summary && (
        <section aria-label={text('pageMentions', lang)}>
          <h2>{text('pageMentions', lang)}</h2>
          {!summary.complete && <p class="muted">{text('stillReading', lang)}</p>}
          {MENTION_KINDS.every((kind) => summary.counts[kind] === 0) && summary.complete ? (
            <p class="muted">{text('nothingFound', lang)}</p>
          ) : (
            <ul class="counts">
              {MENTION_KINDS.map((kind) => (
                <li key={kind} data-kind={kind}>
                  <span>{MENTION_KIND_LABELS[kind]?.[lang]}</span> <strong>{summary.counts[kind]}</strong>
                </li>
              ))}
            </ul>
          )}
          <ul class="parties">
            {summary.parties.slice(0, MAX_PARTIES).map(({ code, count }) => {
              const record = records.get(code);
              return (
                <li key={code} data-party={code}>
                  <strong>{record?.party?.names[lang] ?? code}</strong>{' '}
                  <span class="muted">({text('mentions', lang, { count })})</span>
                  {record && <div class="needs">{needsSummary(record, lang)}</div>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {settings && (
        <LanguageSelect
          value={settings.language}
          lang={lang}
          onChange={(language) => void askBackground({ type: 'updateSettings', patch: { language } })}
        />
      )}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {text('settings', lang)}
        </button>
      </p>
      <p>
        <button
          type="button"
          class="link"
          data-testid="open-tracker"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') })}
        >
          {text('openTracker', lang)}
        </button>
      </p>
    </main>
  );
}
