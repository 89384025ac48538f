import { describe, expect, it } from 'vitest';
import { ZPlanInput } from '../../../core/programme';
import { emptyForm, emptySegment, fieldId, toPlanInput } from './plan-form-state';

describe('plan form state', () => {
  it('turns typed text into a valid plan input', () => {
    const state = {
      ...emptyForm('GM0402'),
      name: 'Oude Haven (fictief)',
      planningStatus: '3' as const,
      lat: '52,22',
      lon: '5.17',
      segments: [
        { ...emptySegment(), segment: 'socialRent' as const, homes: '30', monthlyRentEur: '800' },
        { ...emptySegment(), segment: 'freeBuy' as const, homes: '1.070', priceEur: '550.000' },
      ],
      deliveries: [{ key: 'a', year: '2028', homes: '1100' }],
    };
    const parsed = ZPlanInput.safeParse(toPlanInput(state, { withBusinessCase: true }));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.segments[1]?.homes).toBe(1070);
    expect(parsed.data?.segments[1]?.priceEur).toBe(550000);
    expect(parsed.data?.location).toEqual({ lat: 52.22, lon: 5.17 });
    expect(parsed.data?.businessCase).toBeNull();
  });

  it('keeps rubbish as rubbish so that the schema names the field', () => {
    const state = { ...emptyForm('GM0402'), name: 'Test', planningStatus: '3' as const };
    state.segments = [{ ...emptySegment(), segment: 'midRent', homes: 'veel' }];
    const parsed = ZPlanInput.safeParse(toPlanInput(state, { withBusinessCase: false }));
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('segments.0.homes');
    expect(fieldId('segments.0.homes')).toBe('plan-segments-0-homes');
  });

  it('leaves the business case out when the user may not see it', () => {
    expect('businessCase' in toPlanInput(emptyForm(), { withBusinessCase: false })).toBe(false);
  });
});
