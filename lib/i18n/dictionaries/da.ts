import { calendarDa } from '@/lib/i18n/messages/calendar';
import { consoleDa } from '@/lib/i18n/messages/console';
import { consoleIncidentsDa } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceDa } from '@/lib/i18n/messages/console-maintenance';
import { commonDa } from '@/lib/i18n/messages/common';
import { embedDa } from '@/lib/i18n/messages/embed';
import { errorsDa } from '@/lib/i18n/messages/errors';
import { feedsDa } from '@/lib/i18n/messages/feeds';
import { homeDa } from '@/lib/i18n/messages/home';
import { incidentDa } from '@/lib/i18n/messages/incident';
import { mailDa } from '@/lib/i18n/messages/mail';
import { statusDa } from '@/lib/i18n/messages/status';
import { subscribeDa } from '@/lib/i18n/messages/subscribe';
import { timeDa } from '@/lib/i18n/messages/time';
import type { Messages } from '@/lib/i18n/types';

/** One language's messages. A client component can import this file alone; the other five stay out of its bundle. */
export const daMessages: Messages = {
  common: commonDa,
  status: statusDa,
  home: homeDa,
  incident: incidentDa,
  calendar: calendarDa,
  embed: embedDa,
  errors: errorsDa,
  feeds: feedsDa,
  time: timeDa,
  console: consoleDa,
  consoleIncidents: consoleIncidentsDa,
  consoleMaintenance: consoleMaintenanceDa,
  mail: mailDa,
  subscribe: subscribeDa,
};
