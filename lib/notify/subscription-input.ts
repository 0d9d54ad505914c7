import { z } from 'zod';
import { locales } from '@/lib/core/locales';
import { canonicalTimeZone } from '@/lib/core/time-zone';
import { webhookFormats } from '@/lib/core/vocab';

/** What people send to subscribe, manage and (staff) create subscriptions; every field is checked here. */

const oneLine = (value: string) => !/[\r\n\0]/.test(value);

/** An address as stored: trimmed, the domain in lower case (the local part is the receiver's business). */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

export const emailField = z
  .string({ error: 'must be an email address such as name@example.com' })
  .max(320, 'must be at most 254 characters')
  .refine(oneLine, 'must not contain line breaks')
  .transform((value) => value.trim())
  .pipe(
    z.email('must be an email address such as name@example.com').max(254, 'must be at most 254 characters'),
  )
  .transform(normalizeEmail);

export const langField = z.enum(locales, { error: `must be one of ${locales.join(', ')}` });

export const zoneField = z
  .string({ error: 'must be an IANA time zone such as Europe/Oslo' })
  .max(64, 'must be an IANA time zone such as Europe/Oslo')
  .refine(oneLine, 'must not contain line breaks')
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value.trim());
    if (zone === null) {
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Oslo' });
      return z.NEVER;
    }
    return zone;
  });

export const componentsField = z
  .array(z.string().trim().min(1).max(100).refine(oneLine, 'must not contain line breaks'), {
    error: 'must be a list of component ids',
  })
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'names a component more than once' });

export const emailSubscriptionSchema = z.strictObject({
  type: z.literal('email', { error: 'must be "email" (webhooks are created by staff)' }),
  email: emailField,
  components: componentsField.optional(),
  lang: langField.optional(),
  timeZone: zoneField.optional(),
});
export type EmailSubscriptionInput = z.infer<typeof emailSubscriptionSchema>;

export const webhookSubscriptionSchema = z.strictObject({
  type: z.literal('webhook'),
  url: z
    .string()
    .min(1)
    .max(2000, 'must be at most 2,000 characters')
    .refine(oneLine, 'must not contain line breaks'),
  components: componentsField.optional(),
  lang: langField.optional(),
  format: z.enum(webhookFormats, { error: `must be one of ${webhookFormats.join(', ')}` }).optional(),
});
export type WebhookSubscriptionInput = z.infer<typeof webhookSubscriptionSchema>;

export const staffSubscriptionSchema = z.discriminatedUnion(
  'type',
  [emailSubscriptionSchema, webhookSubscriptionSchema],
  {
    error: 'type must be "email" or "webhook"',
  },
);
export type StaffSubscriptionInput = z.infer<typeof staffSubscriptionSchema>;

export const tokenField = z.string().min(1).max(300).refine(oneLine, 'must not contain line breaks');

export const manageSubscriptionSchema = z.strictObject({
  token: tokenField,
  components: componentsField.optional(),
  lang: langField.optional(),
  timeZone: zoneField.optional(),
});
export type ManageSubscriptionInput = z.infer<typeof manageSubscriptionSchema>;

export const confirmSubscriptionSchema = z.strictObject({ token: tokenField });

/** Staff turn a disabled webhook back on (its failure count starts again). */
export const staffSubscriptionPatchSchema = z.strictObject({ enabled: z.literal(true) });
