import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache';

describe('ReadCache', () => {
  it('returns what was stored until a write invalidates it', () => {
    const cache = new ReadCache();
    cache.set('a', '{"x":1}', cache.version);
    expect(cache.get('a')).toBe('{"x":1}');
    cache.invalidate();
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not store a response computed while a write was under way', () => {
    const cache = new ReadCache();
    const version = cache.version;
    cache.invalidate(); // a write started after the read began
    cache.set('a', 'stale', version);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets the least recently used entry beyond its size, and entries older than its TTL', () => {
    let now = 0;
    const cache = new ReadCache(2, 1000, () => now);
    cache.set('a', '1', 0);
    cache.set('b', '2', 0);
    cache.get('a');
    cache.set('c', '3', 0);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('1');
    now = 1001;
    expect(cache.get('c')).toBeUndefined();
  });
});
