import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { NotifyConfig } from '@/lib/notify/config';
import type { SendResult } from '@/lib/notify/mail-transport';
import { checkWebhookTarget, systemLookup, type Lookup } from '@/lib/notify/target-guard';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface WebhookOptions {
  config: NotifyConfig;
  /** The whole exchange must end within this (10 s by contract). */
  timeoutMs?: number;
  /** At most this much of the answer is read; the rest is dropped with the connection. */
  maxResponseBytes?: number;
  lookup?: Lookup;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one webhook. The target is checked again now (its name may resolve elsewhere than when it was created)
 * and the connection goes to exactly the address that was checked. A 2xx within the time limit is delivered;
 * redirects are not followed; a slow, huge or broken answer is a failure to retry, never a hang.
 */
export async function postWebhook(request: WebhookRequest, options: WebhookOptions): Promise<SendResult> {
  const target = await checkWebhookTarget(request.url, options.config, options.lookup ?? systemLookup);
  if (!target.ok)
    return { ok: false, permanent: false, status: null, error: `refused target: ${target.problem}` };
  const pinned: LookupFunction = (_hostname, opts, callback) => {
    const { address, family } = target.address;
    if (typeof opts === 'object' && opts.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(result);
    };
    const req = send(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        // The status decides; the body is only read (and only its start) to explain a failure.
        if (status >= 200 && status < 300) return finish({ ok: true, status, detail: `HTTP ${status}` });
        const chunks: Buffer[] = [];
        let read = 0;
        const fail = () => {
          const text = Buffer.concat(chunks)
            .toString('utf8', 0, Math.min(read, 200))
            .replace(/\s+/g, ' ')
            .trim();
          const why = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
          finish({
            ok: false,
            permanent: false,
            status,
            error: `HTTP ${status}${why}${text ? `: ${text}` : ''}`,
          });
        };
        res.on('data', (chunk: Buffer) => {
          if (read < maxBytes) chunks.push(chunk);
          read += chunk.length;
          if (read >= maxBytes) fail();
        });
        res.on('end', fail);
        res.on('error', fail);
      },
    );
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          permanent: false,
          status: null,
          error: `no answer within ${timeoutMs / 1000} s`,
        }),
      timeoutMs,
    );
    req.on('error', (error) =>
      finish({ ok: false, permanent: false, status: null, error: error.message.slice(0, 300) }),
    );
    req.end(request.body);
  });
}
