/** The recorded activities as a table, each with its edit and delete buttons. */
import { STATUS_LABELS, VISIBILITY_LABELS } from '../../core/i18n/labels.ts';
import type { Language } from '../../core/schemas/codes.ts';
import type { TrackedActivityMessage } from '../../core/schemas/tracker-messages.ts';
import { tt } from './tracker-text.ts';

export interface ActivityListProps {
  lang: Language;
  records: readonly TrackedActivityMessage[];
  onEdit: (record: TrackedActivityMessage) => void;
  onDelete: (record: TrackedActivityMessage) => void;
}

/** The list of activities. */
export function ActivityList({ lang, records, onEdit, onDelete }: ActivityListProps) {
  if (records.length === 0) return <p class="muted">{tt('noActivities', lang)}</p>;
  return (
    <table class="activities">
      <thead>
        <tr>
          <th scope="col">{tt('title', lang)}</th>
          <th scope="col">{tt('status', lang)}</th>
          <th scope="col">{tt('start', lang)}</th>
          <th scope="col">{tt('end', lang)}</th>
          <th scope="col">{tt('beneficiaries', lang)}</th>
          <th scope="col">{tt('visibility', lang)}</th>
          <th scope="col">
            <span class="visually-hidden">{tt('edit', lang)}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => {
          const { activity } = record;
          return (
            <tr key={activity.id} data-activity={activity.id}>
              <th scope="row">{activity.title}</th>
              <td>{STATUS_LABELS[activity.status][lang]}</td>
              <td>{activity.start ?? ''}</td>
              <td>{activity.end ?? ''}</td>
              <td>{activity.beneficiaries.join(' ')}</td>
              <td data-visibility={activity.visibility}>{VISIBILITY_LABELS[activity.visibility][lang]}</td>
              <td class="row-actions">
                <button
                  type="button"
                  aria-label={`${tt('edit', lang)}: ${activity.title}`}
                  onClick={() => onEdit(record)}
                >
                  {tt('edit', lang)}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`${tt('delete', lang)}: ${activity.title}`}
                  onClick={() => onDelete(record)}
                >
                  {tt('delete', lang)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
