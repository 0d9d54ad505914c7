import pg from 'pg';
import { errorLine } from '@/lib/store/postgres/pg-errors';
import { CHANGE_CHANNEL, parseNotice, type DocumentHead } from '@/lib/store/postgres/pg-sql';

export interface WatchOptions {
  url: string;
  pollMs: number;
  connectTimeoutMs: number;
  /** Reads the current head (the periodic check). */
  readHead: () => Promise<DocumentHead | null>;
  /** Called with every head heard or read; the store keeps the newest. */
  onHead: (head: DocumentHead) => void;
  log: (message: string) => void;
}

const RECONNECT_MS = 1_000;

/**
 * Learns of writes by other processes: LISTEN on a connection of its own (reconnected when it drops), and a
 * revision check every `pollMs` as the safety net for a notification missed while reconnecting.
 */
export class RevisionWatch {
  private listener: pg.Client | null = null;
  private poller: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;
  private listenProblem: string | null = null;

  constructor(private readonly options: WatchOptions) {}

  start(): void {
    this.poller = setInterval(() => void this.check(), this.options.pollMs);
    this.poller.unref();
    void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearInterval(this.poller);
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  /** Reads the head now; failures are left to the store's outage handling. */
  async check(): Promise<void> {
    try {
      const head = await this.options.readHead();
      if (head) this.options.onHead(head);
    } catch {
      // The store notices an unreachable database on its own reads and writes.
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.url,
      connectionTimeoutMillis: this.options.connectTimeoutMs,
      keepAlive: true,
      application_name: 'superoffice-status listener',
    });
    client.on('notification', (message) => {
      const head = parseNotice(message.payload);
      if (message.channel === CHANGE_CHANNEL && head) this.options.onHead(head);
    });
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (this.stopped) return void client.end().catch(() => undefined);
      this.listener = client;
      if (this.listenProblem !== null) this.options.log('listening for changes again');
      this.listenProblem = null;
      // Anything written while we were not listening.
      await this.check();
    } catch (error) {
      this.dropped(client, error);
    }
  }

  private dropped(client: pg.Client, error: unknown): void {
    if (this.listener === client) this.listener = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.stopped || this.reconnect) return;
    const problem = errorLine(error);
    if (this.listenProblem === null)
      this.options.log(`stopped listening for changes (${problem}); retrying every second`);
    this.listenProblem = problem;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
