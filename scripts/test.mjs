// @ts-check
// `npm test`: everything a fresh machine needs to prove the app works, in one command.
// Installs dependencies, Chromium and PostgreSQL when missing, then formatting, lint, import cycles, typecheck,
// unit tests, production build, e2e on the JSON files and again on PostgreSQL (E2E_STORES=file or =postgres runs
// one). A throwaway PostgreSQL server runs on TEST_PG_PORT (default E2E_PORT + 90) and is removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
// Outside test-results/, which Playwright empties when it starts.
const reports = join(root, '.test-reports');

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    return false;
  }
  console.log(`✔ ${label} (${seconds} s)`);
  return true;
}

const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);
/** Every folder of our own code, for the import-cycle check. */
const SOURCE_FOLDERS = ['app', 'components', 'lib', 'server', 'scripts', 'e2e', 'proxy.ts'];

function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return true;
  return run('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${chromium}. Install it with: sudo apt-get install -y chromium fonts-liberation`,
    );
    return false;
  }
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    run('apt-get update', 'apt-get', ['update'], { env: aptEnv, stdio: ['ignore', 'inherit', 'inherit'] }) &&
    run(
      'install Chromium',
      'apt-get',
      ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation', 'fonts-dejavu-core'],
      {
        env: aptEnv,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
  );
}

function postgresInstalled() {
  const base = '/usr/lib/postgresql';
  return existsSync(base) && readdirSync(base).some((v) => existsSync(join(base, v, 'bin', 'initdb')));
}

function ensurePostgres() {
  if (postgresInstalled()) return true;
  if (process.getuid?.() !== 0) {
    console.error('PostgreSQL is missing. Install it with: sudo apt-get install -y postgresql');
    return false;
  }
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    run('apt-get update', 'apt-get', ['update'], { env: aptEnv, stdio: ['ignore', 'inherit', 'inherit'] }) &&
    run('install PostgreSQL', 'apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      env: aptEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  // The package may start a default cluster of its own; the tests start theirs.
  spawnSync(
    'sh',
    ['-c', 'pg_lsclusters -h 2>/dev/null | while read v c _; do pg_ctlcluster "$v" "$c" stop; done'],
    {
      stdio: 'ignore',
    },
  );
  return installed;
}

/** @returns {{ dir: string; adminUrl: string } | null} */
function startPostgres() {
  const port = Number(process.env.TEST_PG_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
  console.log(`\n▶ PostgreSQL test server on 127.0.0.1:${port}`);
  const result = spawnSync(bin('tsx'), ['scripts/postgres/cluster-cli.ts', 'start', String(port), 'e2e'], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) return null;
  return JSON.parse(result.stdout);
}

/**
 * @param {string} file
 * @param {(report: any) => { passed: number; failed: number }} read
 */
function count(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const unitOnly = process.argv.includes('--unit');
const e2eOnly = process.argv.includes('--e2e');
// Other arguments go to Playwright, e.g. `npm run test:e2e -- e2e/home.spec.ts` (npm drops the `--` itself).
const playwrightArgs = process.argv.slice(2).filter((arg) => !['--unit', '--e2e', '--'].includes(arg));
mkdirSync(reports, { recursive: true });
rmSync(join(reports, 'unit.json'), { force: true });
rmSync(join(reports, 'e2e.json'), { force: true });
rmSync(join(reports, 'e2e-postgres.json'), { force: true });
const stores = (process.env.E2E_STORES ?? 'file,postgres').split(',').map((s) => s.trim());

let ok = ensureDependencies() && (unitOnly || ensureChromium()) && ensurePostgres();
const postgres = ok ? startPostgres() : null;
ok = ok && postgres !== null;
const removePostgres = () => {
  if (postgres)
    spawnSync(bin('tsx'), ['scripts/postgres/cluster-cli.ts', 'remove', postgres.dir], { cwd: root });
};
process.on('SIGINT', () => {
  removePostgres();
  process.exit(130);
});
if (postgres) env.TEST_DATABASE_URL = postgres.adminUrl;
if (!e2eOnly) {
  ok = ok && run('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
  ok = ok && run('lint', bin('eslint'), ['.', '--max-warnings=0']);
  ok =
    ok && run('import cycles', bin('depcruise'), ['--config', '.dependency-cruiser.cjs', ...SOURCE_FOLDERS]);
  ok = ok && run('typecheck', bin('tsc'), ['--noEmit']);
  ok =
    ok &&
    run('unit tests', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'unit.json')}`,
    ]);
}
if (!unitOnly) {
  ok = ok && run('production build', process.execPath, [join(root, 'scripts', 'build.mjs')]);
  if (stores.includes('file')) {
    ok =
      ok &&
      run(
        'end-to-end tests on the JSON files',
        bin('playwright'),
        ['test', '--pass-with-no-tests', ...playwrightArgs],
        {
          env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') },
        },
      );
  }
  if (stores.includes('postgres') && postgres) {
    const url = new URL(postgres.adminUrl);
    url.pathname = '/e2e';
    ok =
      ok &&
      run(
        'end-to-end tests on PostgreSQL',
        bin('playwright'),
        ['test', '--pass-with-no-tests', ...playwrightArgs],
        {
          env: {
            ...env,
            E2E_STORE: 'postgres',
            E2E_DATABASE_URL: url.toString(),
            PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e-postgres.json'),
          },
        },
      );
  }
}
removePostgres();

const unit = e2eOnly
  ? { passed: 0, failed: 0 }
  : count(join(reports, 'unit.json'), (/** @type {any} */ r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
    }));
/** @param {string} name */
const e2eReport = (name) =>
  count(join(reports, name), (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }));
const e2eParts = unitOnly
  ? []
  : [
      ...(stores.includes('file') ? [e2eReport('e2e.json')] : []),
      ...(stores.includes('postgres') ? [e2eReport('e2e-postgres.json')] : []),
    ];
const e2e = e2eParts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), {
  passed: 0,
  failed: 0,
});
const failed = ok ? unit.failed + e2e.failed : Math.max(1, unit.failed + e2e.failed);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
