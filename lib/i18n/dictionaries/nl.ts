import { calendarNl } from '@/lib/i18n/messages/calendar';
import { consoleNl } from '@/lib/i18n/messages/console';
import { consoleIncidentsNl } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceNl } from '@/lib/i18n/messages/console-maintenance';
import { commonNl } from '@/lib/i18n/messages/common';
import { embedNl } from '@/lib/i18n/messages/embed';
import { errorsNl } from '@/lib/i18n/messages/errors';
import { feedsNl } from '@/lib/i18n/messages/feeds';
import { homeNl } from '@/lib/i18n/messages/home';
import { incidentNl } from '@/lib/i18n/messages/incident';
import { mailNl } from '@/lib/i18n/messages/mail';
import { statusNl } from '@/lib/i18n/messages/status';
import { subscribeNl } from '@/lib/i18n/messages/subscribe';
import { timeNl } from '@/lib/i18n/messages/time';
import type { Messages } from '@/lib/i18n/types';

/** One language's messages. A client component can import this file alone; the other five stay out of its bundle. */
export const nlMessages: Messages = {
  common: commonNl,
  status: statusNl,
  home: homeNl,
  incident: incidentNl,
  calendar: calendarNl,
  embed: embedNl,
  errors: errorsNl,
  feeds: feedsNl,
  time: timeNl,
  console: consoleNl,
  consoleIncidents: consoleIncidentsNl,
  consoleMaintenance: consoleMaintenanceNl,
  mail: mailNl,
  subscribe: subscribeNl,
};
