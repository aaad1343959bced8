/** What the founding document must show marked, from the bundled data and the recognizer's ids. */
import { readFileSync } from 'node:fs';

const dataset = JSON.parse(
  readFileSync(new URL('../../../core/data/default-dataset.json', import.meta.url), 'utf8'),
) as { reports: { party: string }[] };

/** Every Party of the needs table (every Party with a report in the bundled data). */
export const TABLE_PARTIES = [...new Set(dataset.reports.map((report) => report.party))].sort();

/** The references the issue names, as kind and id. */
export const REFERENCES = [
  { kind: 'decision', id: '18.46', text: 'Decision 18.46' },
  { kind: 'document', id: 'AC31 Doc. 10/PC25 Doc. 11', text: 'AC31 Doc.10/PC25 Doc. 11' },
  { kind: 'notification', id: '2020/027', text: 'Notification to the Parties No. 2020/0027' },
] as const;

/** Mexico's needs, as its card spells them out in English and in French. */
export const MEXICO_CARD = {
  en: [
    'Mexico',
    'Technical assistance',
    'Financial assistance',
    'Training',
    'Enforcement authorities',
    'Scientific Authority',
    'Management Authority, Enforcement authorities',
  ],
  fr: [
    'Mexique',
    'Assistance technique',
    'Assistance financière',
    'Formation',
    'Autorités chargées de la lutte contre la fraude',
    'Autorité scientifique',
    'Organe de gestion, Autorités chargées de la lutte contre la fraude',
  ],
};
