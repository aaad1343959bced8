import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { Language } from '../../core/schemas/codes.ts';
import {
  dataSourceParts,
  MAX_DATA_URLS,
  type DataSource,
  type DataSourceResult,
  type DataStatus,
  type Settings,
} from '../../core/schemas/messages.ts';
import { text } from '../i18n/strings.ts';
import { askBackground } from '../messaging/client.ts';
import { originPattern } from '../settings/sites.ts';

/** Props of `DataSourceForm`. */
export interface DataSourceFormProps {
  settings: Settings;
  lang: Language;
}

/**
 * The source the form describes: the bundled dataset; one URL (as before lists existed); or
 * several URLs, merged, with or without the bundled dataset.
 */
function sourceOf(kind: 'bundled' | 'url', urls: readonly string[], withBundled: boolean): DataSource {
  const list = [...new Set(urls.map((url) => url.trim()).filter(Boolean))];
  if (kind === 'bundled') return { kind: 'bundled' };
  if (list.length <= 1 && !withBundled) return { kind: 'url', url: list[0] ?? '' };
  return { kind: 'urls', urls: list, withBundled };
}

/**
 * The data source: the bundled dataset, or published datasets' URLs merged (with the bundled
 * one if asked). A refused dataset shows which and why, problem by problem; where the site did
 * not allow the fetch, the user can grant access.
 */
export function DataSourceForm({ settings, lang }: DataSourceFormProps) {
  const initial = dataSourceParts(settings.dataSource);
  const [status, setStatus] = useState<DataStatus>();
  const [kind, setKind] = useState<'bundled' | 'url'>(initial.urls.length > 0 ? 'url' : 'bundled');
  const [urls, setUrls] = useState<string[]>(initial.urls.length > 0 ? initial.urls : ['']);
  const [withBundled, setWithBundled] = useState(
    settings.dataSource.kind === 'urls' && settings.dataSource.withBundled,
  );
  const [result, setResult] = useState<DataSourceResult>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void askBackground({ type: 'getDataStatus' }).then((answer) => answer.ok && setStatus(answer.value));
  }, [settings.dataSource]);

  const apply = async () => {
    setBusy(true);
    const answer = await askBackground({ type: 'setDataSource', source: sourceOf(kind, urls, withBundled) });
    setBusy(false);
    const outcome: DataSourceResult = answer.ok
      ? answer.value
      : { ok: false, reason: answer.error, problems: [] };
    setResult(outcome);
    if (outcome.ok) setStatus(outcome.status);
  };

  const refused = result && !result.ok ? (result.url ?? urls.find((url) => url.trim())) : undefined;
  const origin = safeOrigin(refused ?? '');
  const allow = () => {
    if (!origin) return;
    void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
      if (granted) await apply();
    });
  };
  const setUrl = (index: number, value: string) => setUrls(urls.map((url, i) => (i === index ? value : url)));

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{text('dataSource', lang)}</h2>
      {status && (
        <div data-testid="data-status">
          <p>
            {text('inUse', lang, { title: status.title })} —{' '}
            {text('counts', lang, { reports: status.reportCount, needs: status.needCount })}
          </p>
          {status.parts && (
            <>
              <p>{text('mergedFrom', lang)}</p>
              <ul>
                {status.parts.map((part, index) => (
                  <li key={index} data-part={part.url ?? 'bundled'}>
                    {part.title}
                    {part.url ? ` (${part.url})` : ''} —{' '}
                    {text('partCounts', lang, {
                      reports: part.reportCount,
                      needs: part.needCount,
                      activities: part.activityCount,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
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
        <ol class="urls">
          {urls.map((url, index) => (
            <li key={index}>
              <input
                type="url"
                name="url"
                aria-label={text('urlN', lang, { n: index + 1 })}
                placeholder="https://…/dataset.json"
                value={url}
                disabled={kind !== 'url'}
                onInput={(event) => setUrl(index, (event.currentTarget as HTMLInputElement).value)}
                size={50}
              />
              {urls.length > 1 && (
                <button
                  type="button"
                  disabled={kind !== 'url'}
                  onClick={() => setUrls(urls.filter((_, i) => i !== index))}
                >
                  {text('removeUrl', lang, { n: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <p>
          <button
            type="button"
            disabled={kind !== 'url' || urls.length >= MAX_DATA_URLS}
            onClick={() => setUrls([...urls, ''])}
          >
            {text('addUrl', lang)}
          </button>
        </p>
        <label class="choice">
          <input
            type="checkbox"
            name="withBundled"
            checked={withBundled}
            disabled={kind !== 'url'}
            onChange={(event) => setWithBundled((event.currentTarget as HTMLInputElement).checked)}
          />
          {text('withBundled', lang)}
        </label>
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
