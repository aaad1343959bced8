import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { text } from '../i18n/strings.ts';
import { languageOf, useSettings } from '../components/use-settings.ts';
import { createPartyLookup } from '../content/party-lookup.ts';
import { errorText } from '../messaging/result.ts';
import { startPageNotes, type PageNotes } from '../notes/page-notes.tsx';
import { originPattern } from '../settings/sites.ts';
import { openPdf, type PdfSource } from './pdf-document.ts';
import { showPdf, type PdfViewer } from './pdf-viewer.ts';

/** What is shown: a PDF by URL, or a local file. */
type Shown = { url: string; name: string; local: boolean };

/**
 * The viewer page: the PDF named by `?file=` (or picked, or dropped) with its text annotated,
 * a link to download the original, and the cards.
 */
export function ViewerApp() {
  const settings = useSettings();
  const lang = languageOf(settings);
  const langRef = useRef(lang);
  langRef.current = lang;
  const pages = useRef<HTMLDivElement>(null);
  const viewer = useRef<PdfViewer>();
  const notes = useRef<PageNotes>();
  const lookup = useRef(createPartyLookup());
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState<string>();
  const [state, setState] = useState<'empty' | 'loading' | 'ready' | 'error'>('empty');

  const load = async (source: PdfSource, what: Shown) => {
    notes.current?.destroy();
    viewer.current?.destroy();
    setShown(what);
    setError(undefined);
    setState('loading');
    document.title = what.name;
    try {
      const pdf = await openPdf(source);
      viewer.current = showPdf(pdf, {
        container: pages.current!,
        lookupParty: lookup.current,
        language: () => langRef.current,
      });
      await viewer.current.ready;
      notes.current = startPageNotes({
        doc: document,
        root: pages.current!,
        language: () => langRef.current,
        describe: () => ({
          ...(what.local ? {} : { url: what.url }),
          title: what.name,
          fingerprint: pdf.fingerprints[0] ?? undefined,
        }),
        ownTab: () => browser.tabs.getCurrent().then((tab) => tab?.id),
      });
      setState('ready');
    } catch (failure) {
      setError(errorText(failure));
      setState('error');
    }
  };

  useEffect(() => {
    const file = new URLSearchParams(location.search).get('file');
    if (file) void load({ url: file }, { url: file, name: fileName(file), local: false });
    const onDrop = (event: DragEvent) => {
      const dropped = event.dataTransfer?.files[0];
      if (!dropped) return;
      event.preventDefault();
      void openLocal(dropped);
    };
    const onDragOver = (event: DragEvent) => event.preventDefault();
    document.addEventListener('drop', onDrop);
    document.addEventListener('dragover', onDragOver);
    return () => {
      document.removeEventListener('drop', onDrop);
      document.removeEventListener('dragover', onDragOver);
      notes.current?.destroy();
      viewer.current?.destroy();
    };
  }, []);

  useEffect(() => {
    lookup.current.clear();
    viewer.current?.refresh();
  }, [lang, settings?.dataSource]);

  const openLocal = async (file: File) => {
    const data = await file.arrayBuffer();
    const url = URL.createObjectURL(file);
    await load({ data }, { url, name: file.name, local: true });
  };

  const remoteOrigin = shown && !shown.local ? safeOrigin(shown.url) : undefined;
  const allow = () => {
    if (!remoteOrigin || !shown) return;
    void browser.permissions.request({ origins: [originPattern(remoteOrigin)] }).then(async (granted) => {
      if (granted) await load({ url: shown.url }, shown);
    });
  };

  return (
    <div class="viewer" lang={lang} data-state={state}>
      <header class="toolbar">
        <strong class="title">{shown?.name ?? text('openPdf', lang)}</strong>
        <label class="button">
          {text('openPdf', lang)}
          <input
            type="file"
            accept="application/pdf,.pdf"
            onChange={(event) => {
              const file = (event.currentTarget as HTMLInputElement).files?.[0];
              if (file) void openLocal(file);
            }}
          />
        </label>
        {shown && (
          <a class="button" href={shown.url} download={shown.name}>
            {text('download', lang)}
          </a>
        )}
      </header>
      {state === 'empty' && <p class="hint">{text('dropPdf', lang)}</p>}
      {error && (
        <div role="alert" class="hint">
          <p>{text('pdfError', lang, { reason: error })}</p>
          {remoteOrigin && (
            <button type="button" onClick={allow}>
              {text('allowSite', lang, { site: new URL(remoteOrigin).host })}
            </button>
          )}
        </div>
      )}
      <div class="pages" ref={pages} />
    </div>
  );
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

function safeOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
