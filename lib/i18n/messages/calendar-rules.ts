import type { Widen } from '@/lib/i18n/message-shape';

/**
 * The maintenance policy in plain words: `rules` (keyed by the rule ids of lib/store/seed.ts) give the
 * title, description and impact used in the calendar, the .ics feed and the API's `title`; `legend`
 * explains each kind of window. Part of the `calendar` area (see calendar.ts).
 */
export const calendarRulesEn = {
  rules: {
    'system-maintenance': {
      title: 'System maintenance',
      description: 'Operating system patching, backend updates and reconfiguration.',
      impact: 'A short loss of connection; you are signed in again automatically.',
    },
    'application-maintenance-early': {
      title: 'Application maintenance (first 10% of customers)',
      description: 'Upgrade to the new application version for the first 10% of customers.',
      impact: 'Rarely more than 30 minutes of downtime.',
    },
    'application-maintenance': {
      title: 'Application maintenance (other 90% of customers)',
      description: 'Upgrade to the new application version for the remaining 90% of customers.',
      impact: 'Rarely more than 30 minutes of downtime.',
    },
    'server-recycle': {
      title: 'Nightly server recycle',
      description: 'Servers are recycled every night to keep them fresh.',
      impact: 'A drop of 1–3 seconds; you are signed in again automatically.',
    },
    'microsoft-patching': {
      title: 'Microsoft security patching',
      description: 'Monthly security patches from Microsoft.',
      impact: 'A short loss of connection.',
    },
    'infrastructure-upgrade': {
      title: 'Infrastructure upgrade window',
      description: 'Reserved for data centre, hardware, power and network work; used only when announced.',
      impact: 'Reserved: downtime only when a maintenance is announced in this window.',
    },
  },
  legend: {
    title: 'What the windows mean',
    scheduled: 'Scheduled downtime, announced at least 24 hours before it starts.',
    reserved: 'Reserved window: nothing happens unless we announce a maintenance in it.',
    systemMaintenance:
      'System maintenance, every second week in the night before Friday: operating system patches, backend updates and reconfiguration. Expect a short loss of connection; you are signed in again automatically.',
    applicationMaintenance:
      'Application maintenance, every third week: the new version of CRM Online reaches the first 10% of customers on Tuesday evening and the other 90% on the Friday evening after. Downtime is rarely more than 30 minutes.',
    serverRecycle:
      'Nightly server recycle, a few minutes every night: the servers are restarted to keep them fresh. You may notice a drop of 1–3 seconds; you are signed in again automatically.',
    microsoftPatching:
      'Microsoft security patching, in the night before the second Friday of every month: Microsoft’s monthly security updates. Expect a short loss of connection.',
    infrastructureUpgrade:
      'Infrastructure upgrade window, every Saturday evening to Sunday morning: reserved for work on the data centre, hardware, power and network. It is used only when we announce a maintenance in it at least 24 hours ahead.',
    emergencyPatching:
      'Emergency patching: serious security fixes that cannot wait for the next window. We announce them case by case, usually after working hours at around {time}.',
  },
} as const;

export type CalendarRulesMessages = Widen<typeof calendarRulesEn>;

