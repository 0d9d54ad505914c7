import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./writer.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Writer {
  child: ChildProcess;
  /** Resolves once the process has started and opened the store. */
  ready: Promise<void>;
  /** Resolves once the process has committed its first update. */
  progressed: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The revisions the process reported as committed. */
  revisions: number[];
  stderr: () => string;
  go: () => void;
}

/** Run test-fixtures/writer.ts in its own Node process (through tsx, as the app's scripts run). */
export function startWriter(
  dir: string,
  mode: 'counter' | 'append',
  count: number,
  label: string,
  waitForGo = false,
) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, mode, String(count), label], {
    cwd: repoRoot,
    env: { ...process.env, WAIT_FOR_GO: waitForGo ? '1' : '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const revisions: number[] = [];
  let stderr = '';
  let pending = '';
  let onReady = () => {};
  let onProgress = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const progressed = new Promise<void>((resolve) => (onProgress = resolve));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') onReady();
      else if (/^\d+$/.test(line)) {
        revisions.push(Number(line));
        onProgress();
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const writer: Writer = {
    child,
    ready,
    progressed,
    exited,
    revisions,
    stderr: () => stderr,
    go: () => child.stdin.write('go\n'),
  };
  return writer;
}
