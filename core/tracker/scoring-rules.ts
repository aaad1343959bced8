/**
 * The scoring rules, as data: what each score measures, how it is computed, and the thresholds
 * it uses. The interface shows them and `docs`-style text is generated from them; the code in
 * scores.ts only interprets them.
 */
import { z } from 'zod';
import type { Translated } from '../i18n/labels.ts';

export const ScoringRuleSchema = z.discriminatedUnion('method', [
  z.object({
    id: z.string(),
    method: z.literal('recipients-reached'),
    /** Activity statuses that count as having delivered. */
    countsAsDelivered: z.array(z.enum(['planned', 'ongoing', 'completed'])).min(1),
  }),
  z.object({
    id: z.string(),
    method: z.literal('indicator-progress'),
    /** The lowest share of the way from baseline to target that earns each rating. */
    thresholds: z
      .array(z.object({ rating: z.number().int().min(0), minimumProgress: z.number().min(0) }))
      .min(1),
  }),
]);
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;

export interface DescribedRule {
  rule: ScoringRule;
  title: Translated;
  description: Translated;
}

/** The rules in force. */
export const SCORING_RULES: readonly DescribedRule[] = [
  {
    rule: ScoringRuleSchema.parse({
      id: 'recipients-reached',
      method: 'recipients-reached',
      countsAsDelivered: ['completed'],
    }),
    title: {
      en: 'Needs reached',
      fr: 'Besoins atteints',
      es: 'Necesidades atendidas',
    },
    description: {
      en: 'For each Party and each need category it reported: how many of the recipients it named (MA, SA, EA, T, N, P, O) a completed activity of that category has reached, out of how many it named. Activities still planned or ongoing are mentioned but do not count.',
      fr: 'Pour chaque Partie et chaque catégorie de besoin signalée : combien des bénéficiaires nommés (MA, SA, EA, T, N, P, O) une activité terminée de cette catégorie a atteints, sur combien ont été nommés. Les activités prévues ou en cours sont mentionnées mais ne comptent pas.',
      es: 'Para cada Parte y cada categoría de necesidad notificada: cuántos de los destinatarios nombrados (MA, SA, EA, T, N, P, O) ha alcanzado una actividad terminada de esa categoría, de cuántos se nombraron. Las actividades previstas o en curso se mencionan pero no cuentan.',
    },
  },
  {
    rule: ScoringRuleSchema.parse({
      id: 'indicator-progress',
      method: 'indicator-progress',
      thresholds: [
        { rating: 0, minimumProgress: 0 },
        { rating: 1, minimumProgress: 0.25 },
        { rating: 2, minimumProgress: 0.5 },
        { rating: 3, minimumProgress: 0.75 },
      ],
    }),
    title: { en: 'Indicator progress', fr: 'Progrès des indicateurs', es: 'Progreso de los indicadores' },
    description: {
      en: 'For each indicator with a baseline, a target and an actual value: the share of the way from baseline to target reached so far. Rating 1 from 25%, 2 from 50%, 3 from 75%; the indicator’s own written criteria say what each rating means for it.',
      fr: 'Pour chaque indicateur ayant une valeur de référence, une cible et une valeur actuelle : la part du chemin parcouru de la référence à la cible. Note 1 dès 25 %, 2 dès 50 %, 3 dès 75 % ; les critères écrits de l’indicateur disent ce que chaque note signifie.',
      es: 'Para cada indicador con valor de referencia, meta y valor actual: la parte del camino recorrida de la referencia a la meta. Calificación 1 desde el 25 %, 2 desde el 50 %, 3 desde el 75 %; los criterios escritos del indicador dicen qué significa cada calificación.',
    },
  },
];
