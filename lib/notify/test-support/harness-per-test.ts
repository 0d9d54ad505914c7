import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { Harness } from '@/lib/notify/test-support/harness';
import { startSmtpSink, type SmtpSink } from '@/lib/notify/test-support/smtp-sink';
import { startWebhookReceiver, type WebhookReceiver } from '@/lib/notify/test-support/webhook-receiver';

export interface HarnessFixture {
  smtp: SmtpSink;
  receiver: WebhookReceiver;
  h: Harness;
}

/**
 * Registers a suite's hooks: one SMTP server and one webhook receiver for the file, reset before each test, and a
 * fresh harness (store, clock, dispatchers) per test. The fields are set once the hooks have run.
 */
export function harnessPerTest(options: { now?: Date; webhooks?: boolean } = {}): HarnessFixture {
  const t = {} as HarnessFixture;
  const webhooks = options.webhooks ?? true;
  beforeAll(async () => {
    t.smtp = await startSmtpSink();
    if (webhooks) t.receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await t.smtp.close();
    if (webhooks) await t.receiver.close();
  });
  beforeEach(() => {
    t.smtp.received.length = 0;
    t.smtp.refuse = () => null;
    if (webhooks) {
      t.receiver.received.length = 0;
      t.receiver.behaviour = () => 'ok';
    }
    t.h = new Harness(t.smtp, webhooks ? t.receiver : null, options.now);
  });
  afterEach(async () => {
    await t.h.cleanup();
  });
  return t;
}
