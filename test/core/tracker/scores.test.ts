import { describe, expect, it } from 'vitest';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import { ActivitySchema } from '../../../core/schemas/activity.ts';
import { NeedSchema } from '../../../core/schemas/need.ts';
import { SCORING_RULES } from '../../../core/tracker/scoring-rules.ts';
import { scoreIndicators, scoreParties } from '../../../core/tracker/scores.ts';
import {
  ASSESSMENT_ELEMENTS,
  gapProfile,
  SelfAssessmentSchema,
} from '../../../core/tracker/self-assessment.ts';

const need = NeedSchema.parse({
  id: 'n',
  party: 'MX',
  period: '2017',
  category: 'training',
  recipients: ['MA', 'SA', 'EA'],
  source: 's',
});
const activity = (id: string, status: string, recipients: string[]) =>
  ActivitySchema.parse({
    id,
    title: id,
    status,
    delivery: 'online',
    provider: 'P',
    category: 'training',
    beneficiaries: ['MX'],
    recipients,
    source: 's',
  });

describe('scores', () => {
  it('spell out their calculation: "2 of 3: training delivered to MA and EA, none yet to SA"', () => {
    const [score] = scoreParties({ needs: [need], activities: [activity('a', 'completed', ['MA', 'EA'])] });
    expect(score).toMatchObject({ party: 'MX', category: 'training', score: 2, max: 3 });
    expect(score!.explanation).toBe('2 of 3: training delivered to MA and EA, none yet to SA');
  });

  it('count only delivered activities, and say which are planned or underway', () => {
    const [score] = scoreParties({
      needs: [need],
      activities: [activity('a', 'ongoing', ['SA']), activity('b', 'cancelled', ['MA'])],
    });
    expect(score!.explanation).toBe('0 of 3: no training delivered yet, planned or underway for SA');
  });

  it('rate indicators by the progress thresholds the rules hold as data, with the indicator’s criterion', () => {
    const scores = scoreIndicators(exampleActivities());
    expect(scores.find((s) => s.indicator === 'ex-ind-02')).toMatchObject({
      score: 1,
      max: 3,
      parties: ['AR', 'MX', 'PE', 'SV', 'VE'],
    });
    expect(scores.find((s) => s.indicator === 'ex-ind-02')!.explanation).toContain(
      '36% of the way); 2 needs 50%',
    );
    const rule = SCORING_RULES.find((r) => r.rule.id === 'indicator-progress')!;
    expect(rule.description.fr.length).toBeGreaterThan(20);
  });
});

describe('self-assessment', () => {
  it('rates the elements the founding document lists, and more, each 0 to 3 against written criteria', () => {
    const ids = ASSESSMENT_ELEMENTS.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'legislation',
        'management-authority',
        'scientific-authority',
        'enforcement',
        'coordination',
        'permitting',
      ]),
    );
    for (const element of ASSESSMENT_ELEMENTS) expect(element.criteria).toHaveLength(4);
  });

  it('turns low ratings into a gap profile and suggested needs by category and recipient', () => {
    const profile = gapProfile(
      SelfAssessmentSchema.parse({
        party: 'MX',
        date: '2024-01-01',
        ratings: { 'scientific-authority': 1, enforcement: 0, permitting: 3 },
      }),
    );
    expect(profile.elements.find((e) => e.element === 'enforcement')).toMatchObject({ rating: 0, gap: 3 });
    expect(profile.elements.find((e) => e.element === 'permitting')).toMatchObject({ rating: 3, gap: 0 });
    expect(profile.suggestedNeeds.find((n) => n.category === 'training')).toMatchObject({
      recipients: ['SA', 'EA'],
    });
  });

  it('refuses ratings out of range or for unknown elements', () => {
    expect(
      SelfAssessmentSchema.safeParse({ party: 'MX', date: '2024-01-01', ratings: { enforcement: 4 } })
        .success,
    ).toBe(false);
    expect(
      SelfAssessmentSchema.safeParse({ party: 'MX', date: '2024-01-01', ratings: { astrology: 1 } }).success,
    ).toBe(false);
  });
});
