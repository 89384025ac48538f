// The npm registry that our machines reach lacks Biome's per-platform binaries for other platforms, so
// `npm install` writes a lockfile without them and `npm ci` then refuses it ("Missing: @biomejs/cli-… from
// lock file"). This script adds the missing optional platform entries (without integrity; npm skips them on
// other platforms and fetches them on their own). Run `node scripts/lockfile.mjs` after `npm install`;
// `--check` only reports (used by test/lockfile.test.ts).
import fs from 'node:fs';
import path from 'node:path';

const file = path.resolve(import.meta.dirname, '..', 'package-lock.json');
const PLATFORM = /-(android|darwin|linux|win32|freebsd)-(arm64|x64|ia32|arm)(-musl)?$/;

export function missingPlatformEntries(lock) {
  const missing = {};
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
      const match = PLATFORM.exec(name);
      if (!match || lock.packages[`node_modules/${name}`]) continue;
      if (key && lock.packages[`${key}/node_modules/${name}`]) continue;
      const [, os, cpu, musl] = match;
      missing[`node_modules/${name}`] = {
        version,
        cpu: [cpu],
        dev: pkg.dev || undefined,
        libc: os === 'linux' ? [musl ? 'musl' : 'glibc'] : undefined,
        license: pkg.license,
        optional: true,
        os: [os],
        engines: pkg.engines,
      };
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  const missing = missingPlatformEntries(lock);
  const names = Object.keys(missing);
  if (process.argv.includes('--check')) {
    if (names.length) {
      console.error(`package-lock.json mist: ${names.join(', ')} — draai node scripts/lockfile.mjs`);
      process.exit(1);
    }
  } else if (names.length) {
    const merged = { ...lock.packages, ...missing };
    const [root, ...rest] = Object.keys(merged);
    lock.packages = Object.fromEntries([root, ...rest.sort()].map((k) => [k, merged[k]]));
    fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`package-lock.json: ${names.length} platformpakketten toegevoegd`);
  }
}
