import { NEED_CATEGORIES } from '../schemas/code-lists.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { findCollaborations } from './collaboration.ts';
import { assessCoverage, indexActivities } from './coverage.ts';
import type { Analysis, Finding } from './findings.ts';
import { findOverlaps } from './overlap.ts';

/**
 * Demand, overlap and collaboration in one pass over a dataset: which needs are unmet, which
 * are covered and by what, which activities overlap, and where Parties of a region share an
 * unmet need. Every finding carries its reason in words.
 */
export function analyze(dataset: Pick<Dataset, 'needs' | 'activities'>): Analysis {
  const index = indexActivities(dataset.activities);
  const { unmet, covered } = assessCoverage(dataset.needs, index);
  return { unmet, covered, overlaps: findOverlaps(index), collaborations: findCollaborations(unmet) };
}

/** All findings in one list, in the order unmet, covered, overlap, collaboration. */
export function allFindings(analysis: Analysis): Finding[] {
  return [...analysis.unmet, ...analysis.covered, ...analysis.overlaps, ...analysis.collaborations];
}

/** The header of the findings CSV. */
export const FINDINGS_CSV_HEADER = 'finding,parties,period,category,recipients,activities';

/**
 * Findings as CSV, one line per finding. Lists inside a cell are separated by single spaces,
 * recipient codes in the order MA SA EA T N P O, Parties and ids sorted; empty cells stay empty.
 */
export function findingsToCsv(analysis: Analysis): string {
  const line = (cells: string[]) => cells.join(',');
  const sortNeeds = <T extends { party: string; period: string; category: (typeof NEED_CATEGORIES)[number] }>(
    list: T[],
  ) =>
    [...list].sort(
      (a, b) =>
        a.party.localeCompare(b.party) ||
        a.period.localeCompare(b.period) ||
        NEED_CATEGORIES.indexOf(a.category) - NEED_CATEGORIES.indexOf(b.category),
    );
  const rows = [
    ...sortNeeds(analysis.unmet).map((f) =>
      line(['unmet', f.party, f.period, f.category, f.recipients.join(' '), '']),
    ),
    ...sortNeeds(analysis.covered).map((f) =>
      line(['covered', f.party, f.period, f.category, f.recipients.join(' '), f.activities.join(' ')]),
    ),
    ...analysis.overlaps.map((f) =>
      line(['overlap', f.party, '', f.category, f.recipients.join(' '), f.activities.join(' ')]),
    ),
    ...analysis.collaborations.map((f) =>
      line(['collaboration', f.parties.join(' '), '', f.category, f.recipient, '']),
    ),
  ];
  return [FINDINGS_CSV_HEADER, ...rows].join('\n') + '\n';
}
