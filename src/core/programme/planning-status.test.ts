import { describe, expect, test } from 'vitest';
import { deriveHardness, PLANNING_STATUSES, statusesWithHardness } from './planning-status';

// The rule of Planmonitor Wonen (shared/design/interop-planmonitor-wonen.md).
describe('deriveHardness', () => {
  test.each([
    ['1A', 'hard'],
    ['1B', 'hard'],
    ['1C', 'soft'],
    ['2A', 'hard'],
    ['2B', 'hard'],
    ['2C', 'soft'],
    ['3', 'soft'],
    ['4A', 'soft'],
    ['4B', 'soft'],
    ['5A', 'internal'],
    ['5B', 'internal'],
  ] as const)('%s is %s', (status, hardness) => {
    expect(deriveHardness(status)).toBe(hardness);
  });

  test('statusesWithHardness partitions every status', () => {
    const all = [
      ...statusesWithHardness('hard'),
      ...statusesWithHardness('soft'),
      ...statusesWithHardness('internal'),
    ];
    expect(all.sort()).toEqual([...PLANNING_STATUSES].sort());
  });
});
