import type { Widen } from '@/lib/i18n/message-shape';

/** The one-line embed on the product's login screen (/embed). */
export const embedEn = {
  title: '{page} status',
  allOperational: 'All systems operational',
  maintenanceUpcoming: 'Maintenance {relative} ({localTime})',
  maintenanceNow: 'Maintenance in progress until {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'View status page',
} as const;

export type EmbedMessages = Widen<typeof embedEn>;

export const embedNb: EmbedMessages = {
  title: 'Driftsstatus for {page}',
  allOperational: 'Alle systemer fungerer',
  maintenanceUpcoming: 'Vedlikehold {relative} ({localTime})',
  maintenanceNow: 'Vedlikehold pågår til {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'Se statussiden',
};

export const embedSv: EmbedMessages = {
  title: 'Driftstatus för {page}',
  allOperational: 'Alla system fungerar',
  maintenanceUpcoming: 'Underhåll {relative} ({localTime})',
  maintenanceNow: 'Underhåll pågår till {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'Visa statussidan',
};

export const embedDa: EmbedMessages = {
  title: 'Driftstatus for {page}',
  allOperational: 'Alle systemer kører',
  maintenanceUpcoming: 'Vedligeholdelse {relative} ({localTime})',
  maintenanceNow: 'Vedligeholdelse i gang indtil {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'Se statussiden',
};

export const embedNl: EmbedMessages = {
  title: 'Status van {page}',
  allOperational: 'Alle systemen operationeel',
  maintenanceUpcoming: 'Onderhoud {relative} ({localTime})',
  maintenanceNow: 'Onderhoud in uitvoering tot {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'Statuspagina bekijken',
};

export const embedDe: EmbedMessages = {
  title: 'Status von {page}',
  allOperational: 'Alle Systeme betriebsbereit',
  maintenanceUpcoming: 'Wartung {relative} ({localTime})',
  maintenanceNow: 'Wartung läuft bis {localTime}',
  incident: '{indicator}: {name}',
  viewStatusPage: 'Statusseite öffnen',
};
