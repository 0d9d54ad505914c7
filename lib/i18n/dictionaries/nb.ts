import { calendarNb } from '@/lib/i18n/messages/calendar';
import { consoleNb } from '@/lib/i18n/messages/console';
import { consoleIncidentsNb } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceNb } from '@/lib/i18n/messages/console-maintenance';
import { commonNb } from '@/lib/i18n/messages/common';
import { embedNb } from '@/lib/i18n/messages/embed';
import { errorsNb } from '@/lib/i18n/messages/errors';
import { feedsNb } from '@/lib/i18n/messages/feeds';
import { homeNb } from '@/lib/i18n/messages/home';
import { incidentNb } from '@/lib/i18n/messages/incident';
import { mailNb } from '@/lib/i18n/messages/mail';
import { statusNb } from '@/lib/i18n/messages/status';
import { subscribeNb } from '@/lib/i18n/messages/subscribe';
import { timeNb } from '@/lib/i18n/messages/time';
import type { Messages } from '@/lib/i18n/types';

/** One language's messages. A client component can import this file alone; the other five stay out of its bundle. */
export const nbMessages: Messages = {
  common: commonNb,
  status: statusNb,
  home: homeNb,
  incident: incidentNb,
  calendar: calendarNb,
  embed: embedNb,
  errors: errorsNb,
  feeds: feedsNb,
  time: timeNb,
  console: consoleNb,
  consoleIncidents: consoleIncidentsNb,
  consoleMaintenance: consoleMaintenanceNb,
  mail: mailNb,
  subscribe: subscribeNb,
};
