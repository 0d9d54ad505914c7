import { describe, expect, it } from 'vitest';
import { notifyConfig } from '@/lib/notify/config';
import { checkWebhookTarget, isForbiddenAddress, type Lookup } from '@/lib/notify/target-guard';

const config = notifyConfig({});
const withHttp = notifyConfig({
  STATUS_WEBHOOK_ALLOW_HTTP: '1',
  STATUS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1:4199, hooks.internal',
});
/** A resolver for names this test controls; the real resolver is used for `localhost`. */
const fakeDns =
  (table: Record<string, string[]>): Lookup =>
  async (host) => {
    const found = table[host];
    if (!found) throw new Error('ENOTFOUND');
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    '::127.0.0.1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts the public address %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe('checkWebhookTarget', () => {
  const dns = fakeDns({
    'hooks.example.com': ['93.184.216.34'],
    'rebind.example.com': ['93.184.216.34', '10.0.0.5'],
    'metadata.example.com': ['169.254.169.254'],
    'v6.example.com': ['::ffff:127.0.0.1'],
  });

  it.each([
    ['https://127.0.0.1/hook', 'private or reserved address (127.0.0.1)'],
    ['https://169.254.169.254/latest/meta-data', 'private or reserved address (169.254.169.254)'],
    ['https://[::1]:8443/hook', 'private or reserved address (::1)'],
    ['https://[::ffff:127.0.0.1]/hook', 'private or reserved address'],
    ['https://10.0.0.1/hook', 'private or reserved address (10.0.0.1)'],
    ['https://192.168.0.10/hook', 'private or reserved address'],
    ['https://0.0.0.0/hook', 'private or reserved address'],
    ['https://metadata.example.com/hook', 'private or reserved address (169.254.169.254)'],
    ['https://rebind.example.com/hook', 'private or reserved address (10.0.0.5)'],
    ['https://v6.example.com/hook', 'private or reserved address'],
    ['http://hooks.example.com/hook', 'must be an https:// URL'],
    ['ftp://hooks.example.com/hook', 'must be an https:// URL'],
    ['https://user:pass@hooks.example.com/hook', 'must not contain a user name or password'],
    ['https://nowhere.example.com/hook', 'does not resolve'],
    ['https://hooks.example.com/a\r\nX-Injected: 1', 'is not a valid URL'],
    ['not a url', 'is not a valid URL'],
  ])('refuses %s', async (url, problem) => {
    const check = await checkWebhookTarget(url, config, dns);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problem).toContain(problem);
  });

  it('refuses a name the system resolver resolves to loopback (localhost)', async () => {
    const check = await checkWebhookTarget('https://localhost:4199/hook', config);
    expect(check).toMatchObject({
      ok: false,
      problem: expect.stringContaining('private or reserved address'),
    });
  });

  it('accepts a public https target and answers the address to connect to', async () => {
    const check = await checkWebhookTarget('https://hooks.example.com/status', config, dns);
    expect(check).toMatchObject({ ok: true, address: { address: '93.184.216.34', family: 4 } });
  });

  it('lets configuration allow a host or a host:port, and http when asked', async () => {
    expect((await checkWebhookTarget('http://127.0.0.1:4199/hook', withHttp, dns)).ok).toBe(true);
    expect((await checkWebhookTarget('http://127.0.0.1:4198/hook', withHttp, dns)).ok).toBe(false);
    const internal = fakeDns({ 'hooks.internal': ['10.1.1.1'] });
    expect((await checkWebhookTarget('https://hooks.internal/x', withHttp, internal)).ok).toBe(true);
  });
});

describe('notifyConfig', () => {
  it('defaults links to localhost on PORT and mail to a local sender', () => {
    expect(notifyConfig({ PORT: '4100' })).toMatchObject({
      publicUrl: 'http://localhost:4100',
      smtpUrl: null,
      mailFrom: { name: null, address: 'status@localhost' },
      allowHttp: false,
      allowedHosts: [],
    });
  });

  it('reads a display name and refuses a sender with a line break', () => {
    expect(
      notifyConfig({ STATUS_MAIL_FROM: 'SuperOffice Status <status@superoffice.com>' }).mailFrom,
    ).toEqual({
      name: 'SuperOffice Status',
      address: 'status@superoffice.com',
    });
    expect(() => notifyConfig({ STATUS_MAIL_FROM: 'status@x.com\r\nBcc: victim@example.com' })).toThrow(
      /STATUS_MAIL_FROM/,
    );
    expect(() => notifyConfig({ STATUS_SMTP_URL: 'http://mail.example.com' })).toThrow(/STATUS_SMTP_URL/);
  });
});
