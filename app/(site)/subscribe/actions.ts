'use server';

import { headers } from 'next/headers';
import { ZodError } from 'zod';
import { isDomainError } from '@/lib/core/errors';
import { getStore } from '@/lib/store';
import { linkProblemOf } from '@/lib/notify/link-status';
import { emailSubscriptionSchema, manageSubscriptionSchema } from '@/lib/notify/subscription-input';
import { requestSubscription, updateManagedSubscription } from '@/lib/notify/subscriptions';
import { requestClient } from '@/lib/next/subscriptions';
import type { SubscriptionFormState } from '@/components/subscriptions/subscription-form-state';

function formValues(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const components = form.getAll('component').filter((v): v is string => typeof v === 'string');
  return {
    email: text('email'),
    components,
    lang: text('lang'),
    timeZone: text('timeZone'),
    token: text('token'),
  };
}

function refused(error: unknown, values: SubscriptionFormState['values']): SubscriptionFormState {
  if (error instanceof ZodError)
    return {
      status: 'invalid',
      fields: [...new Set(error.issues.map((i) => String(i.path[0] ?? '')))],
      values,
    };
  if (isDomainError(error) && error.code === 'rate_limited')
    return { status: 'rate_limited', fields: [], values };
  const problem = linkProblemOf(error);
  if (problem) return { status: 'link_problem', fields: [], values, linkProblem: problem };
  if (isDomainError(error))
    return { status: 'invalid', fields: error.code === 'invalid_request' ? ['components'] : [], values };
  throw error;
}

/** The subscribe form (works without JavaScript): the same double opt-in as POST /api/v1/subscriptions. */
export async function subscribeAction(
  _previous: SubscriptionFormState,
  form: FormData,
): Promise<SubscriptionFormState> {
  const { token: _token, ...values } = formValues(form);
  try {
    const input = emailSubscriptionSchema.parse({ type: 'email', ...values });
    const store = getStore();
    const { doc } = await store.load();
    await requestSubscription(input, doc, requestClient(await headers()), { store, now: new Date() });
    return { status: 'sent', fields: [], values: null };
  } catch (error) {
    return refused(error, values);
  }
}

/** The manage page's form: components, language and zone, with the signed link's token. */
export async function manageAction(
  _previous: SubscriptionFormState,
  form: FormData,
): Promise<SubscriptionFormState> {
  const { token, email: _email, ...values } = formValues(form);
  try {
    const input = manageSubscriptionSchema.parse({ token, ...values });
    const store = getStore();
    const { doc } = await store.load();
    await updateManagedSubscription(null, input, doc, { store, now: new Date() });
    return { status: 'saved', fields: [], values: { email: '', ...values } };
  } catch (error) {
    return refused(error, { email: '', ...values });
  }
}
