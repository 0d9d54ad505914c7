import { z } from 'zod';

/** The longest window one announcement may cover. */
export const MAX_MAINTENANCE_MS = 14 * 24 * 60 * 60 * 1000;

/** An instant with its offset, as every time in a write is given. */
export const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 instant, e.g. 2026-05-01T22:00:00Z',
});
const toUtc = (value: string) => new Date(value).toISOString();

/** A window's fields as announcing and rescheduling take them: two instants, stored in UTC, and any emergency. */
export const windowFields = {
  scheduledFor: instant.transform(toUtc),
  scheduledUntil: instant.transform(toUtc),
  emergency: z
    .strictObject({ reason: z.string().trim().min(1, 'an emergency needs a written reason').max(2000) })
    .nullable()
    .optional(),
};

/** A window ends after it starts and lasts at most 14 days. */
export function withWindowChecks<T extends z.ZodType<{ scheduledFor: string; scheduledUntil: string }>>(
  schema: T,
): T {
  return schema
    .refine((m) => Date.parse(m.scheduledUntil) > Date.parse(m.scheduledFor), {
      message: 'must be after scheduledFor',
      path: ['scheduledUntil'],
    })
    .refine((m) => Date.parse(m.scheduledUntil) - Date.parse(m.scheduledFor) <= MAX_MAINTENANCE_MS, {
      message: 'a maintenance may last at most 14 days',
      path: ['scheduledUntil'],
    });
}
