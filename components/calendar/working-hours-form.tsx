'use client';

import { useActionState } from 'react';
import type { IsoWeekday } from '@/lib/schedule/local-date';
import { formatWallTime } from '@/lib/schedule/local-date';
import type { WorkingHours } from '@/lib/preferences/working-hours';

export interface WorkingHoursState {
  status: 'idle' | 'saved' | 'invalid';
}

const idle: WorkingHoursState = { status: 'idle' };

export interface WorkingHoursFormProps {
  hours: WorkingHours;
  /** The server action that stores the hours in a cookie. */
  action: (previous: WorkingHoursState, form: FormData) => Promise<WorkingHoursState>;
  /** The seven days in the viewer's week order. */
  weekdays: { day: IsoWeekday; name: string }[];
  labels: {
    days: string;
    from: string;
    to: string;
    save: string;
    reset: string;
    saved: string;
    invalid: string;
  };
}

/** Working days and hours in the viewer's zone; a plain form posting to a server action, so it needs no JavaScript. */
export function WorkingHoursForm({ hours, action, weekdays, labels }: WorkingHoursFormProps) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-3" data-working-hours-form>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{labels.days}</legend>
        <div className="flex flex-wrap gap-1.5">
          {weekdays.map(({ day, name }) => (
            <label
              key={day}
              className="inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded-md border border-border px-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-surface-2"
            >
              <input
                type="checkbox"
                name="day"
                value={day}
                defaultChecked={hours.days.includes(day)}
                className="accent-accent"
              />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <label className="text-sm font-medium">
          <span className="mb-1 block">{labels.from}</span>
          <input
            type="time"
            name="from"
            required
            defaultValue={formatWallTime(hours.start)}
            className="min-h-10 rounded-md border border-border bg-surface px-2"
          />
        </label>
        <label className="text-sm font-medium">
          <span className="mb-1 block">{labels.to}</span>
          <input
            type="time"
            name="to"
            required
            defaultValue={formatWallTime(hours.end % 1440)}
            className="min-h-10 rounded-md border border-border bg-surface px-2"
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-10 rounded-md bg-accent px-4 text-sm font-semibold text-accent-fg disabled:opacity-60"
        >
          {labels.save}
        </button>
        <button
          type="submit"
          name="intent"
          value="reset"
          formNoValidate
          disabled={pending}
          className="min-h-10 rounded-md border border-border px-3 text-sm hover:bg-surface-2"
        >
          {labels.reset}
        </button>
      </div>
      <p
        role="status"
        className={`text-sm ${state.status === 'invalid' ? 'font-medium text-critical' : 'text-muted'}`}
      >
        {state.status === 'invalid' ? labels.invalid : state.status === 'saved' ? labels.saved : ''}
      </p>
    </form>
  );
}
