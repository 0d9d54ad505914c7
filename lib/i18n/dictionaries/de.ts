import { calendarDe } from '@/lib/i18n/messages/calendar';
import { consoleDe } from '@/lib/i18n/messages/console';
import { consoleIncidentsDe } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceDe } from '@/lib/i18n/messages/console-maintenance';
import { commonDe } from '@/lib/i18n/messages/common';
import { embedDe } from '@/lib/i18n/messages/embed';
import { errorsDe } from '@/lib/i18n/messages/errors';
import { feedsDe } from '@/lib/i18n/messages/feeds';
import { homeDe } from '@/lib/i18n/messages/home';
import { incidentDe } from '@/lib/i18n/messages/incident';
import { mailDe } from '@/lib/i18n/messages/mail';
import { statusDe } from '@/lib/i18n/messages/status';
import { subscribeDe } from '@/lib/i18n/messages/subscribe';
import { timeDe } from '@/lib/i18n/messages/time';
import type { Messages } from '@/lib/i18n/types';

/** One language's messages. A client component can import this file alone; the other five stay out of its bundle. */
export const deMessages: Messages = {
  common: commonDe,
  status: statusDe,
  home: homeDe,
  incident: incidentDe,
  calendar: calendarDe,
  embed: embedDe,
  errors: errorsDe,
  feeds: feedsDe,
  time: timeDe,
  console: consoleDe,
  consoleIncidents: consoleIncidentsDe,
  consoleMaintenance: consoleMaintenanceDe,
  mail: mailDe,
  subscribe: subscribeDe,
};
