import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import type { Messages } from '@/lib/i18n/types';

export type RuleText = Messages['calendar']['rules'][keyof Messages['calendar']['rules']];
export type KnownRuleId = keyof Messages['calendar']['rules'];

export function isKnownRuleId(ruleId: string): ruleId is KnownRuleId {
  return Object.hasOwn(getMessages('en').calendar.rules, ruleId);
}

/**
 * Title, description and impact of a recurring rule in the viewer's language, for the calendar, the .ics
 * feed and the API's `title`. Null for a rule staff added later: show the rule's own stored text instead.
 */
export function localizedRule(locale: Locale, ruleId: string): RuleText | null {
  return isKnownRuleId(ruleId) ? getMessages(locale).calendar.rules[ruleId] : null;
}
