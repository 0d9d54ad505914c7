import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';
import { isRendererReady, messageType, type PrimaryToRenderer } from '@/server/renderer-messages';

/** Where the renderer can be reached, or why it cannot. */
export interface RendererState {
  port: number | null;
  reason: string | null;
}

export interface SupervisorOptions {
  script: string;
  execArgv: string[];
  logger: Logger;
  onState: (state: RendererState) => void;
  onRestart?: (reason: string) => void;
  /** Ping interval and how long without an answer makes the renderer hung. */
  pingMs?: number;
  hungAfterMs?: number;
  /** How long Next may take to start before the attempt is abandoned. */
  startTimeoutMs?: number;
  /** How long a renderer must have been up for its exit to restart it without a longer wait. */
  stableMs?: number;
}

/**
 * Waits between restarts: quick at first, then slower while it keeps failing. A renderer that served for
 * `stableMs` (10 s, as Docker's restart policy counts it) was not crash-looping: its next restart is quick again.
 */
const BACKOFF_MS = [100, 500, 1_000, 2_000, 5_000, 10_000];
const STABLE_MS = 10_000;

/**
 * Runs the renderer as a child process and keeps it running: restarts it with backoff when it exits, fails
 * to start or stops answering pings (hung), and reports every change, with the reason, to `onState`.
 */
export function superviseRenderer(options: SupervisorOptions) {
  const { logger } = options;
  const pingMs = options.pingMs ?? 1_000;
  // Generous: under an outage's load a busy renderer on a starved CPU can miss pings for seconds while it
  // loads a route, and killing it then would turn slowness into a restart loop. Cached pages are served
  // (stale after two seconds) whatever it does.
  const hungAfterMs = options.hungAfterMs ?? 10_000;
  let child: ChildProcess | null = null;
  let state: RendererState = { port: null, reason: 'starting' };
  let failures = 0;
  let readyAt = 0;
  let lastPong = 0;
  let stopping = false;
  let pending = new Map<number, (metrics: unknown) => void>();
  let nextId = 1;

  const setState = (next: RendererState) => {
    state = next;
    options.onState(state);
  };
  const post = (message: PrimaryToRenderer) => {
    if (child?.connected) child.send(message);
  };

  function start() {
    const started = Date.now();
    const proc = fork(options.script, { execArgv: options.execArgv, stdio: 'inherit' });
    child = proc;
    let why = 'exited';
    const startTimer = setTimeout(() => {
      why = 'did not start in time';
      proc.kill('SIGKILL');
    }, options.startTimeoutMs ?? 90_000);
    const pinger = setInterval(() => {
      if (state.port === null || child !== proc) return;
      if (Date.now() - lastPong > hungAfterMs) {
        why = `hung (no answer to pings for ${Date.now() - lastPong} ms)`;
        logger.error({ pid: proc.pid }, `renderer ${why}; killing it`);
        setState({ port: null, reason: why });
        proc.kill('SIGKILL');
        return;
      }
      post({ type: 'ping', at: Date.now() });
    }, pingMs);
    proc.on('message', (message) => {
      if (isRendererReady(message)) {
        clearTimeout(startTimer);
        readyAt = lastPong = Date.now();
        logger.info({ pid: proc.pid, port: message.port, ms: readyAt - started }, 'renderer ready');
        setState({ port: message.port, reason: null });
      } else if (messageType(message) === 'pong') lastPong = Date.now();
      else if (messageType(message) === 'metrics') {
        const id = Number(Reflect.get(message as object, 'id'));
        pending.get(id)?.(Reflect.get(message as object, 'metrics'));
        pending.delete(id);
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(startTimer);
      clearInterval(pinger);
      if (child === proc) child = null;
      const reason = `${why} (${signal ? `signal ${signal}` : `code ${code}`})`;
      setState({ port: null, reason: `renderer ${reason}` });
      if (stopping) return;
      if (readyAt && Date.now() - readyAt >= (options.stableMs ?? STABLE_MS)) failures = 0;
      const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] ?? 10_000;
      failures++;
      readyAt = 0;
      logger.error({ pid: proc.pid, code, signal, restartInMs: delay }, `renderer ${reason}; restarting`);
      options.onRestart?.(why);
      setTimeout(() => stopping || start(), delay);
    });
  }

  start();
  return {
    state: () => state,
    pid: () => child?.pid,
    /** The renderer's metrics as JSON, or null when it does not answer quickly. */
    metrics(): Promise<unknown> {
      const id = nextId++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(null);
        }, 2_000);
        pending.set(id, (m) => {
          clearTimeout(timer);
          resolve(m);
        });
        post({ type: 'metrics-request', id });
      });
    },
    /** Lets the renderer finish what it is doing and stop; kills it after `graceMs`. */
    stop(graceMs: number): Promise<void> {
      stopping = true;
      pending = new Map();
      const proc = child;
      if (!proc || proc.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        if (proc.connected) proc.send({ type: 'shutdown' });
        else proc.kill('SIGTERM');
      });
    },
  };
}
