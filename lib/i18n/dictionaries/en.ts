import { calendarEn } from '@/lib/i18n/messages/calendar';
import { consoleEn } from '@/lib/i18n/messages/console';
import { consoleIncidentsEn } from '@/lib/i18n/messages/console-incidents';
import { consoleMaintenanceEn } from '@/lib/i18n/messages/console-maintenance';
import { commonEn } from '@/lib/i18n/messages/common';
import { embedEn } from '@/lib/i18n/messages/embed';
import { errorsEn } from '@/lib/i18n/messages/errors';
import { feedsEn } from '@/lib/i18n/messages/feeds';
import { homeEn } from '@/lib/i18n/messages/home';
import { incidentEn } from '@/lib/i18n/messages/incident';
import { mailEn } from '@/lib/i18n/messages/mail';
import { statusEn } from '@/lib/i18n/messages/status';
import { subscribeEn } from '@/lib/i18n/messages/subscribe';
import { timeEn } from '@/lib/i18n/messages/time';

/** English, the source language: every key and placeholder is derived from it (types.ts). Importable alone. */
export const enMessages = {
  common: commonEn,
  status: statusEn,
  home: homeEn,
  incident: incidentEn,
  calendar: calendarEn,
  embed: embedEn,
  errors: errorsEn,
  feeds: feedsEn,
  time: timeEn,
  console: consoleEn,
  consoleIncidents: consoleIncidentsEn,
  consoleMaintenance: consoleMaintenanceEn,
  mail: mailEn,
  subscribe: subscribeEn,
} as const;
