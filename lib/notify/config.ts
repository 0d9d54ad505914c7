import { z } from 'zod';

/** Where mail and webhooks go, and from where: read once from the environment and validated. */
export interface NotifyConfig {
  /** The public address of this page, for links in mail and webhooks (no trailing slash). */
  publicUrl: string;
  /** smtp:// or smtps:// URL of the mail server; null writes .eml files to the data folder instead. */
  smtpUrl: string | null;
  mailFrom: { name: string | null; address: string };
  /** Allow http:// webhook targets (tests, closed networks). */
  allowHttp: boolean;
  /** `host` or `host:port` entries exempt from the private-address refusal. */
  allowedHosts: string[];
  /** The most mails and webhook calls sent per second, so a large fan-out leaves the page its CPU. */
  sendRate: number;
  /**
   * The dispatcher process's nice value: reads come first, but a busy machine must not starve the mail. Measured
   * under a saturating read load, 10 stretched 10,000 mails to 90–133 s while 5 and 0 sent them in 38 and 22 s,
   * with the reads served during the send within the run-to-run spread of each other.
   */
  niceness: number;
}

/** Ten thousand subscribers in about 20 s: well inside a minute, and a fraction of one core while it runs. */
const DEFAULT_SEND_RATE = 500;
const DEFAULT_NICENESS = 5;

const noLineBreaks = (value: string) => !/[\r\n\0]/.test(value);
const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
  STATUS_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .refine(noLineBreaks)
    .optional(),
  STATUS_SMTP_URL: z
    .url({ protocol: /^smtps?$/ })
    .refine(noLineBreaks)
    .optional(),
  STATUS_MAIL_FROM: z.string().max(320).refine(noLineBreaks, 'must be one line').optional(),
  STATUS_WEBHOOK_ALLOW_HTTP: z.string().optional(),
  STATUS_WEBHOOK_ALLOWED_HOSTS: z.string().max(4000).optional(),
  STATUS_NOTIFY_RATE: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'must be a whole number of sends per second, 1 or more')
    .optional(),
  STATUS_NOTIFY_NICE: z
    .string()
    .regex(/^(?:1?\d)$/, 'must be a nice value from 0 (normal priority) to 19 (lowest)')
    .optional(),
});

const addressPattern = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+$/;

/** `Name <address>` or `address`; throws a readable error for anything else (never a header injection). */
export function parseMailFrom(value: string): { name: string | null; address: string } {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>]+)>\s*$/.exec(value);
  const name = match ? (match[1]?.trim() ?? '') : '';
  const address = (match ? match[2] : value)?.trim() ?? '';
  if (!addressPattern.test(address) || !noLineBreaks(value))
    throw new Error(`STATUS_MAIL_FROM is not a mail address: ${JSON.stringify(value)}`);
  return { name: name === '' ? null : name, address };
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function notifyConfig(env: Record<string, string | undefined> = process.env): NotifyConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, blank(v)])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${String(issue?.path[0] ?? 'setting')}: ${issue?.message ?? 'not valid'}`);
  }
  const e = parsed.data;
  const publicUrl = (e.STATUS_PUBLIC_URL ?? `http://localhost:${e.PORT ?? '3000'}`).replace(/\/+$/, '');
  const host = new URL(publicUrl).hostname;
  return {
    publicUrl,
    smtpUrl: e.STATUS_SMTP_URL ?? null,
    mailFrom: parseMailFrom(e.STATUS_MAIL_FROM ?? `status@${host.includes('.') ? host : 'localhost'}`),
    allowHttp: e.STATUS_WEBHOOK_ALLOW_HTTP === '1' || e.STATUS_WEBHOOK_ALLOW_HTTP === 'true',
    allowedHosts: (e.STATUS_WEBHOOK_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
    sendRate: e.STATUS_NOTIFY_RATE ? Number(e.STATUS_NOTIFY_RATE) : DEFAULT_SEND_RATE,
    niceness: e.STATUS_NOTIFY_NICE ? Number(e.STATUS_NOTIFY_NICE) : DEFAULT_NICENESS,
  };
}
