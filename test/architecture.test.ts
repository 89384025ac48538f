import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The rule of the house (architecture.md): src/core imports no IO and nothing from server, web or cli;
 * src/web never imports src/server. Biome's noRestrictedImports enforces it while editing; this test
 * proves it over the whole tree.
 */
const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

function resolvesInto(file: string, spec: string, folder: string): boolean {
  return spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(root, folder));
}

describe('module boundaries', () => {
  test('src/core imports no IO, framework or other layer', () => {
    const offending = sourceFiles(path.join(root, 'src/core')).flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            /^(node:|fs$|path$|pg$|@electric-sql|drizzle-orm|fastify|react)/.test(spec) ||
            ['src/server', 'src/web', 'src/cli'].some((folder) => resolvesInto(file, spec, folder)),
        )
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  test('src/web never imports src/server or src/cli', () => {
    const offending = sourceFiles(path.join(root, 'src/web')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => ['src/server', 'src/cli'].some((folder) => resolvesInto(file, spec, folder)))
        .map((spec) => `${path.relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  test('the check itself finds a forbidden import', () => {
    const fake = path.join(root, 'src/core/programme/x.ts');
    expect(resolvesInto(fake, '../../server/app', 'src/server')).toBe(true);
  });
});
