/**
 * Self-assessment: a Party rates itself, 0 to 3 against written criteria, on the elements a
 * Party needs to implement CITES. The first six are those the founding document lists (relevant
 * national legislation, Management Authority, Scientific Authority, enforcement authorities,
 * cross-authority coordination, permitting system); the others come from the Secretariat's
 * essential elements for effective implementation (trained personnel, trade monitoring and
 * information systems, awareness among traders and the public, support of the judiciary).
 * The gap profile turns low ratings into needs, by category and recipient, for the needs view.
 */
import { z } from 'zod';
import { PartyCodeSchema } from '../schemas/party.ts';
import { sortRecipients, type NeedCategory, type RecipientCode } from '../schemas/code-lists.ts';
import type { Translated } from '../i18n/labels.ts';

export interface AssessmentElement {
  id: string;
  name: Translated;
  /** What ratings 0, 1, 2 and 3 mean, in order. */
  criteria: readonly [string, string, string, string];
  /** Who a gap in this element concerns, and what kind of capacity-building closes it. */
  recipients: RecipientCode[];
  categories: NeedCategory[];
  source: 'founding-document' | 'essential-elements';
}

const GENERIC = (subject: string): [string, string, string, string] => [
  `No ${subject} in place`,
  `${subject[0]!.toUpperCase()}${subject.slice(1)} partly in place, with major gaps`,
  `${subject[0]!.toUpperCase()}${subject.slice(1)} in place, with minor gaps`,
  `${subject[0]!.toUpperCase()}${subject.slice(1)} fully in place and working`,
];

export const ASSESSMENT_ELEMENTS: readonly AssessmentElement[] = [
  {
    id: 'legislation',
    name: {
      en: 'Relevant national legislation',
      fr: 'Législation nationale pertinente',
      es: 'Legislación nacional pertinente',
    },
    criteria: [
      'No legislation implementing CITES',
      'Legislation meets none or few of the four minimum requirements (authorities designated, trade in violation prohibited, penalized, specimens confiscated)',
      'Legislation meets most of the four minimum requirements',
      'Legislation meets all four minimum requirements and is applied',
    ],
    recipients: ['MA', 'O'],
    categories: ['advice', 'technical'],
    source: 'founding-document',
  },
  {
    id: 'management-authority',
    name: { en: 'Management Authority', fr: 'Organe de gestion', es: 'Autoridad Administrativa' },
    criteria: GENERIC('a designated and staffed Management Authority'),
    recipients: ['MA'],
    categories: ['training', 'technical'],
    source: 'founding-document',
  },
  {
    id: 'scientific-authority',
    name: { en: 'Scientific Authority', fr: 'Autorité scientifique', es: 'Autoridad Científica' },
    criteria: [
      'No Scientific Authority designated',
      'Designated, but non-detriment findings are rarely made or documented',
      'Non-detriment findings made for most trade, with gaps in data or method',
      'Non-detriment findings made and documented for all trade, on the best available science',
    ],
    recipients: ['SA'],
    categories: ['training', 'technical'],
    source: 'founding-document',
  },
  {
    id: 'enforcement',
    name: {
      en: 'Enforcement authorities',
      fr: 'Autorités chargées de la lutte contre la fraude',
      es: 'Autoridades de observancia',
    },
    criteria: GENERIC('trained and equipped enforcement of CITES at borders and inland'),
    recipients: ['EA'],
    categories: ['training', 'technical', 'financial'],
    source: 'founding-document',
  },
  {
    id: 'coordination',
    name: {
      en: 'Cross-authority coordination',
      fr: 'Coordination entre autorités',
      es: 'Coordinación entre autoridades',
    },
    criteria: GENERIC('coordination between the Management, Scientific and enforcement authorities'),
    recipients: ['MA', 'SA', 'EA'],
    categories: ['advice', 'other'],
    source: 'founding-document',
  },
  {
    id: 'permitting',
    name: {
      en: 'Permitting system',
      fr: 'Système de délivrance des permis',
      es: 'Sistema de expedición de permisos',
    },
    criteria: GENERIC('a permitting system issuing and checking CITES permits and certificates'),
    recipients: ['MA'],
    categories: ['technical', 'financial'],
    source: 'founding-document',
  },
  {
    id: 'trade-monitoring',
    name: {
      en: 'Trade monitoring and information systems',
      fr: 'Suivi du commerce et systèmes d’information',
      es: 'Seguimiento del comercio y sistemas de información',
    },
    criteria: GENERIC('records of trade, annual reports and information systems'),
    recipients: ['MA', 'SA'],
    categories: ['technical', 'financial'],
    source: 'essential-elements',
  },
  {
    id: 'awareness',
    name: {
      en: 'Awareness among traders and the public',
      fr: 'Sensibilisation des commerçants et du public',
      es: 'Sensibilización de comerciantes y público',
    },
    criteria: GENERIC('awareness of CITES rules among traders and the public'),
    recipients: ['T', 'P'],
    categories: ['advice', 'other'],
    source: 'essential-elements',
  },
  {
    id: 'judiciary',
    name: {
      en: 'Support of the judiciary and prosecutors',
      fr: 'Appui aux magistrats et procureurs',
      es: 'Apoyo a jueces y fiscales',
    },
    criteria: GENERIC('prosecution and sentencing of wildlife crime'),
    recipients: ['O'],
    categories: ['training', 'advice'],
    source: 'essential-elements',
  },
];

