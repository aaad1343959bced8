import type { Need, Report, Source } from '../../core/schemas/need.ts';
import type { PartyRecord } from '../../core/schemas/messages.ts';

/** One report as a card shows it: its period, its needs, its details and its source. */
export interface ReportView {
  id: string;
  period: string | undefined;
  needsExpressed: boolean;
  needs: Need[];
  details: string[];
  note: string | undefined;
  source: Source | undefined;
}

/**
 * A Party's reports with their needs, newest period first. Needs that name no report are placed
 * under the report of their period (or one made for it).
 *
 * @param record - what the dataset says about the Party
 */
export function reportViews(record: PartyRecord): ReportView[] {
  const sources = new Map(record.sources.map((source) => [source.id, source]));
  const views = new Map<string, ReportView>();
  const byPeriod = new Map<string, ReportView>();
  const add = (report: Pick<Report, 'id' | 'period' | 'needsExpressed' | 'details' | 'note' | 'source'>) => {
    const view: ReportView = {
      id: report.id,
      period: report.period,
      needsExpressed: report.needsExpressed,
      needs: [],
      details: report.details ? [report.details] : [],
      note: report.note,
      source: sources.get(report.source),
    };
    views.set(report.id, view);
    if (report.period && !byPeriod.has(report.period)) byPeriod.set(report.period, view);
    return view;
  };
  record.reports.forEach(add);
  for (const need of record.needs) {
    const view =
      (need.report ? views.get(need.report) : undefined) ??
      byPeriod.get(need.period) ??
      add({ id: `needs:${need.period}`, period: need.period, needsExpressed: true, source: need.source });
    view.needs.push(need);
    if (need.details && !view.details.includes(need.details)) view.details.push(need.details);
  }
  return [...views.values()].sort((a, b) => (b.period ?? '').localeCompare(a.period ?? ''));
}
