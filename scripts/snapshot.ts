/**
 * `npm run snapshot -- --out DIR [--from URL]`: a static copy of the public surface (pages in six languages,
 * embed, v2 JSON, feeds, calendar JSON and .ics, badge, the stylesheets the pages need) that any static host
 * or CDN can serve while the app is down. Without --from, it starts the production renderer on a loopback
 * port over the configured store (STATUS_DATA_DIR) and reads from it.
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRendererReady } from '@/server/renderer-messages';
import { writeSnapshot } from '@/server/snapshot';

const root = join(import.meta.dirname, '..');
const distDir = process.env.NEXT_DIST_DIR || '.next';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function startRenderer(): Promise<{ base: string; stop: () => void }> {
  const script = join(root, distDir, 'front', 'renderer.mjs');
  if (!existsSync(script) || !existsSync(join(root, distDir, 'BUILD_ID'))) {
    console.error('No production build found; building first…');
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const child = fork(script, { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m) => isRendererReady(m) && resolve(m.port));
    child.once('exit', (code) => reject(new Error(`the renderer exited (${code}) before it was ready`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const out = option('--out');
  if (!out) {
    console.error('Usage: npm run snapshot -- --out DIR [--from http://host:port]');
    process.exit(2);
  }
  const from = option('--from');
  const renderer = from ? null : await startRenderer();
  try {
    const started = Date.now();
    const result = await writeSnapshot(from ?? renderer?.base ?? '', out);
    console.log(
      `Snapshot: ${result.files} files, ${Math.round(result.bytes / 1024)} KiB in ${result.dir} (${Date.now() - started} ms)`,
    );
  } finally {
    renderer?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
