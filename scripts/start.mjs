// `npm start`: builds the production app when no build exists yet, then starts the server.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!existsSync(join(root, distDir, 'BUILD_ID'))) {
  console.log('No production build found; building first (about a minute)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('../server.mjs');