const RatingSchema = z.number().int().min(0).max(3);

export const SelfAssessmentSchema = z.object({
  party: PartyCodeSchema,
  date: z.iso.date(),
  /** Ratings by element id, 0 to 3. Elements left out are not rated. */
  ratings: z
    .record(z.string(), RatingSchema)
    .refine((ratings) => Object.keys(ratings).every((id) => ASSESSMENT_ELEMENTS.some((e) => e.id === id)), {
      message: 'unknown assessment element',
    }),
  notes: z.record(z.string(), z.string()).default({}),
});
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;

export interface GapProfile {
  party: string;
  elements: Array<{
    element: string;
    rating: number | undefined;
    gap: number;
    criterion: string | undefined;
  }>;
  /** Needs suggested by the gaps: elements rated 0 or 1, by category, recipients merged. */
  suggestedNeeds: Array<{ category: NeedCategory; recipients: RecipientCode[]; elements: string[] }>;
}

/** The gap profile of a self-assessment: how far each element is from 3, and the needs that follow. */
export function gapProfile(assessment: SelfAssessment): GapProfile {
  const elements = ASSESSMENT_ELEMENTS.map((element) => {
    const rating = assessment.ratings[element.id];
    return {
      element: element.id,
      rating,
      gap: rating === undefined ? 0 : 3 - rating,
      criterion: rating === undefined ? undefined : element.criteria[rating],
    };
  });
  const needs = new Map<NeedCategory, { recipients: Set<RecipientCode>; elements: string[] }>();
  for (const element of ASSESSMENT_ELEMENTS) {
    const rating = assessment.ratings[element.id];
    if (rating === undefined || rating > 1) continue;
    for (const category of element.categories) {
      const entry = needs.get(category) ?? { recipients: new Set<RecipientCode>(), elements: [] };
      element.recipients.forEach((code) => entry.recipients.add(code));
      entry.elements.push(element.id);
      needs.set(category, entry);
    }
  }
  return {
    party: assessment.party,
    elements,
    suggestedNeeds: [...needs].map(([category, entry]) => ({
      category,
      recipients: sortRecipients(entry.recipients),
      elements: entry.elements,
    })),
  };
}

type Criteria = readonly [string, string, string, string];

const GENERIC_FR = (subject: string): Criteria => [
  `Rien n’est en place : ${subject}`,
  `En partie en place, avec des lacunes majeures : ${subject}`,
  `En place, avec des lacunes mineures : ${subject}`,
  `Pleinement en place et opérationnel : ${subject}`,
];

const GENERIC_ES = (subject: string): Criteria => [
  `Nada en marcha: ${subject}`,
  `En parte en marcha, con grandes carencias: ${subject}`,
  `En marcha, con pequeñas carencias: ${subject}`,
  `Plenamente en marcha y en funcionamiento: ${subject}`,
];

