import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  raw: string;
  parse: () => Promise<ParsedMail>;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Answers for RCPT TO: return an SMTP error code to refuse that recipient this time, or null to accept. */
  refuse: (to: string) => { code: number; message: string } | null;
  close: () => Promise<void>;
}

/** A real SMTP server on loopback (the `smtp-server` package) that keeps what it receives. */
/** With `credentials`, the sink requires AUTH (PLAIN or LOGIN, over the plain loopback connection) with them. */
export async function startSmtpSink(
  options: { port?: number; delayMs?: number; credentials?: { user: string; pass: string } } = {},
): Promise<SmtpSink> {
  const sink: SmtpSink = { port: 0, url: '', received: [], refuse: () => null, close: async () => undefined };
  const login = options.credentials;
  const server = new SMTPServer({
    authOptional: !login,
    disabledCommands: login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (login && auth.username === login.user && auth.password === login.pass)
        return callback(null, { user: auth.username });
      callback(new Error('Invalid username or password'));
    },
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refusal = sink.refuse(address.address);
      if (!refusal) return callback();
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const finish = () => {
          for (const rcpt of session.envelope.rcptTo)
            sink.received.push({ to: rcpt.address, raw, parse: () => simpleParser(raw) });
          callback();
        };
        if (options.delayMs) setTimeout(finish, options.delayMs);
        else finish();
      });
    },
  });
  // A sender killed mid-mail (the crash tests do it) resets its connection: expected here, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.server.address();
  sink.port = typeof address === 'object' && address ? address.port : 0;
  const userinfo = login ? `${encodeURIComponent(login.user)}:${encodeURIComponent(login.pass)}@` : '';
  sink.url = `smtp://${userinfo}127.0.0.1:${sink.port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