export const calendarRulesNb: CalendarRulesMessages = {
  rules: {
    'system-maintenance': {
      title: 'Systemvedlikehold',
      description:
        'Oppdatering av operativsystemet, oppdateringer av bakenforliggende systemer og omkonfigurering.',
      impact: 'Et kort brudd i forbindelsen; du blir logget inn igjen automatisk.',
    },
    'application-maintenance-early': {
      title: 'Applikasjonsvedlikehold (de første 10\u00a0% av kundene)',
      description: 'Oppgradering til den nye versjonen av applikasjonen for de første 10\u00a0% av kundene.',
      impact: 'Sjelden mer enn 30 minutter nedetid.',
    },
    'application-maintenance': {
      title: 'Applikasjonsvedlikehold (de øvrige 90\u00a0% av kundene)',
      description:
        'Oppgradering til den nye versjonen av applikasjonen for de resterende 90\u00a0% av kundene.',
      impact: 'Sjelden mer enn 30 minutter nedetid.',
    },
    'server-recycle': {
      title: 'Nattlig omstart av servere',
      description: 'Serverne startes på nytt hver natt for å holde dem i god form.',
      impact: 'Et brudd på 1–3 sekunder; du blir logget inn igjen automatisk.',
    },
    'microsoft-patching': {
      title: 'Sikkerhetsoppdateringer fra Microsoft',
      description: 'Månedlige sikkerhetsoppdateringer fra Microsoft.',
      impact: 'Et kort brudd i forbindelsen.',
    },
    'infrastructure-upgrade': {
      title: 'Vindu for infrastrukturoppgradering',
      description:
        'Reservert for arbeid på datasenter, maskinvare, strøm og nettverk; brukes bare når det er varslet.',
      impact: 'Reservert: nedetid bare når det er varslet vedlikehold i dette vinduet.',
    },
  },
  legend: {
    title: 'Dette betyr vinduene',
    scheduled: 'Planlagt nedetid, varslet minst 24 timer før den starter.',
    reserved: 'Reservert vindu: ingenting skjer med mindre vi varsler vedlikehold i det.',
    systemMaintenance:
      'Systemvedlikehold, annenhver uke natt til fredag: oppdateringer av operativsystemet og bakenforliggende systemer og omkonfigurering. Regn med et kort brudd i forbindelsen; du blir logget inn igjen automatisk.',
    applicationMaintenance:
      'Applikasjonsvedlikehold, hver tredje uke: den nye versjonen av CRM Online kommer til de første 10\u00a0% av kundene tirsdag kveld og til de øvrige 90\u00a0% fredag kveld samme uke. Nedetiden er sjelden mer enn 30 minutter.',
    serverRecycle:
      'Nattlig omstart av servere, noen minutter hver natt: serverne startes på nytt for å holde dem i god form. Du kan merke et brudd på 1–3 sekunder; du blir logget inn igjen automatisk.',
    microsoftPatching:
      'Sikkerhetsoppdateringer fra Microsoft, natt til den andre fredagen i hver måned: Microsofts månedlige sikkerhetsoppdateringer. Regn med et kort brudd i forbindelsen.',
    infrastructureUpgrade:
      'Vindu for infrastrukturoppgradering, hver lørdag kveld til søndag morgen: reservert for arbeid på datasenter, maskinvare, strøm og nettverk. Vinduet brukes bare når vi har varslet vedlikehold i det minst 24 timer i forveien.',
    emergencyPatching:
      'Akutte sikkerhetsoppdateringer: alvorlige sikkerhetsrettelser som ikke kan vente til neste vindu. Vi varsler dem fra gang til gang, vanligvis etter arbeidstid rundt {time}.',
  },
};

export const calendarRulesSv: CalendarRulesMessages = {
  rules: {
    'system-maintenance': {
      title: 'Systemunderhåll',
      description: 'Uppdateringar av operativsystemet och bakomliggande system samt omkonfigurering.',
      impact: 'Anslutningen bryts en kort stund; du loggas in igen automatiskt.',
    },
    'application-maintenance-early': {
      title: 'Applikationsunderhåll (de första 10\u00a0% av kunderna)',
      description:
        'Uppgradering till den nya versionen av applikationen för de första 10\u00a0% av kunderna.',
      impact: 'Sällan mer än 30 minuters avbrott.',
    },
    'application-maintenance': {
      title: 'Applikationsunderhåll (övriga 90\u00a0% av kunderna)',
      description: 'Uppgradering till den nya versionen av applikationen för övriga 90\u00a0% av kunderna.',
      impact: 'Sällan mer än 30 minuters avbrott.',
    },
    'server-recycle': {
      title: 'Nattlig omstart av servrar',
      description: 'Servrarna startas om varje natt för att hållas i gott skick.',
      impact: 'Ett avbrott på 1–3 sekunder; du loggas in igen automatiskt.',
    },
    'microsoft-patching': {
      title: 'Säkerhetsuppdateringar från Microsoft',
      description: 'Månatliga säkerhetsuppdateringar från Microsoft.',
      impact: 'Anslutningen bryts en kort stund.',
    },
    'infrastructure-upgrade': {
      title: 'Fönster för infrastrukturuppgradering',
      description:
        'Reserverat för arbete med datacenter, hårdvara, ström och nätverk; används bara när det har aviserats.',
      impact: 'Reserverat: avbrott bara om ett underhåll aviseras i fönstret.',
    },
  },
  legend: {
    title: 'Så läser du fönstren',
    scheduled: 'Planerat avbrott, aviserat minst 24 timmar innan det börjar.',
    reserved: 'Reserverat fönster: ingenting händer om vi inte aviserar ett underhåll i det.',
    systemMaintenance:
      'Systemunderhåll, varannan vecka natten mot fredag: uppdateringar av operativsystemet och bakomliggande system samt omkonfigurering. Räkna med att anslutningen bryts en kort stund; du loggas in igen automatiskt.',
    applicationMaintenance:
      'Applikationsunderhåll, var tredje vecka: den nya versionen av CRM Online når de första 10\u00a0% av kunderna på tisdagskvällen och övriga 90\u00a0% på fredagskvällen samma vecka. Avbrottet varar sällan mer än 30 minuter.',
    serverRecycle:
      'Nattlig omstart av servrar, några minuter varje natt: servrarna startas om för att hållas i gott skick. Du kan märka ett avbrott på 1–3 sekunder; du loggas in igen automatiskt.',
    microsoftPatching:
      'Säkerhetsuppdateringar från Microsoft, natten mot den andra fredagen varje månad: Microsofts månatliga säkerhetsuppdateringar. Räkna med att anslutningen bryts en kort stund.',
    infrastructureUpgrade:
      'Fönster för infrastrukturuppgradering, varje lördagskväll till söndagsmorgon: reserverat för arbete med datacenter, hårdvara, ström och nätverk. Fönstret används bara när vi har aviserat ett underhåll i det minst 24 timmar i förväg.',
    emergencyPatching:
      'Akuta säkerhetsuppdateringar: allvarliga säkerhetsrättningar som inte kan vänta till nästa fönster. Vi aviserar dem från fall till fall, oftast efter arbetstid runt {time}.',
  },
};

