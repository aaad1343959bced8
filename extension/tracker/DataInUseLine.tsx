/** One line saying which needs dataset is in use and how many activities are known. */
import type { Language } from '../../core/schemas/codes.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { tt } from './tracker-text.ts';
import type { DataInUse } from './use-data-in-use.ts';

export function DataInUseLine({
  lang,
  records,
  data,
}: {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  data: DataInUse;
}) {
  if (!data) return <p class="muted">{tt('loading', lang)}</p>;
  if ('problem' in data) return <p role="alert">{tt('noData', lang, { reason: data.problem })}</p>;
  const recorded = new Set(records.map((r) => r.activity.id));
  return (
    <p class="muted" data-testid="data-in-use">
      {tt('dataInUse', lang, {
        title: data.dataset.title,
        needs: data.dataset.needs.length,
        activities: records.length,
        others: data.dataset.activities.filter((a) => !recorded.has(a.id)).length,
      })}
    </p>
  );
}
