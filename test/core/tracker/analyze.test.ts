import { describe, expect, it } from 'vitest';
import { defaultDataset } from '../../../core/data/default-dataset.ts';
import { exampleActivities } from '../../../core/data/example-activities.ts';
import type { ActivityInput } from '../../../core/schemas/activity.ts';
import { ActivitySchema } from '../../../core/schemas/activity.ts';
import { NeedSchema, type NeedInput } from '../../../core/schemas/need.ts';
import { analyze, findingsToCsv } from '../../../core/tracker/analyze.ts';

const activity = (input: Partial<ActivityInput> & { id: string }) =>
  ActivitySchema.parse({
    title: input.id,
    status: 'ongoing',
    delivery: 'online',
    provider: 'Provider A',
    category: 'training',
    beneficiaries: ['MX'],
    recipients: ['MA'],
    source: 's',
    ...input,
  });
const need = (input: Partial<NeedInput> & { party: string }) =>
  NeedSchema.parse({
    id: `need:${input.party}:${input.period ?? '2017'}:${input.category ?? 'training'}`,
    period: '2017',
    category: 'training',
    recipients: ['MA'],
    source: 's',
    ...input,
  });

describe('coverage', () => {
  it('covers a need by an activity for the Party, in the category, with a recipient in common', () => {
    const result = analyze({
      needs: [need({ party: 'MX', recipients: ['MA', 'SA'] })],
      activities: [activity({ id: 'a1', recipients: ['SA', 'T'] })],
    });
    expect(result.unmet).toEqual([]);
    expect(result.covered[0]).toMatchObject({ activities: ['a1'], reached: ['SA'] });
    expect(result.covered[0]!.reason).toContain('none yet for Management Authority');
  });

  it('does not count a cancelled activity, another category, another Party or no shared recipient', () => {
    const result = analyze({
      needs: [need({ party: 'MX', recipients: ['MA'] })],
      activities: [
        activity({ id: 'cancelled', status: 'cancelled' }),
        activity({ id: 'advice', category: 'advice' }),
        activity({ id: 'peru', beneficiaries: ['PE'] }),
        activity({ id: 'traders', recipients: ['T'] }),
      ],
    });
    expect(result.covered).toEqual([]);
    expect(result.unmet).toHaveLength(1);
    expect(result.unmet[0]!.reason).toBe(
      'No activity that is not cancelled gives training to MX for Management Authority.',
    );
  });
});

describe('overlap', () => {
  const base = { beneficiaries: ['MX'], recipients: ['MA', 'EA'] as ('MA' | 'EA')[] };
  it('finds two activities of different providers for the same Party, category and recipient at the same time', () => {
    const result = analyze({
      needs: [],
      activities: [
        activity({ id: 'b', provider: 'One', start: '2023-01-01', end: '2023-06-30', ...base }),
        activity({
          id: 'a',
          provider: 'Two',
          start: '2023-06-01',
          end: '2023-12-31',
          ...base,
          recipients: ['EA'],
        }),
      ],
    });
    expect(result.overlaps).toMatchObject([
      { party: 'MX', category: 'training', recipients: ['EA'], activities: ['a', 'b'] },
    ]);
  });

  it('does not flag the same provider, dates apart, a cancelled activity or no shared recipient', () => {
    const result = analyze({
      needs: [],
      activities: [
        activity({ id: 'a', provider: 'One', start: '2023-01-01', end: '2023-03-31', ...base }),
        activity({ id: 'b', provider: 'one ', start: '2023-01-01', end: '2023-03-31', ...base }),
        activity({ id: 'c', provider: 'Two', start: '2023-04-01', end: '2023-05-31', ...base }),
        activity({ id: 'd', provider: 'Three', status: 'cancelled', ...base }),
        activity({
          id: 'e',
          provider: 'Four',
          start: '2023-01-01',
          recipients: ['T'],
          beneficiaries: ['MX'],
        }),
      ],
    });
    expect(result.overlaps).toEqual([]);
  });
});

describe('collaboration', () => {
  it('proposes one regional activity where three Parties of a region share an unmet need and a recipient', () => {
    const result = analyze({
      needs: [
        need({ party: 'AR', recipients: ['MA', 'EA'] }),
        need({ party: 'PE', recipients: ['MA'] }),
        need({ party: 'SV', recipients: ['MA', 'SA'] }),
        need({ party: 'MX', recipients: ['MA'] }), // North America: another region
      ],
      activities: [],
    });
    expect(result.collaborations).toMatchObject([
      { region: 'csac', category: 'training', recipient: 'MA', parties: ['AR', 'PE', 'SV'] },
    ]);
  });
});

describe('the analysis of the founding document against the illustrative activities', () => {
  const analysis = analyze({ needs: defaultDataset().needs, activities: exampleActivities().activities });

  it('accounts for every one of the 60 needs, as unmet or covered', () => {
    expect(analysis.unmet.length + analysis.covered.length).toBe(60);
    expect(analysis.covered.find((c) => c.party === 'MX' && c.category === 'training')?.activities).toEqual([
      'ex-act-01',
      'ex-act-02',
      'ex-act-03',
      'ex-act-04',
    ]);
  });

  it('prints findings as CSV with sorted lists, codes in report order and empty cells empty', () => {
    const csv = findingsToCsv(analysis).trim().split('\n');
    expect(csv[0]).toBe('finding,parties,period,category,recipients,activities');
    expect(csv).toContain('unmet,AR,2015-2017,technical,EA,');
    expect(csv).toContain('covered,MX,2015-2017,training,MA EA,ex-act-01 ex-act-02 ex-act-03 ex-act-04');
    expect(csv).toContain('overlap,MX,,training,EA,ex-act-03 ex-act-04');
    expect(csv).toContain('collaboration,PE SV VE,,financial,MA,');
    expect(csv.every((line) => line.split(',').length === 6)).toBe(true);
  });
});
