/**
 * The recorded activities as the tracker page sees them, kept current, with saving, deleting
 * and undoing the last change (a deletion is restored; an edit is reverted to the version before
 * it; a new activity is deleted).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Activity, Indicator } from '../../core/schemas/activity.ts';
import type { RecordResult, TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import type { Result } from '../messaging/result.ts';
import { askTracker } from './tracker-client.ts';

/** What happened last, and how to undo it. */
export interface LastChange {
  kind: 'added' | 'saved' | 'deleted';
  title: string;
  undo: () => Promise<Result<RecordResult>>;
}

export interface Activities {
  records: TrackedActivityMessage[] | undefined;
  unreadable: number;
  /** Why the list could not be read. */
  problem: string | undefined;
  last: LastChange | undefined;
  reload: () => Promise<void>;
  save: (activity: Activity, indicators: Indicator[], revision?: number) => Promise<Result<RecordResult>>;
  remove: (record: TrackedActivityMessage) => Promise<Result<RecordResult>>;
  undo: () => Promise<Result<RecordResult> | undefined>;
}

/** The recorded activities, with saving, deleting and undo. */
export function useActivities(): Activities {
  const [records, setRecords] = useState<TrackedActivityMessage[]>();
  const [unreadable, setUnreadable] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [last, setLast] = useState<LastChange>();

  const reload = useCallback(async () => {
    const answer = await askTracker({ type: 'tracker.list' });
    if (!answer.ok) {
      setProblem(answer.error);
      return;
    }
    setProblem(undefined);
    setRecords(answer.value.activities);
    setUnreadable(answer.value.unreadable);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const after = async (
    answer: Result<RecordResult>,
    change: (record: TrackedActivityMessage) => LastChange,
  ) => {
    if (answer.ok && answer.value.ok) {
      setLast(change(answer.value.record));
      await reload();
    }
    return answer;
  };

  const save = (activity: Activity, indicators: Indicator[], revision?: number) => {
    const previous = records?.find((record) => record.activity.id === activity.id);
    return askTracker({
      type: 'tracker.save',
      activity,
      indicators,
      ...(revision !== undefined ? { revision } : {}),
    }).then((answer) =>
      after(answer, (record) =>
        revision === undefined || !previous
          ? {
              kind: 'added',
              title: record.activity.title,
              undo: () => askTracker({ type: 'tracker.delete', id: record.activity.id }),
            }
          : {
              kind: 'saved',
              title: record.activity.title,
              undo: () =>
                askTracker({
                  type: 'tracker.save',
                  activity: previous.activity,
                  indicators: previous.indicators,
                  revision: record.revision,
                }),
            },
      ),
    );
  };

  const remove = (target: TrackedActivityMessage) =>
    askTracker({ type: 'tracker.delete', id: target.activity.id }).then((answer) =>
      after(answer, (record) => ({
        kind: 'deleted',
        title: record.activity.title,
        undo: () => askTracker({ type: 'tracker.restore', id: record.activity.id }),
      })),
    );

  const undo = async () => {
    if (!last) return undefined;
    const answer = await last.undo();
    setLast(undefined);
    await reload();
    return answer;
  };

  return { records, unreadable, problem, last, reload, save, remove, undo };
}
