import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { E2E_API_TOKEN } from '../../playwright.config';
import { freshStoreEnv, mainStoreEnv, type StoreEnv } from './store';
import { serverLogFile } from './secrets';

export interface ExtraServer {
  baseURL: string;
  dataDir: string;
  /** The environment that names its store, for the CLIs (staff:add) and for opening it in a test. */
  storeEnv: StoreEnv;
  stop: () => void;
  /** Kills the server and its renderer at once with SIGKILL, as a crash or the OOM killer would. */
  crash: () => void;
  /** The server's primary process. */
  child: ChildProcess;
  /** Where its JSON log lines go. */
  logFile: string;
}

/** The process and its children (the front process forks the renderer). */
function familyOf(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return [pid, ...children.filter(Boolean).map(Number)];
  } catch {
    return [pid];
  }
}

/**
 * Another production server process for tests that need their own store (a freshly seeded page) or a
 * second process on the shared one. Ports are offset from E2E_PORT so parallel runs of the suite don't clash.
 */
export async function startServer(options: {
  portOffset: number;
  /** On the main server's store; otherwise on `storeEnv`, or a fresh store. */
  shared?: boolean;
  storeEnv?: StoreEnv;
  env?: Record<string, string>;
  /** Where its output (JSON log lines) goes; by default a file per port in the e2e log folder. */
  logFile?: string;
}): Promise<ExtraServer> {
  const port = Number(process.env.E2E_PORT ?? 3100) + options.portOffset;
  const logFile = options.logFile ?? serverLogFile(port);
  const storeEnv = options.shared ? mainStoreEnv() : (options.storeEnv ?? (await freshStoreEnv()));
  const dataDir = storeEnv.STATUS_DATA_DIR;
  const taken = await answers(`http://127.0.0.1:${port}`);
  if (taken) throw new Error(`port ${port} is already taken by another server; stop it first`);
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      STATUS_HOST: '127.0.0.1',
      ...storeEnv,
      STATUS_API_TOKEN: E2E_API_TOKEN,
      ...options.env,
    },
    // Its JSON log lines are kept for the check after the run that no log holds a secret.
    stdio: ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${baseURL}/api/v2/status.json`)).ok)
        return {
          baseURL,
          dataDir,
          storeEnv,
          child,
          logFile,
          stop: () => child.kill('SIGTERM'),
          crash: () => {
            for (const pid of familyOf(child.pid ?? 0)) process.kill(pid, 'SIGKILL');
          },
        };
    } catch {
      /* still starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on port ${port} did not start`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}
