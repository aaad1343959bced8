/**
 * The notes of the notes bench: a seeded generator (the same notes at every run) of notes such as
 * delegates write on CITES documents. About 500 documents (meeting documents of the Standing
 * Committee, the Conferences of the Parties and the scientific committees, with their cites.org
 * addresses), quotes of a few to some thirty words with 32 characters of context either side,
 * bodies of a few words to a short paragraph, words drawn with a Zipf-like frequency (the common
 * ones in many notes, the rare ones in few), some tags, links to the Parties and references the
 * quote names, dates over four years, some edited and about one in a hundred deleted.
 */
import type { Note, NoteDocument, NoteLink } from '../../../core/notes/index.ts';

export const DOCUMENT_COUNT = 500;

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Words in decreasing order of frequency (the order sets the Zipf weights). */
const VOCABULARY = `the of and to in on for that with by as is are be this its from at or which
should was were have has not their all other secretariat parties committee party trade species
implementation report specimens permits national measures information including management
standing conference decision resolution authorities enforcement capacity building training
legal illegal export import scientific review provisions support relevant within under annex
appendix provide further requested regarding document meeting workshop regional countries
international government customs officers controls wildlife plants animals population
populations assessment data reporting progress recommendations non detriment findings ndf
trade database stocks stockpiles seizures seized confiscated ivory rhinoceros horn pangolin
pangolins scales elephants elephant sharks rays timber rosewood dalbergia pterocarpus eels
anguilla totoaba vaquita tortoises turtles freshwater marine birds parrots reptiles
amphibians corals agarwood orchids cacti succulents bushmeat traceability identification
laboratory forensic dna genetic markers sampling guidance manual toolkit modules elearning
course participants trainers funding donors project projects sponsored quick response
mechanism traffic iucn unep unodc interpol wco icc consortium iccwc compliance article
legislation legislative penalties prosecution investigation intelligence risk profiling
ports airports border crossings couriers online internet advertisements markets demand
reduction consumers awareness campaigns communities livelihoods rural indigenous local
benefits sustainable use harvest quotas quota captive breeding ranching facilities
registration operations source codes labelling marking microchips tags caviar sturgeon
paddlefish crocodile skins leather fashion luxury pharmaceutical medicinal traditional
medicine aquarium ornamental fish seahorses hippocampus sea cucumbers queen conch strombus
mahogany cedar ebony sandalwood guaiacum prunus africana bulbs snowdrops cyclamen ginseng
lions leopards tigers big cats bones parts derivatives hunting trophies sport export permit
certificates reexport introduction from the sea electronic permitting systems epix
interoperability digitalization annual illegal trade reports biennial deadlines
submissions timeliness quality gaps needs assessment survey questionnaire responses
analysis indicators targets strategic vision objectives budget costed programme work
intersessional working group chair members observers vice regions africa asia europe
north central south america caribbean oceania small island developing states`.split(/\s+/);

const PARTIES: readonly (readonly [string, string])[] = [
  ['Kenya', 'KE'],
  ['Viet Nam', 'VN'],
  ['Madagascar', 'MG'],
  ['Brazil', 'BR'],
  ['France', 'FR'],
  ['China', 'CN'],
  ['Nigeria', 'NG'],
  ['Indonesia', 'ID'],
  ['Mexico', 'MX'],
  ['South Africa', 'ZA'],
  ['Thailand', 'TH'],
  ['Peru', 'PE'],
  ['Cameroon', 'CM'],
  ['Mozambique', 'MZ'],
  ['Malaysia', 'MY'],
  ['Colombia', 'CO'],
];

const TAGS = [
  'follow-up',
  'capacity building',
  'legislation',
  'enforcement',
  'NDF',
  'funding',
  'ivory',
  'timber',
  'sharks',
  'reporting',
  'training needs',
  'to discuss',
  'urgent',
  'customs',
  'traceability',
  'e-permits',
  'captive breeding',
  'quotas',
  'demand reduction',
  'Africa',
  'Asia',
  'Americas',
  'question',
  'SC follow-up',
];

const MEETINGS = [
  ...[69, 70, 73, 74, 75, 77, 78].map((n) => ({ code: `SC${n}`, file: `SC${n}` })),
  ...[17, 18, 19, 20].map((n) => ({ code: `CoP${n}`, file: `CoP${n}` })),
  ...[30, 31, 32, 33].map((n) => ({ code: `AC${n}`, file: `AC${n}` })),
  ...[24, 25, 26, 27].map((n) => ({ code: `PC${n}`, file: `PC${n}` })),
];

