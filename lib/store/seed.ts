import { STORE_FORMAT_VERSION, type StoreDocument } from '@/lib/store/schema';
import { componentTexts, groupTexts, pageTexts } from '@/lib/store/seed-translations';
import { seedTemplates } from '@/lib/store/seed-templates';

/** When the provider's maintenance policy was published: every default rule counts as announced from here. */
const POLICY_PUBLISHED_AT = '2025-01-01T00:00:00.000Z';
const SEEDED_AT = '2025-01-01T00:00:00.000Z';

const groups = [
  { id: 'crm-online', name: 'CRM Online', description: 'SuperOffice CRM Online and the ways you reach it.' },
  {
    id: 'integrations',
    name: 'Integrations and sub-processors',
    description: 'Services CRM Online works with, run by us or by our sub-processors.',
  },
] as const;

const components = [
  ['web-client', 'crm-online', 'Web client', 'CRM Online in the browser.'],
  ['mobile-apps', 'crm-online', 'Mobile apps', 'SuperOffice Mobile CRM for iOS and Android.'],
  ['api', 'crm-online', 'API and web services', 'REST and SOAP web services used by integrations.'],
  ['login', 'crm-online', 'Login (SuperID)', 'Sign-in and single sign-on.'],
  ['email-campaigns', 'integrations', 'Email campaigns', 'Sending of Marketing mailings.'],
  ['document-storage', 'integrations', 'Document storage', 'Documents and attachments.'],
  [
    'office-integration',
    'integrations',
    'Office 365 and Google document integration',
    'Opening and saving documents in Microsoft 365 and Google Workspace.',
  ],
  [
    'calendar-sync',
    'integrations',
    'Calendar synchronisation',
    'Sync with Exchange, Microsoft 365 and Google calendars.',
  ],
  [
    'app-store',
    'integrations',
    'App Store partner apps',
    'Partner applications connected through the App Store.',
  ],
] as const;

/** The policy's windows concern CRM Online itself, not the partner services beside it. */
const crmOnlineComponents = components.filter(([, group]) => group === 'crm-online').map(([id]) => id);

/** The six recurring rules of the provider's published maintenance policy (docs/design/maintenance-schedule.md), as data. */
const rules: StoreDocument['rules'] = [
  {
    id: 'system-maintenance',
    title: 'System maintenance',
    description: 'Operating system patching, backend updates and reconfiguration.',
    impact: 'A short loss of connection; you are signed in again automatically.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'weekly', weekday: 5, intervalWeeks: 2, anchor: '2025-01-03' },
    startTime: '00:00',
    endTime: '06:00',
    durationMinutes: null,
    status: 'scheduled',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
  {
    id: 'application-maintenance-early',
    title: 'Application maintenance (first 10% of customers)',
    description: 'Upgrade to the new application version for the first 10% of customers.',
    impact: 'Rarely more than 30 minutes of downtime.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'weekly', weekday: 2, intervalWeeks: 3, anchor: '2025-01-07' },
    startTime: '22:00',
    endTime: '24:00',
    durationMinutes: null,
    status: 'scheduled',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
  {
    id: 'application-maintenance',
    title: 'Application maintenance (other 90% of customers)',
    description: 'Upgrade to the new application version for the remaining 90% of customers.',
    impact: 'Rarely more than 30 minutes of downtime.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'after', ruleId: 'application-maintenance-early', weekday: 5 },
    startTime: '22:00',
    endTime: '24:00',
    durationMinutes: null,
    status: 'scheduled',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
  {
    id: 'server-recycle',
    title: 'Nightly server recycle',
    description: 'Servers are recycled every night to keep them fresh.',
    impact: 'A drop of 1–3 seconds; you are signed in again automatically.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'daily' },
    startTime: '02:00',
    endTime: null,
    durationMinutes: 5,
    status: 'scheduled',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
  {
    id: 'microsoft-patching',
    title: 'Microsoft security patching',
    description: 'Monthly security patches from Microsoft.',
    impact: 'A short loss of connection.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'monthly', weekday: 5, position: 2 },
    startTime: '00:00',
    endTime: '06:00',
    durationMinutes: null,
    status: 'scheduled',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
  {
    id: 'infrastructure-upgrade',
    title: 'Infrastructure upgrade window',
    description: 'Reserved for data centre, hardware, power and network work; used only when announced.',
    impact: 'Reserved: downtime only when a maintenance is announced in this window.',
    zone: 'Europe/Oslo',
    recurrence: { type: 'weekly', weekday: 6, intervalWeeks: 1, anchor: '2025-01-04' },
    startTime: '20:00',
    endTime: '06:00',
    durationMinutes: null,
    status: 'reserved',
    componentIds: crmOnlineComponents,
    publishedAt: POLICY_PUBLISHED_AT,
    updatedAt: POLICY_PUBLISHED_AT,
  },
];

/** The default page: SuperOffice CRM Online with every component operational and the published schedule. */
export function seedDocument(): StoreDocument {
  return {
    version: STORE_FORMAT_VERSION,
    revision: 1,
    updatedAt: SEEDED_AT,
    page: {
      id: 'superoffice-crm',
      name: 'SuperOffice CRM Online',
      url: 'https://status.superoffice.com',
      timeZone: 'Europe/Oslo',
      description: 'Current status, incidents and scheduled maintenance of SuperOffice CRM Online.',
      frameAncestors: ['https:'],
      defaultLocale: 'en',
      translations: pageTexts,
      createdAt: SEEDED_AT,
    },
    groups: groups.map((g, i) => ({
      ...g,
      position: i + 1,
      translations: groupTexts[g.id],
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    })),
    components: components.map(([id, groupId, name, description], i) => ({
      id,
      name,
      description,
      groupId,
      position: i + 1,
      status: 'operational',
      showcase: true,
      onlyShowIfDegraded: false,
      startDate: '2025-01-01',
      translations: componentTexts(id),
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    })),
    incidents: [],
    maintenances: [],
    rules,
    occurrenceOverrides: [],
    staff: [],
    tokens: [],
    templates: seedTemplates(),
  };
}
