import { describe, expect, it } from 'vitest';
import { progressTone } from './progress';

const period = { start: 2022, end: 2030 };

describe('progressTone', () => {
  it('compares delivered homes with a straight path to the target', () => {
    // 1 July 2026: 4.5 of 9 years have passed, so the path is at 3500 of 7000.
    const now = new Date('2026-07-01T12:00:00');
    expect(progressTone(3500, 7000, period, now)).toBe('ok');
    expect(progressTone(3000, 7000, period, now)).toBe('risk');
    expect(progressTone(2900, 7000, period, now)).toBe('behind');
  });

  it('has nothing to say without a target, and nothing is late before the period starts', () => {
    expect(progressTone(0, null, period, new Date('2026-01-01'))).toBeNull();
    expect(progressTone(0, 7000, period, new Date('2021-06-01'))).toBe('ok');
  });
});
