// Builds the web app into dist/web when it is missing or older than its sources, so that a second
// `npm start` does not rebuild (and is ready in a few seconds).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'dist/web/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src/web', 'src/core'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const changed = Math.max(
  ...sources.map(newestMtime),
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
);
if (built > changed && !process.argv.includes('--force')) {
  console.log('Web-app is actueel (dist/web).');
} else {
  console.log('Web-app bouwen…');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
