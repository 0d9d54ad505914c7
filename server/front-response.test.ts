import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FrontResponse } from '@/server/front-response';

function responseTo(headers: Record<string, string>) {
  const req = new IncomingMessage(new Socket());
  req.headers = headers;
  const res = new FrontResponse(req);
  res.begin(1234.5);
  return res;
}

describe('FrontResponse', () => {
  it('keeps the arrival time and a usable client request id', () => {
    const res = responseTo({ 'x-request-id': 'trace-me-123' });
    expect(res.started).toBe(1234.5);
    expect(res.requestId()).toBe('trace-me-123');
  });

  it.each([['has spaces in it'], ['x'.repeat(65)], ['']])(
    'makes its own id instead of the client’s %j',
    (incoming) => {
      const id = responseTo({ 'x-request-id': incoming }).requestId();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('makes an id only when asked, and then always answers the same one', () => {
    const res = responseTo({});
    const first = res.requestId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.requestId()).toBe(first);
    expect(responseTo({}).requestId()).not.toBe(first);
  });
});
