import type { Locale } from '@/lib/core/locales';
import { getMessages } from '@/lib/i18n/messages';
import type { Messages } from '@/lib/i18n/types';
import type { ScheduleRule } from '@/lib/store/schema';

export type RuleText = Messages['calendar']['rules'][keyof Messages['calendar']['rules']];
export type KnownRuleId = keyof Messages['calendar']['rules'];

function isKnownRuleId(ruleId: string): ruleId is KnownRuleId {
  return Object.hasOwn(getMessages('en').calendar.rules, ruleId);
}

/**
 * Title, description and impact of a recurring rule in the viewer's language, for the calendar, the .ics
 * feed and the API's `title`. Null for a rule staff added later: show the rule's own stored text instead.
 */
function localizedRule(locale: Locale, ruleId: string): RuleText | null {
  return isKnownRuleId(ruleId) ? getMessages(locale).calendar.rules[ruleId] : null;
}

/** A rule's title, description and impact in the viewer's language, or its own stored texts when we have none. */
export function ruleText(
  locale: Locale,
  rule: Pick<ScheduleRule, 'id' | 'title' | 'description' | 'impact'>,
): RuleText {
  return (
    localizedRule(locale, rule.id) ?? {
      title: rule.title,
      description: rule.description,
      impact: rule.impact,
    }
  );
}

/** The rule texts of a recurring window in the viewer's language; null for an announced maintenance. */
export function windowRuleText(
  locale: Locale,
  window: { ruleId: string | null; maintenanceId: string | null },
): RuleText | null {
  return window.ruleId !== null && window.maintenanceId === null
    ? localizedRule(locale, window.ruleId)
    : null;
}

/** A calendar window's title: a recurring window's in the viewer's language, a maintenance's as staff wrote it. */
export function windowTitle(
  locale: Locale,
  window: { ruleId: string | null; maintenanceId: string | null; title: string },
): string {
  return windowRuleText(locale, window)?.title ?? window.title;
}
