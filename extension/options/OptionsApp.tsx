import { browser } from '#imports';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { languageOf, useSettings } from '../components/use-settings.ts';
import { text } from '../i18n/strings.ts';
import { askBackground } from '../messaging/client.ts';
import { CITES_SITE, isCitesOrigin, originPattern } from '../settings/sites.ts';
import { DataSourceForm } from './DataSourceForm.tsx';

/** The options page: language, where the extension runs, PDF links, the data source. */
export function OptionsApp() {
  const settings = useSettings();
  const lang = languageOf(settings);
  if (!settings) return null;
  const others = Object.entries(settings.sites).filter(([origin, on]) => on && !isCitesOrigin(origin));
  const switchOff = (origin: string) => {
    void askBackground({ type: 'setSite', origin, enabled: false }).then(() =>
      browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false),
    );
  };
  return (
    <main lang={lang}>
      <h1>{text('appName', lang)}</h1>
      <p>
        <a href={browser.runtime.getURL('/tracker.html')} target="_blank" rel="noopener">
          {text('openTracker', lang)}
        </a>
      </p>
      <LanguageSelect
        value={settings.language}
        lang={lang}
        onChange={(language) => void askBackground({ type: 'updateSettings', patch: { language } })}
      />
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{text('whereItRuns', lang)}</h2>
        <label class="choice">
          <input
            type="checkbox"
            name="cites"
            checked={settings.sites[CITES_SITE] !== false}
            onChange={(event) =>
              void askBackground({
                type: 'setSite',
                origin: CITES_SITE,
                enabled: (event.currentTarget as HTMLInputElement).checked,
              })
            }
          />
          {text('citesAlways', lang)}
        </label>
        <h3>{text('otherSites', lang)}</h3>
        {others.length === 0 ? (
          <p class="muted">{text('noOtherSites', lang)}</p>
        ) : (
          <ul>
            {others.map(([origin]) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => switchOff(origin)}>
                  {text('switchOff', lang)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <label class="choice">
          <input
            type="checkbox"
            name="pdf"
            checked={settings.openPdfInViewer}
            onChange={(event) =>
              void askBackground({
                type: 'updateSettings',
                patch: { openPdfInViewer: (event.currentTarget as HTMLInputElement).checked },
              })
            }
          />
          {text('pdfOption', lang)}
        </label>
      </section>
      <DataSourceForm settings={settings} lang={lang} />
    </main>
  );
}