export const calendarRulesDa: CalendarRulesMessages = {
  rules: {
    'system-maintenance': {
      title: 'Systemvedligeholdelse',
      description: 'Opdatering af operativsystemet og bagvedliggende systemer samt omkonfigurering.',
      impact: 'Forbindelsen afbrydes kortvarigt; du bliver automatisk logget ind igen.',
    },
    'application-maintenance-early': {
      title: 'Applikationsvedligeholdelse (de første 10\u00a0% af kunderne)',
      description: 'Opgradering til den nye version af applikationen for de første 10\u00a0% af kunderne.',
      impact: 'Sjældent mere end 30 minutters nedetid.',
    },
    'application-maintenance': {
      title: 'Applikationsvedligeholdelse (de øvrige 90\u00a0% af kunderne)',
      description:
        'Opgradering til den nye version af applikationen for de resterende 90\u00a0% af kunderne.',
      impact: 'Sjældent mere end 30 minutters nedetid.',
    },
    'server-recycle': {
      title: 'Natlig genstart af servere',
      description: 'Serverne genstartes hver nat, så de holder sig i god form.',
      impact: 'Et udfald på 1–3 sekunder; du bliver automatisk logget ind igen.',
    },
    'microsoft-patching': {
      title: 'Sikkerhedsopdateringer fra Microsoft',
      description: 'Månedlige sikkerhedsopdateringer fra Microsoft.',
      impact: 'Forbindelsen afbrydes kortvarigt.',
    },
    'infrastructure-upgrade': {
      title: 'Vindue til infrastrukturopgradering',
      description:
        'Reserveret til arbejde på datacenter, hardware, strøm og netværk; bruges kun, når det er varslet.',
      impact: 'Reserveret: nedetid kun, hvis der varsles vedligeholdelse i vinduet.',
    },
  },
  legend: {
    title: 'Sådan læser du vinduerne',
    scheduled: 'Planlagt nedetid, varslet mindst 24 timer før den begynder.',
    reserved: 'Reserveret vindue: der sker ikke noget, medmindre vi varsler vedligeholdelse i det.',
    systemMaintenance:
      'Systemvedligeholdelse, hver anden uge natten til fredag: opdatering af operativsystemet og bagvedliggende systemer samt omkonfigurering. Regn med, at forbindelsen afbrydes kortvarigt; du bliver automatisk logget ind igen.',
    applicationMaintenance:
      'Applikationsvedligeholdelse, hver tredje uge: den nye version af CRM Online når de første 10\u00a0% af kunderne tirsdag aften og de øvrige 90\u00a0% fredag aften samme uge. Nedetiden er sjældent mere end 30 minutter.',
    serverRecycle:
      'Natlig genstart af servere, nogle få minutter hver nat: serverne genstartes, så de holder sig i god form. Du kan opleve et udfald på 1–3 sekunder; du bliver automatisk logget ind igen.',
    microsoftPatching:
      'Sikkerhedsopdateringer fra Microsoft, natten til den anden fredag i hver måned: Microsofts månedlige sikkerhedsopdateringer. Regn med, at forbindelsen afbrydes kortvarigt.',
    infrastructureUpgrade:
      'Vindue til infrastrukturopgradering, hver lørdag aften til søndag morgen: reserveret til arbejde på datacenter, hardware, strøm og netværk. Vinduet bruges kun, når vi har varslet vedligeholdelse i det mindst 24 timer i forvejen.',
    emergencyPatching:
      'Akutte sikkerhedsopdateringer: alvorlige sikkerhedsrettelser, der ikke kan vente til næste vindue. Vi varsler dem fra gang til gang, som regel efter arbejdstid omkring {time}.',
  },
};

