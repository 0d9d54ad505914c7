import { calendarSv } from '@/lib/i18n/messages/calendar';
import { consoleSv } from '@/lib/i18n/messages/console';
import { consoleIncidentsSv } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceSv } from '@/lib/i18n/messages/console-maintenance';
import { commonSv } from '@/lib/i18n/messages/common';
import { embedSv } from '@/lib/i18n/messages/embed';
import { errorsSv } from '@/lib/i18n/messages/errors';
import { feedsSv } from '@/lib/i18n/messages/feeds';
import { homeSv } from '@/lib/i18n/messages/home';
import { incidentSv } from '@/lib/i18n/messages/incident';
import { mailSv } from '@/lib/i18n/messages/mail';
import { statusSv } from '@/lib/i18n/messages/status';
import { subscribeSv } from '@/lib/i18n/messages/subscribe';
import { timeSv } from '@/lib/i18n/messages/time';
import type { Messages } from '@/lib/i18n/types';

/** One language's messages. A client component can import this file alone; the other five stay out of its bundle. */
export const svMessages: Messages = {
  common: commonSv,
  status: statusSv,
  home: homeSv,
  incident: incidentSv,
  calendar: calendarSv,
  embed: embedSv,
  errors: errorsSv,
  feeds: feedsSv,
  time: timeSv,
  console: consoleSv,
  consoleIncidents: consoleIncidentsSv,
  consoleMaintenance: consoleMaintenanceSv,
  mail: mailSv,
  subscribe: subscribeSv,
};
