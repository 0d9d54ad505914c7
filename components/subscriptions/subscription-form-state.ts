/** What the subscribe and manage forms' server actions answer; the form leaf words it in the page's language. */
export interface SubscriptionFormState {
  status: 'idle' | 'sent' | 'saved' | 'invalid' | 'rate_limited' | 'link_problem';
  /** Fields with a problem (email, components, lang, timeZone). */
  fields: string[];
  /** What the reader entered, so a refused form keeps it (also without JavaScript). */
  values: { email: string; components: string[]; lang: string; timeZone: string } | null;
  linkProblem?: 'invalid' | 'expired' | 'used' | 'other_subscription' | 'gone';
}

export const idleState: SubscriptionFormState = { status: 'idle', fields: [], values: null };
