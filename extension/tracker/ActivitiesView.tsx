/** The activities section: the list, the form to record or edit one, and undo of the last change. */
import { useState } from 'preact/hooks';
import type { Language } from '../../core/schemas/codes.ts';
import { emptyForm, formOf, type ActivityForm as Form } from './activity-draft.ts';
import { ActivityForm } from './ActivityForm.tsx';
import { ActivityList } from './ActivityList.tsx';
import { tt } from './tracker-text.ts';
import type { Activities } from './use-activities.ts';

interface Editing {
  form: Form;
  revision?: number;
  /** Changes at each opening, so that the form starts afresh. */
  key: number;
}

export interface ActivitiesViewProps {
  lang: Language;
  activities: Activities;
}

/** The activities section. */
export function ActivitiesView({ lang, activities }: ActivitiesViewProps) {
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<string>();
  const { records, last } = activities;

  const open = (form: Form, revision?: number) =>
    setEditing({ form, ...(revision !== undefined ? { revision } : {}), key: Date.now() });

  const lastText = last ? tt(last.kind, lang, { title: last.title }) : notice;

  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{tt('tabActivities', lang)}</h2>
      <p role="status" class="notice" data-testid="tracker-notice">
        {lastText}{' '}
        {last && (
          <button
            type="button"
            onClick={() =>
              void activities.undo().then((answer) => {
                setNotice(
                  answer && (!answer.ok || !answer.value.ok)
                    ? tt('error', lang, {
                        reason: answer.ok
                          ? answer.value.ok
                            ? ''
                            : answer.value.error.message
                          : answer.error,
                      })
                    : tt('undone', lang),
                );
              })
            }
          >
            {tt('undo', lang)}
          </button>
        )}
      </p>
      {activities.problem && <p role="alert">{tt('error', lang, { reason: activities.problem })}</p>}
      {activities.unreadable > 0 && (
        <p role="alert">{tt('unreadable', lang, { count: activities.unreadable })}</p>
      )}
      {editing ? (
        <ActivityForm
          key={editing.key}
          lang={lang}
          initial={editing.form}
          {...(editing.revision !== undefined ? { revision: editing.revision } : {})}
          save={activities.save}
          onDone={() => {
            setNotice(undefined);
            setEditing(undefined);
          }}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <p>
          <button type="button" class="primary" onClick={() => open(emptyForm())}>
            {tt('newActivity', lang)}
          </button>
        </p>
      )}
      {records === undefined ? (
        <p class="muted">{tt('loading', lang)}</p>
      ) : (
        <ActivityList
          lang={lang}
          records={records}
          onEdit={(record) => open(formOf(record.activity, record.indicators), record.revision)}
          onDelete={(record) => {
            setNotice(undefined);
            void activities.remove(record).then((answer) => {
              if (!answer.ok) setNotice(tt('error', lang, { reason: answer.error }));
              else if (!answer.value.ok) setNotice(tt('error', lang, { reason: answer.value.error.message }));
            });
          }}
        />
      )}
    </section>
  );
}
