import type { Source } from '../schemas/need.ts';

/**
 * The founding document: the Secretariat's addendum on capacity-building to the joint AC31/PC25
 * sessions (June 2021), whose Annex 3 is the bundled needs table. Its document code is inferred
 * from the meeting and the title (the addendum to AC31 Doc. 10/PC25 Doc. 11); the transcription
 * itself is checked by a test that imports the document's text.
 */
export const FOUNDING_SOURCE: Source = {
  id: 'ac31-doc10-pc25-doc11-add-annex3',
  title:
    'Information on capacity-building needs provided by developing country Parties through the implementation reports, 2016-2018',
  document: 'AC31 Doc. 10/PC25 Doc. 11 Add.',
  part: 'Annex 3',
  date: '2021-06',
  verified: true,
  note: 'Transcribed from the document text; the document code is inferred from the meeting and the title, not read on cites.org.',
};
