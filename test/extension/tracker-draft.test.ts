import { describe, expect, it } from 'vitest';
import {
  activityFromForm,
  emptyForm,
  emptyIndicator,
  formOf,
  type ActivityForm,
} from '../../extension/tracker/activity-draft.ts';

function filled(patch: Partial<ActivityForm> = {}): ActivityForm {
  return {
    ...emptyForm('act-1'),
    title: 'Customs training',
    provider: 'CITES Secretariat',
    beneficiaries: 'mx, pe',
    recipients: ['EA', 'MA'],
    donors: 'Donor A; Donor B',
    objectives: '1.6; 3.2',
    ...patch,
  };
}

describe('the activity form', () => {
  it('turns what was typed into a valid activity stamped with the tracker source', () => {
    const result = activityFromForm(
      filled({ budget: { amount: '12 500,50', currency: 'eur', funding: 'core' }, visibility: 'public' }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activity).toMatchObject({
      id: 'act-1',
      beneficiaries: ['MX', 'PE'],
      recipients: ['MA', 'EA'],
      donors: ['Donor A', 'Donor B'],
      objectives: ['1.6', '3.2'],
      budget: { amount: 12500.5, currency: 'EUR', funding: 'core' },
      source: 'tracker',
      visibility: 'public',
    });
    expect(result.activity.spent).toBeUndefined();
  });

  it('gives every problem by field and changes nothing in the form', () => {
    const form = filled({
      title: ' ',
      beneficiaries: 'MX ZZ',
      start: '2026-05-01',
      end: '2026-01-01',
      objectives: '9.9',
      budget: { amount: 'ten', currency: 'USD', funding: 'core' },
      spent: { amount: '5', currency: 'dollars', funding: 'core' },
    });
    const copy = structuredClone(form);
    const result = activityFromForm(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['beneficiaries', 'budget.amount', 'end', 'objectives', 'spent.currency', 'title'].sort(),
    );
    expect(result.errors.beneficiaries).toContain('ZZ');
    expect(result.errors['budget.amount']).toContain('ten');
    expect(form).toEqual(copy);
  });

  it('gives new indicators ids under the activity and keeps the written criteria by rating', () => {
    const indicator = {
      ...emptyIndicator(),
      title: 'Officers trained',
      baseline: '0',
      target: '40',
      actual: '10',
      criteria: ['', 'A few officers', '', 'Every border post'] as [string, string, string, string],
    };
    const result = activityFromForm(filled({ indicators: [indicator, { ...indicator, id: 'act-1.i1' }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.indicators.map((i) => i.id)).toEqual(['act-1.i2', 'act-1.i1']);
    expect(result.activity.indicators).toEqual(['act-1.i2', 'act-1.i1']);
    expect(result.indicators[0]).toMatchObject({
      activity: 'act-1',
      baseline: 0,
      target: 40,
      actual: 10,
      criteria: [
        { rating: 1, criterion: 'A few officers' },
        { rating: 3, criterion: 'Every border post' },
      ],
    });
  });

  it('reports an indicator problem at the indicator field', () => {
    const result = activityFromForm(filled({ indicators: [{ ...emptyIndicator(), target: 'x' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveProperty(['indicators.0.target']);
    expect(result.errors).toHaveProperty(['indicators.0.title']);
  });

  it('shows a stored activity as it was, and reads it back the same', () => {
    const first = activityFromForm(
      filled({
        indicators: [{ ...emptyIndicator(), title: 'Officers', criteria: ['None', '', '', 'All'] }],
        spent: { amount: '100', currency: 'USD', funding: 'extrabudgetary' },
      }),
    );
    if (!first.ok) throw new Error('invalid');
    const again = activityFromForm(formOf(first.activity, first.indicators));
    expect(again).toEqual(first);
  });
});