export const calendarRulesNl: CalendarRulesMessages = {
  rules: {
    'system-maintenance': {
      title: 'Systeemonderhoud',
      description: 'Patches voor het besturingssysteem, updates van de backend en herconfiguratie.',
      impact: 'De verbinding valt kort weg; u wordt automatisch opnieuw aangemeld.',
    },
    'application-maintenance-early': {
      title: 'Applicatieonderhoud (eerste 10% van de klanten)',
      description: 'Upgrade naar de nieuwe versie van de applicatie voor de eerste 10% van de klanten.',
      impact: 'Zelden langer dan 30 minuten onderbreking.',
    },
    'application-maintenance': {
      title: 'Applicatieonderhoud (overige 90% van de klanten)',
      description: 'Upgrade naar de nieuwe versie van de applicatie voor de overige 90% van de klanten.',
      impact: 'Zelden langer dan 30 minuten onderbreking.',
    },
    'server-recycle': {
      title: 'Nachtelijke herstart van servers',
      description: 'De servers worden elke nacht opnieuw gestart, zodat ze soepel blijven draaien.',
      impact: 'Een onderbreking van 1–3 seconden; u wordt automatisch opnieuw aangemeld.',
    },
    'microsoft-patching': {
      title: 'Beveiligingsupdates van Microsoft',
      description: 'Maandelijkse beveiligingsupdates van Microsoft.',
      impact: 'De verbinding valt kort weg.',
    },
    'infrastructure-upgrade': {
      title: 'Venster voor infrastructuuronderhoud',
      description:
        'Gereserveerd voor werk aan datacenter, hardware, stroomvoorziening en netwerk; alleen in gebruik als het is aangekondigd.',
      impact: 'Gereserveerd: alleen een onderbreking als er onderhoud in dit venster wordt aangekondigd.',
    },
  },
  legend: {
    title: 'Wat de vensters betekenen',
    scheduled: 'Geplande onderbreking, minstens 24 uur van tevoren aangekondigd.',
    reserved: 'Gereserveerd venster: er gebeurt niets, tenzij we er onderhoud in aankondigen.',
    systemMaintenance:
      'Systeemonderhoud, om de week in de nacht van donderdag op vrijdag: patches voor het besturingssysteem, updates van de backend en herconfiguratie. De verbinding valt kort weg; u wordt automatisch opnieuw aangemeld.',
    applicationMaintenance:
      'Applicatieonderhoud, om de drie weken: de nieuwe versie van CRM Online gaat op dinsdagavond naar de eerste 10% van de klanten en op de vrijdagavond daarna naar de overige 90%. De onderbreking duurt zelden langer dan 30 minuten.',
    serverRecycle:
      'Nachtelijke herstart van servers, elke nacht een paar minuten: de servers worden opnieuw gestart, zodat ze soepel blijven draaien. U merkt mogelijk een onderbreking van 1–3 seconden; u wordt automatisch opnieuw aangemeld.',
    microsoftPatching:
      'Beveiligingsupdates van Microsoft, in de nacht naar de tweede vrijdag van elke maand: de maandelijkse beveiligingsupdates van Microsoft. De verbinding valt kort weg.',
    infrastructureUpgrade:
      'Venster voor infrastructuuronderhoud, elke zaterdagavond tot zondagochtend: gereserveerd voor werk aan datacenter, hardware, stroomvoorziening en netwerk. Het venster wordt alleen gebruikt als we er minstens 24 uur van tevoren onderhoud in aankondigen.',
    emergencyPatching:
      'Spoedpatches: ernstige beveiligingsproblemen die niet tot het volgende venster kunnen wachten. We kondigen ze per geval aan, meestal na werktijd rond {time}.',
  },
};

