import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { mailPreviewInputSchema, previewMail } from '@/lib/notify/preview';
import { staffSubscriptionContext } from '@/lib/next/subscriptions';

/**
 * POST /api/v1/notifications/preview (staff): `{kind: "incident", incident}`, `{kind: "update", incidentId,
 * update}` or `{kind: "maintenance", maintenance}`, with `lang` and `timeZone` → 200 `{subject, text, html,
 * calendar}`: the mail subscribers would receive. Nothing is stored or sent.
 */
export const POST = handle(async (request) => {
  const ctx = await staffSubscriptionContext();
  const input = mailPreviewInputSchema.parse(await readJsonBody(request));
  const { doc } = await ctx.store.load();
  return privateJson(previewMail(doc, input, { now: ctx.now, actor: ctx.actor }, ctx.config));
});
