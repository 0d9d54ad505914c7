import { spawn, type ChildProcess } from 'node:child_process';
import { E2E_API_TOKEN } from '../../playwright.config';
import { freshStoreEnv, mainStoreEnv, type StoreEnv } from './store';

export interface ExtraServer {
  baseURL: string;
  dataDir: string;
  /** The environment that names its store, for the CLIs (staff:add) and for opening it in a test. */
  storeEnv: StoreEnv;
  stop: () => void;
}

/**
 * Another production server process for tests that need their own store (a freshly seeded page) or a
 * second process on the shared one. Ports are offset from E2E_PORT so parallel runs of the suite don't clash.
 */
export async function startServer(options: { portOffset: number; shared?: boolean }): Promise<ExtraServer> {
  const port = Number(process.env.E2E_PORT ?? 3100) + options.portOffset;
  const storeEnv = options.shared ? mainStoreEnv() : await freshStoreEnv();
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
    },
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${baseURL}/api/v2/status.json`)).ok)
        return { baseURL, dataDir, storeEnv, stop: () => child.kill('SIGTERM') };
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