export const calendarRulesDe: CalendarRulesMessages = {
  rules: {
    'system-maintenance': {
      title: 'Systemwartung',
      description: 'Patches für das Betriebssystem, Backend-Updates und Neukonfiguration.',
      impact: 'Die Verbindung bricht kurz ab; Sie werden automatisch wieder angemeldet.',
    },
    'application-maintenance-early': {
      title: 'Anwendungswartung (erste 10\u00a0% der Kunden)',
      description: 'Aktualisierung auf die neue Anwendungsversion für die ersten 10\u00a0% der Kunden.',
      impact: 'Selten mehr als 30 Minuten Ausfallzeit.',
    },
    'application-maintenance': {
      title: 'Anwendungswartung (übrige 90\u00a0% der Kunden)',
      description: 'Aktualisierung auf die neue Anwendungsversion für die übrigen 90\u00a0% der Kunden.',
      impact: 'Selten mehr als 30 Minuten Ausfallzeit.',
    },
    'server-recycle': {
      title: 'Nächtlicher Server-Neustart',
      description: 'Die Server werden jede Nacht neu gestartet, damit sie zuverlässig laufen.',
      impact: 'Eine Unterbrechung von 1–3 Sekunden; Sie werden automatisch wieder angemeldet.',
    },
    'microsoft-patching': {
      title: 'Microsoft-Sicherheitsupdates',
      description: 'Monatliche Sicherheitsupdates von Microsoft.',
      impact: 'Die Verbindung bricht kurz ab.',
    },
    'infrastructure-upgrade': {
      title: 'Wartungsfenster für die Infrastruktur',
      description:
        'Reserviert für Arbeiten an Rechenzentrum, Hardware, Stromversorgung und Netzwerk; wird nur nach Ankündigung genutzt.',
      impact: 'Reserviert: Ausfallzeit nur, wenn in diesem Fenster eine Wartung angekündigt wird.',
    },
  },
  legend: {
    title: 'Was die Zeitfenster bedeuten',
    scheduled: 'Geplante Ausfallzeit, mindestens 24 Stunden vor Beginn angekündigt.',
    reserved: 'Reserviertes Zeitfenster: Es passiert nichts, solange wir darin keine Wartung ankündigen.',
    systemMaintenance:
      'Systemwartung, alle zwei Wochen in der Nacht von Donnerstag auf Freitag: Patches für das Betriebssystem, Backend-Updates und Neukonfiguration. Die Verbindung bricht kurz ab; Sie werden automatisch wieder angemeldet.',
    applicationMaintenance:
      'Anwendungswartung, alle drei Wochen: Die neue Version von CRM Online erhalten die ersten 10\u00a0% der Kunden am Dienstagabend und die übrigen 90\u00a0% am darauffolgenden Freitagabend. Die Ausfallzeit beträgt selten mehr als 30 Minuten.',
    serverRecycle:
      'Nächtlicher Server-Neustart, jede Nacht für wenige Minuten: Die Server werden neu gestartet, damit sie zuverlässig laufen. Sie bemerken eventuell eine Unterbrechung von 1–3 Sekunden; Sie werden automatisch wieder angemeldet.',
    microsoftPatching:
      'Microsoft-Sicherheitsupdates, in der Nacht zum zweiten Freitag jedes Monats: die monatlichen Sicherheitsupdates von Microsoft. Die Verbindung bricht kurz ab.',
    infrastructureUpgrade:
      'Wartungsfenster für die Infrastruktur, jeden Samstagabend bis Sonntagmorgen: reserviert für Arbeiten an Rechenzentrum, Hardware, Stromversorgung und Netzwerk. Es wird nur genutzt, wenn wir darin mindestens 24 Stunden vorher eine Wartung ankündigen.',
    emergencyPatching:
      'Notfall-Patches: schwerwiegende Sicherheitskorrekturen, die nicht bis zum nächsten Zeitfenster warten können. Wir kündigen sie im Einzelfall an, meist nach Feierabend gegen {time}.',
  },
};
