/**
 * Import and export: activities from a CSV file (all rows or none, with each problem at its line),
 * to CSV, to the IATI activity standard (public activities only), and publishing the dataset an
 * audience may see as a JSON file.
 */
import { useState } from 'preact/hooks';
import { VISIBILITY_LABELS } from '../../core/i18n/labels.ts';
import { AUDIENCES, publishDataset, type Audience } from '../../core/publish/publish.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { DatasetProblem } from '../../core/schemas/messages.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { ACTIVITY_CSV_COLUMNS, activitiesToCsv } from '../../core/tracker/activities-csv.ts';
import { activitiesToIati } from '../../core/tracker/iati-xml.ts';
import { downloadText, today } from './download.ts';
import { SelectField, TextField } from './form-fields.tsx';
import { publishTracker, trackerDataset } from './tracker-dataset.ts';
import { askTracker } from './tracker-client.ts';
import { tt } from './tracker-text.ts';
import type { DataInUse } from './use-data-in-use.ts';

export interface ExchangeViewProps {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  data: DataInUse;
  onImported: () => Promise<void>;
}

const remembered = (key: string) => localStorage.getItem(`tracker.${key}`) ?? '';
const remember = (key: string, value: string) => localStorage.setItem(`tracker.${key}`, value);

/** The import, export and publish section. */
export function ExchangeView({ lang, records, data, onImported }: ExchangeViewProps) {
  return (
    <>
      <ImportCsv lang={lang} onImported={onImported} />
      <section aria-labelledby="export-title">
        <h2 id="export-title">{tt('exportTitle', lang)}</h2>
        <p>
          <button
            type="button"
            onClick={() =>
              downloadText(
                `cites-activities-${today()}.csv`,
                activitiesToCsv(records.map((r) => r.activity)),
                'text/csv',
              )
            }
          >
            {tt('exportCsv', lang)}
          </button>
        </p>
        <IatiExport lang={lang} records={records} />
      </section>
      <Publish lang={lang} records={records} data={data} />
    </>
  );
}

function ImportCsv({ lang, onImported }: { lang: Language; onImported: () => Promise<void> }) {
  const [outcome, setOutcome] = useState<
    { ok: true; text: string } | { ok: false; text: string; problems: DatasetProblem[] }
  >();
  const read = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(undefined);
    const answer = await askTracker({ type: 'tracker.importCsv', text: await file.text() });
    if (!answer.ok) {
      setOutcome({ ok: false, text: tt('error', lang, { reason: answer.error }), problems: [] });
      return;
    }
    const result = answer.value;
    if (result.ok) {
      setOutcome({ ok: true, text: tt('imported', lang, { added: result.added, updated: result.updated }) });
      await onImported();
    } else {
      setOutcome({
        ok: false,
        text: result.error
          ? tt('error', lang, { reason: result.error.message })
          : tt('importRefused', lang, { count: result.problems.length }),
        problems: result.problems,
      });
    }
  };
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{tt('importCsv', lang)}</h2>
      <p class="muted">{tt('importHint', lang, { columns: ACTIVITY_CSV_COLUMNS.join(', ') })}</p>
      <div class="field">
        <label for="csv-file">{tt('csvFile', lang)}</label>
        <input
          id="csv-file"
          name="csv"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            void read(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </div>
      {outcome?.ok && (
        <p role="status" data-testid="import-result">
          {outcome.text}
        </p>
      )}
      {outcome && !outcome.ok && (
        <div role="alert" data-testid="import-result">
          <p>{outcome.text}</p>
          <ul>
            {outcome.problems.slice(0, 100).map((problem, index) => (
              <li key={index}>
                {tt('line', lang, { line: problem.line })}
                {problem.field ? ` (${problem.field})` : ''}: {problem.message}
              </li>
            ))}
          </ul>
          {outcome.problems.length > 100 && (
            <p>{tt('moreNotShown', lang, { count: outcome.problems.length - 100 })}</p>
          )}
        </div>
      )}
    </section>
  );
}

function IatiExport({ lang, records }: { lang: Language; records: readonly TrackedActivityMessage[] }) {
  const [ref, setRef] = useState(remembered('iatiRef'));
  const [name, setName] = useState(remembered('iatiName'));
  const [tried, setTried] = useState(false);
  const exportIati = () => {
    setTried(true);
    if (!ref.trim() || !name.trim()) return;
    remember('iatiRef', ref.trim());
    remember('iatiName', name.trim());
    // What is not public stays out of an IATI file: the publishing rules decide what is public.
    const open = publishDataset(trackerDataset(records), 'public').activities;
    downloadText(
      `cites-activities-iati-${today()}.xml`,
      activitiesToIati(open, { reportingOrgRef: ref.trim(), reportingOrgName: name.trim() }),
      'application/xml',
    );
  };
  return (
    <form
      aria-labelledby="iati-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        exportIati();
      }}
    >
      <h3 id="iati-title">{tt('iatiTitle', lang)}</h3>
      <p class="muted">{tt('iatiHint', lang)}</p>
      <TextField
        name="iatiRef"
        label={tt('orgRef', lang)}
        value={ref}
        placeholder="XM-DAC-…"
        error={tried && !ref.trim() ? tt('required', lang) : undefined}
        onInput={setRef}
      />
      <TextField
        name="iatiName"
        label={tt('orgName', lang)}
        value={name}
        error={tried && !name.trim() ? tt('required', lang) : undefined}
        onInput={setName}
      />
      <p>
        <button type="submit">{tt('exportIati', lang)}</button>
      </p>
    </form>
  );
}

function Publish({
  lang,
  records,
  data,
}: {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  data: DataInUse;
}) {
  const [audience, setAudience] = useState<Audience>('public');
  const [publisher, setPublisher] = useState(remembered('publisher'));
  const [merge, setMerge] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const inUse = data && 'dataset' in data ? data.dataset : undefined;
  const publish = () => {
    remember('publisher', publisher.trim());
    try {
      const dataset = publishTracker(records, {
        audience,
        publisher,
        ...(merge && inUse ? { merge: inUse } : {}),
      });
      downloadText(
        `cites-activities-${audience}-${today()}.json`,
        JSON.stringify(dataset, null, 2),
        'application/json',
      );
      setMessage({
        ok: true,
        text: tt('published', lang, {
          audience: VISIBILITY_LABELS[audience][lang],
          activities: dataset.activities.length,
          indicators: dataset.indicators.length,
        }),
      });
    } catch (error) {
      setMessage({ ok: false, text: tt('error', lang, { reason: String(error) }) });
    }
  };
  return (
    <form
      aria-labelledby="publish-title"
      onSubmit={(event) => {
        event.preventDefault();
        publish();
      }}
    >
      <h2 id="publish-title">{tt('publishTitle', lang)}</h2>
      <p class="muted">{tt('publishHint', lang)}</p>
      <SelectField
        name="audience"
        label={tt('audience', lang)}
        value={audience}
        options={AUDIENCES}
        labelOf={(a) => VISIBILITY_LABELS[a][lang]}
        onChange={setAudience}
      />
      <TextField name="publisher" label={tt('publisher', lang)} value={publisher} onInput={setPublisher} />
      {inUse && (
        <label class="check">
          <input
            type="checkbox"
            name="merge"
            checked={merge}
            onChange={(event) => setMerge((event.currentTarget as HTMLInputElement).checked)}
          />
          {tt('mergeInUse', lang, { title: inUse.title })}
        </label>
      )}
      <p>
        <button type="submit" class="primary">
          {tt('publish', lang)}
        </button>
      </p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} data-testid="publish-result">
          {message.text}
        </p>
      )}
    </form>
  );
}
