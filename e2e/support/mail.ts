import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { recordSecret } from './secrets';

/**
 * Mail the e2e server wrote as .eml files (no SMTP configured): `<data dir>/outbox/`, read with mailparser.
 * Waits for matching mail because the dispatcher sends moments after the write.
 */
const parsed = new Map<string, ParsedMail>();

export async function mailsTo(dataDir: string, address: string): Promise<ParsedMail[]> {
  const dir = join(dataDir, 'outbox');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  const found: ParsedMail[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let mail = parsed.get(path);
    if (!mail) {
      mail = await simpleParser(readFileSync(path));
      parsed.set(path, mail);
    }
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (to.some((t) => t.value.some((v) => v.address === address))) found.push(mail);
  }
  return found;
}

/** Waits until `address` has received `count` mails (15 s at most) and returns them, oldest first. */
export async function waitForMails(dataDir: string, address: string, count = 1): Promise<ParsedMail[]> {
  const until = Date.now() + 15_000;
  for (;;) {
    const mails = await mailsTo(dataDir, address);
    if (mails.length >= count) return mails;
    if (Date.now() > until) throw new Error(`${address} received ${mails.length} of ${count} mails`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function linkIn(mail: ParsedMail, kind: 'confirm' | 'manage' | 'unsubscribe'): string {
  const match = new RegExp(`https?://[^\\s]+/subscriptions/${kind}/[^\\s?]+(?:\\?lang=[a-z]{2})?`).exec(
    mail.text ?? '',
  );
  if (!match) throw new Error(`no ${kind} link in: ${mail.text}`);
  // The link's token is a credential: the check after the run makes sure no server logged it.
  recordSecret(new URL(match[0]).pathname.split('/').at(-1));
  return match[0];
}

export function headerLine(mail: ParsedMail, key: string): string | undefined {
  return mail.headerLines.find((h) => h.key === key)?.line;
}

/** The path of a link (the e2e server's public URL is http://localhost:PORT; tests use 127.0.0.1). */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}