const TOPICS = [
  'Capacity-building',
  'National ivory action plans',
  'Rhinoceroses (Rhinocerotidae spp.)',
  'Pangolins (Manis spp.)',
  'Totoaba (Totoaba macdonaldi)',
  'Rosewood tree species',
  'Sharks and rays (Elasmobranchii spp.)',
  'Eels (Anguilla spp.)',
  'Non-detriment findings',
  'National legislation project',
  'Enforcement matters',
  'Electronic permitting systems',
  'Captive breeding and ranching',
  'Traceability',
  'Annual illegal trade reports',
  'Demand reduction strategies',
  'Introduction from the sea',
  'Big cats (Felidae spp.)',
  'Marine ornamental fishes',
  'Agarwood-producing taxa',
];

/** Zipf-like weights: the word of rank r has weight 1/(r + 8), so the commonest ones are not overwhelming. */
function zipfPicker(count: number): (u: number) => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let r = 0; r < count; r++) cumulative[r] = total += 1 / (r + 8);
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The documents: `DOCUMENT_COUNT` meeting documents with their codes, titles and addresses. */
export function makeDocuments(next: () => number): NoteDocument[] {
  const documents: NoteDocument[] = [];
  const seen = new Set<string>();
  while (documents.length < DOCUMENT_COUNT) {
    const meeting = MEETINGS[Math.floor(next() * MEETINGS.length)]!;
    const item = 1 + Math.floor(next() * 90);
    const sub = next() < 0.4 ? 1 + Math.floor(next() * 4) : 0;
    const code = `${meeting.code} Doc. ${item}${sub ? `.${sub}` : ''}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const file = `E-${meeting.file}-${two(item)}${sub ? `-${two(sub)}` : ''}.pdf`;
    documents.push({
      id: code,
      title: TOPICS[Math.floor(next() * TOPICS.length)]!,
      urls: [`https://cites.org/sites/default/files/documents/${meeting.file.replace(/\d+/, '')}/${file}`],
    });
  }
  return documents;
}

function uuid(next: () => number): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const variant = '89ab'[Math.floor(next() * 4)]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `count` notes over `DOCUMENT_COUNT` documents, the same ones for the same `seed`. */
export function makeNotes(count: number, seed = 42): Note[] {
  const next = random(seed);
  const documents = makeDocuments(next);
  const pick = zipfPicker(VOCABULARY.length);
  const word = () => VOCABULARY[pick(next())]!;
  const start2022 = Date.UTC(2022, 0, 1);
  const fourYears = 4 * 365 * 24 * 3600 * 1000;

  /** A run of `n` words, with now and then a Party or a reference named (and linked). */
  const text = (n: number, links?: NoteLink[]): string => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const u = next();
      if (links && u < 0.02) {
        const [name, code] = PARTIES[Math.floor(next() * PARTIES.length)]!;
        parts.push(name);
        links.push({ kind: 'party', id: code });
      } else if (links && u < 0.03) {
        const id = `${17 + Math.floor(next() * 3)}.${1 + Math.floor(next() * 250)}`;
        parts.push(`Decision ${id}`);
        links.push({ kind: 'decision', id });
      } else parts.push(word());
    }
    const sentence = parts.join(' ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  };

  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const document = documents[Math.floor(next() * documents.length)]!;
    const links: NoteLink[] = [];
    const exact = `${text(6 + Math.floor(next() * 25), links)}.`;
    const unique = new Map(links.map((link) => [`${link.kind}:${link.id}`, link]));
    const start = Math.floor(next() * 120_000);
    const created = start2022 + Math.floor(next() * fourYears);
    const edited = next() < 0.3;
    const modified = edited ? created + Math.floor(next() * 30 * 24 * 3600 * 1000) : created;
    const sentences = 1 + Math.floor(next() * 4);
    const body = Array.from({ length: sentences }, () => `${text(3 + Math.floor(next() * 18))}.`).join(' ');
    const tagCount = Math.floor(next() * next() * 4);
    const tags = [
      ...new Set(Array.from({ length: tagCount }, () => TAGS[Math.floor(next() * TAGS.length)]!)),
    ];
    const note: Note = {
      id: uuid(next),
      document,
      target: {
        quote: { exact, prefix: text(8).slice(-32), suffix: ` ${text(8)}`.slice(0, 32) },
        position: { start, end: start + exact.length },
      },
      body,
      tags,
      links: [...unique.values()],
      created: new Date(created).toISOString(),
      modified: new Date(modified).toISOString(),
      revision: edited ? 2 + Math.floor(next() * 3) : 1,
    };
    if (next() < 0.01) note.deleted = new Date(modified).toISOString();
    notes.push(note);
  }
  return notes;
}
