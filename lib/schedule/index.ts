/** The maintenance schedule engine: rules → occurrences, the calendar, the upcoming list and wall-clock maths. */
export {
  buildCalendar,
  maintenanceStatus,
  occurrenceStatus,
  scheduleDataOf,
  windowStatuses,
  type CalendarInput,
  type CalendarWindow,
  type ScheduleData,
  type WindowStatus,
} from './calendar';
export {
  MAX_CALENDAR_DAYS,
  calendarResponse,
  parseCalendarQuery,
  type CalendarQuery,
  type CalendarQueryInput,
  type CalendarResponse,
  type CalendarWindowJson,
} from './calendar-query';
export {
  expandRules,
  findOccurrence,
  occurrenceInstants,
  type ExpandOptions,
  type Occurrence,
  type TimeRange,
} from './expand';
export { addDays, addMonths, isValidLocalDate, isoWeekday, weeksBetween, type LocalDate } from './local-date';
export { NOTICE_MS, assertNotice, earliestAllowedStart, hasNotice } from './notice';
export { ruleAnnouncedAt } from './recurrence';
export {
  HIDDEN_FROM_UPCOMING,
  UPCOMING_DAYS,
  nextTransition,
  upcomingWindows,
  type UpcomingOptions,
  type UpcomingWindow,
} from './upcoming';
export {
  formatLocalIso,
  formatUtcIso,
  offsetLabel,
  startOfLocalDay,
  toLocalDate,
  toLocalParts,
  wallTimeToInstant,
} from './zone';
