import nodemailer from 'nodemailer';
import { dataDir, writeMailFile } from '@/lib/store';

/** How a finished message leaves: over SMTP, or (without SMTP) into the data folder as an .eml file. */
export type SendResult =
  | { ok: true; status: number | null; detail: string }
  | { ok: false; permanent: boolean; status: number | null; error: string };

export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  send(envelope: { from: string; to: string }, raw: string, name: string): Promise<SendResult>;
  close(): void;
}

interface SmtpError {
  responseCode?: unknown;
  code?: unknown;
  message?: unknown;
}

function describeError(error: unknown): { status: number | null; text: string } {
  const e: SmtpError = typeof error === 'object' && error !== null ? error : {};
  const status = typeof e.responseCode === 'number' ? e.responseCode : null;
  const text = [
    typeof e.code === 'string' ? e.code : '',
    typeof e.message === 'string' ? e.message : String(error),
  ]
    .filter(Boolean)
    .join(': ');
  return { status, text: text.slice(0, 300) };
}

/** A pooled SMTP connection to STATUS_SMTP_URL; a 5xx answer is permanent (no retry), anything else is retried. */
export function smtpTransport(url: string, maxConnections = 5): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async send(envelope, raw) {
      try {
        const info = await transporter.sendMail({
          envelope: { from: envelope.from, to: [envelope.to] },
          raw,
        });
        const response = typeof info.response === 'string' ? info.response : '';
        return {
          ok: true,
          status: Number(/^\d{3}/.exec(response)?.[0] ?? 250),
          detail: response.slice(0, 200),
        };
      } catch (error) {
        const { status, text } = describeError(error);
        return {
          ok: false,
          permanent: status !== null && status >= 500 && status < 600,
          status,
          error: text,
        };
      }
    },
    close() {
      transporter.close();
    },
  };
}

/** Without SMTP: every message becomes `<data dir>/outbox/<name>`. */
export function fileTransport(dir: string = dataDir()): MailTransport {
  return {
    kind: 'files',
    async send(_envelope, raw, name) {
      try {
        const path = writeMailFile(dir, name, raw);
        return { ok: true, status: null, detail: path };
      } catch (error) {
        return { ok: false, permanent: false, status: null, error: describeError(error).text };
      }
    },
    close() {},
  };
}
