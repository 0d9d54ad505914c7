// @ts-check
// `npm run build`: the Next app, then the front server (server/*.ts) compiled into the build folder, so that
// production starts plain JavaScript and compiles nothing at start-up.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
export const distDir = process.env.NEXT_DIST_DIR || '.next';

/** Compiles server/main.ts, server/renderer.ts and server/notifier.ts (with the lib/ code they use) into `<distDir>/front/`. */
export async function buildFrontServer() {
  await build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts', 'server/renderer.ts', 'server/notifier.ts'],
    outdir: join(distDir, 'front'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const next = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (next.status !== 0) process.exit(next.status ?? 1);
  await buildFrontServer();
  console.log(`Front server compiled into ${join(distDir, 'front')}`);
}
