// @ts-check
// `npm start`: builds the production app when no build exists yet, then starts the compiled front server.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const main = join(root, distDir, 'front', 'main.mjs');
process.chdir(root);

if (!existsSync(join(root, distDir, 'BUILD_ID')) || !existsSync(main)) {
  console.log('No production build found; building first (about a minute)…');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(main);
