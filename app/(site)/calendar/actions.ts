'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { HOURS_COOKIE, PREFERENCE_COOKIE_OPTIONS } from '@/lib/preferences/viewer-preferences';
import { formatWorkingHours, parseWorkingHours } from '@/lib/preferences/working-hours';
import type { WorkingHoursState } from '@/components/calendar/working-hours-form';

const wallTimeField = z
  .string()
  .regex(/^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/)
  .transform((value) => value.slice(0, 5));

const workingHoursFormSchema = z.object({
  days: z
    .array(z.string().regex(/^[1-7]$/))
    .min(1)
    .max(7),
  from: wallTimeField,
  to: wallTimeField,
});

/** Saves the viewer's working hours in the `hours` cookie (or forgets them); works with and without JavaScript. */
export async function saveWorkingHours(
  _previous: WorkingHoursState,
  form: FormData,
): Promise<WorkingHoursState> {
  const jar = await cookies();
  if (form.get('intent') === 'reset') {
    jar.delete(HOURS_COOKIE);
    return { status: 'saved' };
  }
  const parsed = workingHoursFormSchema.safeParse({
    days: form.getAll('day'),
    from: form.get('from'),
    to: form.get('to'),
  });
  const hours = parsed.success
    ? parseWorkingHours(`${parsed.data.days.join(',')};${parsed.data.from}-${parsed.data.to}`)
    : null;
  if (hours === null) return { status: 'invalid' };
  jar.set(HOURS_COOKIE, formatWorkingHours(hours), PREFERENCE_COOKIE_OPTIONS);
  return { status: 'saved' };
}
