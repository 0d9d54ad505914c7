import { errorLine } from '@/lib/store/postgres/pg-errors';

const PROBE_MS = 500;

/**
 * Whether the database answers. After a failure, reads serve the last good copy and writes answer 503 at once
 * instead of each waiting for a connection; a probe every half second notices when the database is back.
 */
export class PgHealth {
  private outage: { since: number; problem: string } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly database: string,
    private readonly probe: () => Promise<unknown>,
  ) {}

  get down(): boolean {
    return this.outage !== null;
  }

  /** What failed, e.g. `connect ECONNREFUSED 127.0.0.1:5432`. */
  problem(): string {
    return this.outage?.problem ?? 'no problem';
  }

  reason(): string {
    const seconds = this.outage ? Math.round((Date.now() - this.outage.since) / 1000) : 0;
    return `the database ${this.database} does not answer (${this.problem()}) for ${seconds} s`;
  }

  failed(error: unknown): void {
    if (this.outage || this.stopped) return;
    this.outage = { since: Date.now(), problem: errorLine(error) };
    console.error(
      `[store] ${this.database} does not answer (${this.outage.problem}). Serving the last good copy; writes answer 503 until it is back.`,
    );
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => void this.check(), delayMs);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    try {
      await this.probe();
      const seconds = this.outage ? ((Date.now() - this.outage.since) / 1000).toFixed(1) : '0';
      this.outage = null;
      console.info(`[store] ${this.database} answers again after ${seconds} s.`);
    } catch (error) {
      if (this.outage) this.outage.problem = errorLine(error);
      if (!this.stopped) this.schedule(PROBE_MS);
    }
  }
}
