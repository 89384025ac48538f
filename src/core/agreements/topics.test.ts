import { describe, expect, test } from 'vitest';
import { COMMITMENT_TOPICS, isComputable, topicOf } from './topics';

describe('the topic registry', () => {
  test('every key is unique and every topic has a Dutch label and help text', () => {
    expect(new Set(COMMITMENT_TOPICS.map((t) => t.key)).size).toBe(COMMITMENT_TOPICS.length);
    for (const topic of COMMITMENT_TOPICS) {
      expect(topic.label.length).toBeGreaterThan(3);
      expect(topic.help).toMatch(/\.$/);
    }
  });

  test.each([
    ['newSocialRent', true],
    ['newAffordable', true],
    ['sustainability', false],
    ['firstRightToLocations', false],
    ['unknown', false],
  ])('%s computable from plans: %s', (key, expected) => {
    expect(isComputable(key)).toBe(expected);
  });

  test('an unknown key reads as "Overig"', () => {
    expect(topicOf('nope').key).toBe('other');
  });
});
