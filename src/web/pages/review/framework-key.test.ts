import { describe, expect, test } from 'vitest';
import { keyFromLabel } from './framework-key';

describe('keyFromLabel: a framework key the server accepts (letters and digits, starting with a letter)', () => {
  test.each([
    ['Groen en water', [], 'groenEnWater'],
    ['Één woning per kavel', [], 'eenWoningPerKavel'],
    ['2e fase', [], 'c2eFase'],
    ['!!', [], 'criterium'],
    ['Groen en water', ['groenEnWater'], 'groenEnWater2'],
    ['Groen en water', ['groenEnWater', 'groenEnWater2'], 'groenEnWater3'],
  ])('%s (taken %j) → %s', (label, taken, key) => {
    const result = keyFromLabel(label, taken);
    expect(result).toBe(key);
    expect(result).toMatch(/^[a-zA-Z][a-zA-Z0-9]{1,40}$/);
  });
});
