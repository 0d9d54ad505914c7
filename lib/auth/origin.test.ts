import { describe, expect, it } from 'vitest';
import { allowedHostsFor, decideOrigin } from './origin';

const hosts = ['status.example.com', '127.0.0.1:3100'];

describe('decideOrigin', () => {
  it.each([
    // method, Origin, Sec-Fetch-Site, allowed?
    ['GET', 'https://evil.example', 'cross-site', true],
    ['HEAD', null, 'cross-site', true],
    ['POST', 'https://status.example.com', 'same-origin', true],
    ['POST', 'http://127.0.0.1:3100', null, true],
    ['POST', null, 'same-origin', true],
    ['POST', null, 'none', true],
    ['POST', null, null, true],
    ['POST', 'https://STATUS.example.com', null, true],
    ['POST', 'https://evil.example', null, false],
    ['POST', 'https://evil.example', 'cross-site', false],
    ['POST', null, 'cross-site', false],
    ['POST', null, 'same-site', false],
    ['POST', 'https://status.example.com', 'cross-site', false],
    ['POST', 'https://status.example.com.evil.example', null, false],
    ['POST', 'http://127.0.0.1:3101', null, false],
    ['POST', 'null', null, false],
    ['POST', 'file://', null, false],
    ['POST', 'not a url', null, false],
    ['PATCH', 'https://evil.example', null, false],
    ['DELETE', 'https://evil.example', 'same-origin', false],
    ['PUT', 'https://evil.example', null, false],
  ])('%s from Origin %j with Sec-Fetch-Site %j → allowed %s', (method, origin, secFetchSite, allowed) => {
    expect(decideOrigin({ method, origin, secFetchSite, allowedHosts: hosts }).ok).toBe(allowed);
  });

  it('says why it refused', () => {
    expect(
      decideOrigin({
        method: 'POST',
        origin: 'https://evil.example',
        secFetchSite: null,
        allowedHosts: hosts,
      }),
    ).toEqual({
      ok: false,
      reason: 'the request comes from https://evil.example',
    });
  });
});

describe('allowedHostsFor', () => {
  it('takes the Host, the first X-Forwarded-Host and the page URL host', () => {
    expect(
      allowedHostsFor('127.0.0.1:3000', 'status.example.com, proxy', 'https://status.superoffice.com'),
    ).toEqual(['127.0.0.1:3000', 'status.example.com', 'status.superoffice.com']);
  });

  it('skips what is missing or unparsable', () => {
    expect(allowedHostsFor(null, null, 'not a url')).toEqual([]);
  });
});
