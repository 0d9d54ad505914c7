import type { Widen } from '@/lib/i18n/message-shape';

/**
 * Status words, keyed by the exact vocabulary values of lib/status/vocab.ts so a typed value maps to a key:
 * t(locale, `status.component.${component.status}`).
 */
export const statusEn = {
  component: {
    operational: 'Operational',
    degraded_performance: 'Degraded performance',
    partial_outage: 'Partial outage',
    major_outage: 'Major outage',
    under_maintenance: 'Under maintenance',
  },
  /** The banner sentence for the overall indicator. */
  indicator: {
    none: 'All systems operational',
    minor: 'Minor service disruption',
    major: 'Partial system outage',
    critical: 'Major service outage',
    maintenance: 'Maintenance in progress',
  },
  incident: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
    postmortem: 'Post-mortem',
  },
  impact: {
    none: 'No impact',
    minor: 'Minor impact',
    major: 'Major impact',
    critical: 'Critical impact',
  },
  maintenance: {
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
  },
  emergency: 'Emergency maintenance',
  scheduledMaintenance: 'Scheduled maintenance',
} as const;

export type StatusMessages = Widen<typeof statusEn>;

export const statusNb: StatusMessages = {
  component: {
    operational: 'Fungerer',
    degraded_performance: 'Redusert ytelse',
    partial_outage: 'Delvis driftsavbrudd',
    major_outage: 'Større driftsavbrudd',
    under_maintenance: 'Under vedlikehold',
  },
  indicator: {
    none: 'Alle systemer fungerer',
    minor: 'Mindre driftsforstyrrelser',
    major: 'Delvis driftsavbrudd',
    critical: 'Omfattende driftsavbrudd',
    maintenance: 'Vedlikehold pågår',
  },
  incident: {
    investigating: 'Undersøkes',
    identified: 'Årsak funnet',
    monitoring: 'Overvåkes',
    resolved: 'Løst',
    postmortem: 'Etteranalyse',
  },
  impact: {
    none: 'Ingen påvirkning',
    minor: 'Liten påvirkning',
    major: 'Stor påvirkning',
    critical: 'Kritisk påvirkning',
  },
  maintenance: {
    scheduled: 'Planlagt',
    in_progress: 'Pågår',
    verifying: 'Kontrolleres',
    completed: 'Fullført',
  },
  emergency: 'Akutt vedlikehold',
  scheduledMaintenance: 'Planlagt vedlikehold',
};

export const statusSv: StatusMessages = {
  component: {
    operational: 'Fungerar',
    degraded_performance: 'Försämrad prestanda',
    partial_outage: 'Delvis avbrott',
    major_outage: 'Större avbrott',
    under_maintenance: 'Underhåll pågår',
  },
  indicator: {
    none: 'Alla system fungerar',
    minor: 'Mindre driftstörning',
    major: 'Delvis driftavbrott',
    critical: 'Omfattande driftavbrott',
    maintenance: 'Underhåll pågår',
  },
  incident: {
    investigating: 'Undersöks',
    identified: 'Orsaken identifierad',
    monitoring: 'Övervakas',
    resolved: 'Löst',
    postmortem: 'Efterhandsanalys',
  },
  impact: {
    none: 'Ingen påverkan',
    minor: 'Liten påverkan',
    major: 'Stor påverkan',
    critical: 'Kritisk påverkan',
  },
  maintenance: {
    scheduled: 'Planerat',
    in_progress: 'Pågår',
    verifying: 'Kontrolleras',
    completed: 'Slutfört',
  },
  emergency: 'Akut underhåll',
  scheduledMaintenance: 'Planerat underhåll',
};

export const statusDa: StatusMessages = {
  component: {
    operational: 'Kører',
    degraded_performance: 'Nedsat ydeevne',
    partial_outage: 'Delvist nedbrud',
    major_outage: 'Større nedbrud',
    under_maintenance: 'Under vedligeholdelse',
  },
  indicator: {
    none: 'Alle systemer kører',
    minor: 'Mindre driftsforstyrrelser',
    major: 'Delvist systemnedbrud',
    critical: 'Omfattende driftsnedbrud',
    maintenance: 'Vedligeholdelse i gang',
  },
  incident: {
    investigating: 'Undersøges',
    identified: 'Årsag fundet',
    monitoring: 'Overvåges',
    resolved: 'Løst',
    postmortem: 'Efteranalyse',
  },
  impact: {
    none: 'Ingen påvirkning',
    minor: 'Lille påvirkning',
    major: 'Stor påvirkning',
    critical: 'Kritisk påvirkning',
  },
  maintenance: {
    scheduled: 'Planlagt',
    in_progress: 'I gang',
    verifying: 'Kontrolleres',
    completed: 'Afsluttet',
  },
  emergency: 'Akut vedligeholdelse',
  scheduledMaintenance: 'Planlagt vedligeholdelse',
};

export const statusNl: StatusMessages = {
  component: {
    operational: 'Operationeel',
    degraded_performance: 'Verminderde prestaties',
    partial_outage: 'Gedeeltelijke storing',
    major_outage: 'Ernstige storing',
    under_maintenance: 'In onderhoud',
  },
  indicator: {
    none: 'Alle systemen operationeel',
    minor: 'Kleine verstoring',
    major: 'Gedeeltelijke systeemstoring',
    critical: 'Ernstige storing in de dienstverlening',
    maintenance: 'Onderhoud in uitvoering',
  },
  incident: {
    investigating: 'Wordt onderzocht',
    identified: 'Oorzaak gevonden',
    monitoring: 'Wordt gemonitord',
    resolved: 'Opgelost',
    postmortem: 'Evaluatie',
  },
  impact: {
    none: 'Geen impact',
    minor: 'Beperkte impact',
    major: 'Grote impact',
    critical: 'Kritieke impact',
  },
  maintenance: {
    scheduled: 'Gepland',
    in_progress: 'In uitvoering',
    verifying: 'Wordt gecontroleerd',
    completed: 'Voltooid',
  },
  emergency: 'Spoedonderhoud',
  scheduledMaintenance: 'Gepland onderhoud',
};

export const statusDe: StatusMessages = {
  component: {
    operational: 'Betriebsbereit',
    degraded_performance: 'Eingeschränkte Leistung',
    partial_outage: 'Teilausfall',
    major_outage: 'Schwerer Ausfall',
    under_maintenance: 'In Wartung',
  },
  indicator: {
    none: 'Alle Systeme betriebsbereit',
    minor: 'Geringfügige Störung',
    major: 'Teilweiser Systemausfall',
    critical: 'Schwerwiegender Ausfall',
    maintenance: 'Wartung läuft',
  },
  incident: {
    investigating: 'Wird untersucht',
    identified: 'Ursache gefunden',
    monitoring: 'Wird beobachtet',
    resolved: 'Behoben',
    postmortem: 'Nachbetrachtung',
  },
  impact: {
    none: 'Keine Auswirkungen',
    minor: 'Geringe Auswirkungen',
    major: 'Erhebliche Auswirkungen',
    critical: 'Kritische Auswirkungen',
  },
  maintenance: {
    scheduled: 'Geplant',
    in_progress: 'Läuft',
    verifying: 'Wird überprüft',
    completed: 'Abgeschlossen',
  },
  emergency: 'Notfallwartung',
  scheduledMaintenance: 'Geplante Wartung',
};
