import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { Language } from '../../core/schemas/codes.ts';
import type { DataSourceResult, DataStatus, Settings } from '../../core/schemas/messages.ts';
import { text } from '../i18n/strings.ts';
import { askBackground } from '../messaging/client.ts';
import { originPattern } from '../settings/sites.ts';

/** Props of `DataSourceForm`. */
export interface DataSourceFormProps {
  settings: Settings;
  lang: Language;
}

/**
 * The data source: the bundled dataset or a published dataset's URL. A refused dataset shows
 * why, problem by problem; where the site did not allow the fetch, the user can grant access.
 */
export function DataSourceForm({ settings, lang }: DataSourceFormProps) {
  const [status, setStatus] = useState<DataStatus>();
  const [kind, setKind] = useState(settings.dataSource.kind);
  const [url, setUrl] = useState(settings.dataSource.kind === 'url' ? settings.dataSource.url : '');
  const [result, setResult] = useState<DataSourceResult>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void askBackground({ type: 'getDataStatus' }).then((answer) => answer.ok && setStatus(answer.value));
  }, [settings.dataSource]);

  const apply = async () => {
    setBusy(true);
    const source = kind === 'url' ? { kind: 'url' as const, url: url.trim() } : { kind: 'bundled' as const };
    const answer = await askBackground({ type: 'setDataSource', source });
    setBusy(false);
    const outcome: DataSourceResult = answer.ok
      ? answer.value
      : { ok: false, reason: answer.error, problems: [] };
    setResult(outcome);
    if (outcome.ok) setStatus(outcome.status);
  };

  const origin = safeOrigin(url);
  const allow = () => {
    if (!origin) return;
    void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
      if (granted) await apply();
    });
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{text('dataSource', lang)}</h2>
      {status && (
        <p data-testid="data-status">
          {text('inUse', lang, { title: status.title })} —{' '}
          {text('counts', lang, { reports: status.reportCount, needs: status.needCount })}
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <label class="choice">
          <input
            type="radio"
            name="source"
            value="bundled"
            checked={kind === 'bundled'}
            onChange={() => setKind('bundled')}
          />
          {text('bundledData', lang)}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="source"
            value="url"
            checked={kind === 'url'}
            onChange={() => setKind('url')}
          />
          {text('urlData', lang)}
        </label>
        <input
          type="url"
          name="url"
          placeholder="https://…/dataset.json"
          value={url}
          disabled={kind !== 'url'}
          onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)}
          size={50}
        />
        <p>
          <button type="submit" disabled={busy}>
            {text('useSource', lang)}
          </button>
        </p>
      </form>
      {result && !result.ok && (
        <div role="alert" data-testid="data-error">
          <p>{text('refused', lang, { reason: result.reason })}</p>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.slice(0, 20).map((problem, i) => (
                <li key={i}>
                  {text('line', lang, { line: problem.line })}
                  {problem.field ? ` (${problem.field})` : ''}: {problem.message}
                </li>
              ))}
            </ul>
          )}
          {result.problems.length === 0 && origin && kind === 'url' && (
            <button type="button" onClick={allow}>
              {text('allowSite', lang, { site: new URL(origin).host })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function safeOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
