import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { missingPlatformEntries } from '../scripts/lockfile.mjs';

describe('package-lock.json', () => {
  it('lists every optional platform package, so that `npm ci` accepts it', () => {
    const lock = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../package-lock.json'), 'utf8'),
    );
    expect(Object.keys(missingPlatformEntries(lock))).toEqual([]);
  });

  it('finds a missing platform entry', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/tool': {
          version: '1.0.0',
          optionalDependencies: { 'tool-darwin-arm64': '1.0.0', other: '1' },
        },
      },
    };
    expect(Object.keys(missingPlatformEntries(lock))).toEqual(['node_modules/tool-darwin-arm64']);
  });
});
