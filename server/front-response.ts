import { randomUUID } from 'node:crypto';
import { ServerResponse, type IncomingMessage } from 'node:http';

/** An `X-Request-Id` a client may choose (a tracing id from a proxy in front); anything else gets our own. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * A front worker's response, carrying what its request's log line and metrics need, so that answering a
 * request allocates no closure for them. The request id is made only when something asks for it (a log
 * line, a request passed on to the renderer): a cache hit, logged only at debug level, never makes one.
 */
export class FrontResponse extends ServerResponse<IncomingMessage> {
  /** `performance.now()` when the request arrived. */
  started = 0;
  private id: string | null = null;

  /** Starts the request's record: its arrival, and the client's request id when it is a usable one. */
  begin(now: number): void {
    this.started = now;
    const incoming = this.req.headers['x-request-id'];
    if (incoming !== undefined && typeof incoming === 'string' && REQUEST_ID.test(incoming))
      this.id = incoming;
  }

  /** The request's id: the client's, else one made on first use and kept for every later use. */
  requestId(): string {
    this.id ??= randomUUID();
    return this.id;
  }
}
