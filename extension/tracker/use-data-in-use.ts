/** The dataset the extension uses (bundled, or published ones merged), read again when the data source changes. */
import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../../core/schemas/dataset.ts';
import type { Settings } from '../../core/schemas/messages.ts';
import { askTracker } from './tracker-client.ts';

export type DataInUse = { dataset: Dataset } | { problem: string } | undefined;

/**
 * The dataset in use, or why it could not be read; undefined while it is being read.
 *
 * @param settings - the settings (their data source decides the dataset)
 */
export function useDataInUse(settings: Settings | undefined): DataInUse {
  const [data, setData] = useState<DataInUse>();
  const source = JSON.stringify(settings?.dataSource ?? null);
  useEffect(() => {
    let stale = false;
    void askTracker({ type: 'tracker.dataInUse' }).then((answer) => {
      if (!stale) setData(answer.ok ? { dataset: answer.value } : { problem: answer.error });
    });
    return () => {
      stale = true;
    };
  }, [source]);
  return data;
}