/**
 * The criteria of each element in French and Spanish, by element id, in the order of ratings
 * 0 to 3 (the English criteria stay on the elements themselves).
 */
export const ASSESSMENT_CRITERIA_TRANSLATIONS: Readonly<Record<string, { fr: Criteria; es: Criteria }>> = {
  legislation: {
    fr: [
      'Aucune législation d’application de la CITES',
      'La législation remplit peu ou aucune des quatre conditions minimales (autorités désignées, commerce contraire interdit, sanctionné, spécimens confisqués)',
      'La législation remplit la plupart des quatre conditions minimales',
      'La législation remplit les quatre conditions minimales et est appliquée',
    ],
    es: [
      'Ninguna legislación que aplique la CITES',
      'La legislación cumple pocos o ninguno de los cuatro requisitos mínimos (autoridades designadas, comercio contrario prohibido, sancionado, especímenes confiscados)',
      'La legislación cumple la mayoría de los cuatro requisitos mínimos',
      'La legislación cumple los cuatro requisitos mínimos y se aplica',
    ],
  },
  'management-authority': {
    fr: GENERIC_FR('un organe de gestion désigné et doté de personnel'),
    es: GENERIC_ES('una Autoridad Administrativa designada y con personal'),
  },
  'scientific-authority': {
    fr: [
      'Aucune autorité scientifique désignée',
      'Désignée, mais les avis de commerce non préjudiciable sont rarement émis ou documentés',
      'Avis de commerce non préjudiciable émis pour la plupart du commerce, avec des lacunes de données ou de méthode',
      'Avis de commerce non préjudiciable émis et documentés pour tout le commerce, sur la base des meilleures données scientifiques disponibles',
    ],
    es: [
      'Ninguna Autoridad Científica designada',
      'Designada, pero los dictámenes de extracción no perjudicial rara vez se formulan o documentan',
      'Dictámenes de extracción no perjudicial formulados para la mayor parte del comercio, con carencias de datos o de método',
      'Dictámenes de extracción no perjudicial formulados y documentados para todo el comercio, con la mejor información científica disponible',
    ],
  },
  enforcement: {
    fr: GENERIC_FR(
      'une lutte contre la fraude CITES formée et équipée, aux frontières et à l’intérieur du pays',
    ),
    es: GENERIC_ES('una observancia de la CITES capacitada y equipada, en las fronteras y en el interior'),
  },
  coordination: {
    fr: GENERIC_FR(
      'la coordination entre l’organe de gestion, l’autorité scientifique et les autorités de lutte contre la fraude',
    ),
    es: GENERIC_ES('la coordinación entre las autoridades administrativa, científica y de observancia'),
  },
  permitting: {
    fr: GENERIC_FR('un système de délivrance et de contrôle des permis et certificats CITES'),
    es: GENERIC_ES('un sistema que expide y verifica permisos y certificados CITES'),
  },
  'trade-monitoring': {
    fr: GENERIC_FR('l’enregistrement du commerce, les rapports annuels et les systèmes d’information'),
    es: GENERIC_ES('registros del comercio, informes anuales y sistemas de información'),
  },
  awareness: {
    fr: GENERIC_FR('la connaissance des règles CITES par les commerçants et le public'),
    es: GENERIC_ES('el conocimiento de las normas CITES por comerciantes y público'),
  },
  judiciary: {
    fr: GENERIC_FR('les poursuites et les condamnations pour les infractions contre les espèces sauvages'),
    es: GENERIC_ES('el enjuiciamiento y la condena de los delitos contra la vida silvestre'),
  },
};

/** An element's criteria (ratings 0 to 3) in `lang`; English where no translation exists. */
export function elementCriteria(element: AssessmentElement, lang: 'en' | 'fr' | 'es'): Criteria {
  if (lang === 'en') return element.criteria;
  return ASSESSMENT_CRITERIA_TRANSLATIONS[element.id]?.[lang] ?? element.criteria;
}
