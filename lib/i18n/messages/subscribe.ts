import type { Widen } from '@/lib/i18n/message-shape';

/** The subscribe page and the pages mail links open: confirm, manage, unsubscribe. */
export const subscribeEn = {
  nav: 'Subscribe',
  title: 'Subscribe to updates',
  intro: 'Get an email when we post an incident or plan maintenance, in your language and your time zone.',
  email: 'Email address',
  emailHint: 'We first send a link to confirm. Nothing else arrives until you confirm.',
  components: 'Services',
  componentsHint: 'Choose the services you use. Leave all unticked to hear about everything.',
  language: 'Language',
  timeZone: 'Time zone',
  submit: 'Subscribe',
  sent: 'Check your inbox: we sent a link to confirm the subscription. If the address is already subscribed, the mail has a link to manage it instead.',
  rateLimited: 'Too many requests from here. Please try again in an hour.',
  invalid: 'Please check the highlighted fields.',
  emailInvalid: 'Enter an email address such as name@example.com.',
  privacy: 'We use your address only to send these updates. Every mail has a link to unsubscribe.',
  confirm: {
    title: 'Confirm your subscription',
    body: 'Confirm that {address} should receive updates about {page}.',
    button: 'Confirm subscription',
    done: 'Your subscription is confirmed. You will hear from us when something happens.',
  },
  link: {
    invalid: 'This link is not valid. Copy the whole link from the mail, or subscribe again.',
    expired: 'This link has expired. Subscribe again to get a new one.',
    used: 'This link was already used: your subscription is confirmed.',
    gone: 'This subscription no longer exists.',
  },
  unsubscribe: {
    title: 'Unsubscribe',
    body: 'Stop sending updates about {page} to {address}?',
    button: 'Unsubscribe',
    done: 'You are unsubscribed. No more mail about {page} will be sent to this address.',
  },
  manage: {
    title: 'Your subscription',
    intro: 'Updates about {page} go to {address}.',
    save: 'Save changes',
    saved: 'Your changes are saved.',
    calendar: 'Planned maintenance in your calendar (.ics)',
  },
  again: 'Subscribe again',
  home: 'Go to the status page',
} as const;

export type SubscribeMessages = Widen<typeof subscribeEn>;

export const subscribeNb: SubscribeMessages = {
  nav: 'Abonner',
  title: 'Abonner på oppdateringer',
  intro:
    'Få en e-post når vi publiserer en hendelse eller planlegger vedlikehold, på ditt språk og i din tidssone.',
  email: 'E-postadresse',
  emailHint: 'Vi sender først en lenke for å bekrefte. Du får ingenting annet før du har bekreftet.',
  components: 'Tjenester',
  componentsHint: 'Velg tjenestene du bruker. La alle stå tomme for å høre om alt.',
  language: 'Språk',
  timeZone: 'Tidssone',
  submit: 'Abonner',
  sent: 'Sjekk innboksen din: vi har sendt en lenke for å bekrefte abonnementet. Hvis adressen allerede abonnerer, inneholder e-posten i stedet en lenke for å endre abonnementet.',
  rateLimited: 'For mange forespørsler herfra. Prøv igjen om en time.',
  invalid: 'Kontroller de markerte feltene.',
  emailInvalid: 'Skriv inn en e-postadresse som navn@example.com.',
  privacy:
    'Vi bruker adressen din bare til å sende disse oppdateringene. Hver e-post har en lenke for å avslutte.',
  confirm: {
    title: 'Bekreft abonnementet ditt',
    body: 'Bekreft at {address} skal motta oppdateringer om {page}.',
    button: 'Bekreft abonnementet',
    done: 'Abonnementet ditt er bekreftet. Du hører fra oss når noe skjer.',
  },
  link: {
    invalid: 'Denne lenken er ikke gyldig. Kopier hele lenken fra e-posten, eller abonner på nytt.',
    expired: 'Denne lenken er utløpt. Abonner på nytt for å få en ny.',
    used: 'Denne lenken er allerede brukt: abonnementet ditt er bekreftet.',
    gone: 'Dette abonnementet finnes ikke lenger.',
  },
  unsubscribe: {
    title: 'Avslutt abonnementet',
    body: 'Slutte å sende oppdateringer om {page} til {address}?',
    button: 'Avslutt abonnementet',
    done: 'Abonnementet er avsluttet. Det sendes ikke flere e-poster om {page} til denne adressen.',
  },
  manage: {
    title: 'Abonnementet ditt',
    intro: 'Oppdateringer om {page} sendes til {address}.',
    save: 'Lagre endringene',
    saved: 'Endringene er lagret.',
    calendar: 'Planlagt vedlikehold i kalenderen din (.ics)',
  },
  again: 'Abonner på nytt',
  home: 'Gå til statussiden',
};

export const subscribeSv: SubscribeMessages = {
  nav: 'Prenumerera',
  title: 'Prenumerera på uppdateringar',
  intro:
    'Få ett mejl när vi publicerar en incident eller planerar underhåll, på ditt språk och i din tidszon.',
  email: 'E-postadress',
  emailHint: 'Vi skickar först en länk för att bekräfta. Inget annat kommer förrän du har bekräftat.',
  components: 'Tjänster',
  componentsHint: 'Välj de tjänster du använder. Lämna alla omarkerade för att få höra om allt.',
  language: 'Språk',
  timeZone: 'Tidszon',
  submit: 'Prenumerera',
  sent: 'Titta i din inkorg: vi har skickat en länk för att bekräfta prenumerationen. Om adressen redan prenumererar innehåller mejlet i stället en länk för att hantera den.',
  rateLimited: 'För många förfrågningar härifrån. Försök igen om en timme.',
  invalid: 'Kontrollera de markerade fälten.',
  emailInvalid: 'Ange en e-postadress som namn@example.com.',
  privacy:
    'Vi använder din adress bara för att skicka de här uppdateringarna. Varje mejl har en länk för att avsluta.',
  confirm: {
    title: 'Bekräfta din prenumeration',
    body: 'Bekräfta att {address} ska få uppdateringar om {page}.',
    button: 'Bekräfta prenumerationen',
    done: 'Din prenumeration är bekräftad. Du hör av oss när något händer.',
  },
  link: {
    invalid: 'Länken är inte giltig. Kopiera hela länken från mejlet, eller prenumerera igen.',
    expired: 'Länken har gått ut. Prenumerera igen för att få en ny.',
    used: 'Länken har redan använts: din prenumeration är bekräftad.',
    gone: 'Prenumerationen finns inte längre.',
  },
  unsubscribe: {
    title: 'Avsluta prenumerationen',
    body: 'Sluta skicka uppdateringar om {page} till {address}?',
    button: 'Avsluta prenumerationen',
    done: 'Prenumerationen är avslutad. Inga fler mejl om {page} skickas till den här adressen.',
  },
  manage: {
    title: 'Din prenumeration',
    intro: 'Uppdateringar om {page} skickas till {address}.',
    save: 'Spara ändringarna',
    saved: 'Dina ändringar är sparade.',
    calendar: 'Planerat underhåll i din kalender (.ics)',
  },
  again: 'Prenumerera igen',
  home: 'Gå till statussidan',
};

export const subscribeDa: SubscribeMessages = {
  nav: 'Abonner',
  title: 'Abonner på opdateringer',
  intro:
    'Få en mail, når vi offentliggør en hændelse eller planlægger vedligeholdelse, på dit sprog og i din tidszone.',
  email: 'E-mailadresse',
  emailHint: 'Vi sender først et link til bekræftelse. Du modtager intet andet, før du har bekræftet.',
  components: 'Tjenester',
  componentsHint: 'Vælg de tjenester, du bruger. Lad alle være tomme for at høre om alt.',
  language: 'Sprog',
  timeZone: 'Tidszone',
  submit: 'Abonner',
  sent: 'Tjek din indbakke: vi har sendt et link til at bekræfte abonnementet. Hvis adressen allerede abonnerer, indeholder mailen i stedet et link til at administrere det.',
  rateLimited: 'For mange forespørgsler herfra. Prøv igen om en time.',
  invalid: 'Kontrollér de markerede felter.',
  emailInvalid: 'Skriv en e-mailadresse som navn@example.com.',
  privacy: 'Vi bruger kun din adresse til at sende disse opdateringer. Hver mail har et link til at afmelde.',
  confirm: {
    title: 'Bekræft dit abonnement',
    body: 'Bekræft, at {address} skal modtage opdateringer om {page}.',
    button: 'Bekræft abonnementet',
    done: 'Dit abonnement er bekræftet. Du hører fra os, når der sker noget.',
  },
  link: {
    invalid: 'Dette link er ikke gyldigt. Kopiér hele linket fra mailen, eller abonner igen.',
    expired: 'Dette link er udløbet. Abonner igen for at få et nyt.',
    used: 'Dette link er allerede brugt: dit abonnement er bekræftet.',
    gone: 'Dette abonnement findes ikke længere.',
  },
  unsubscribe: {
    title: 'Afmeld',
    body: 'Stop med at sende opdateringer om {page} til {address}?',
    button: 'Afmeld',
    done: 'Du er afmeldt. Der sendes ikke flere mails om {page} til denne adresse.',
  },
  manage: {
    title: 'Dit abonnement',
    intro: 'Opdateringer om {page} sendes til {address}.',
    save: 'Gem ændringerne',
    saved: 'Dine ændringer er gemt.',
    calendar: 'Planlagt vedligeholdelse i din kalender (.ics)',
  },
  again: 'Abonner igen',
  home: 'Gå til statussiden',
};

export const subscribeNl: SubscribeMessages = {
  nav: 'Abonneren',
  title: 'Abonneren op updates',
  intro: 'Ontvang een e-mail wanneer we een storing melden of onderhoud plannen, in uw taal en uw tijdzone.',
  email: 'E-mailadres',
  emailHint: 'We sturen eerst een link om te bevestigen. U ontvangt niets anders totdat u bevestigt.',
  components: 'Diensten',
  componentsHint: 'Kies de diensten die u gebruikt. Laat alles leeg om over alles te horen.',
  language: 'Taal',
  timeZone: 'Tijdzone',
  submit: 'Abonneren',
  sent: 'Kijk in uw inbox: we hebben een link gestuurd om het abonnement te bevestigen. Is het adres al geabonneerd, dan bevat de e-mail in plaats daarvan een link om het te beheren.',
  rateLimited: 'Te veel verzoeken vanaf hier. Probeer het over een uur opnieuw.',
  invalid: 'Controleer de gemarkeerde velden.',
  emailInvalid: 'Vul een e-mailadres in, zoals naam@example.com.',
  privacy:
    'We gebruiken uw adres alleen om deze updates te sturen. Elke e-mail bevat een link om af te melden.',
  confirm: {
    title: 'Bevestig uw abonnement',
    body: 'Bevestig dat {address} updates over {page} moet ontvangen.',
    button: 'Abonnement bevestigen',
    done: 'Uw abonnement is bevestigd. U hoort van ons wanneer er iets gebeurt.',
  },
  link: {
    invalid: 'Deze link is niet geldig. Kopieer de volledige link uit de e-mail, of abonneer u opnieuw.',
    expired: 'Deze link is verlopen. Abonneer u opnieuw om een nieuwe te krijgen.',
    used: 'Deze link is al gebruikt: uw abonnement is bevestigd.',
    gone: 'Dit abonnement bestaat niet meer.',
  },
  unsubscribe: {
    title: 'Afmelden',
    body: 'Geen updates over {page} meer sturen naar {address}?',
    button: 'Afmelden',
    done: 'U bent afgemeld. Er worden geen e-mails over {page} meer naar dit adres gestuurd.',
  },
  manage: {
    title: 'Uw abonnement',
    intro: 'Updates over {page} gaan naar {address}.',
    save: 'Wijzigingen opslaan',
    saved: 'Uw wijzigingen zijn opgeslagen.',
    calendar: 'Gepland onderhoud in uw agenda (.ics)',
  },
  again: 'Opnieuw abonneren',
  home: 'Naar de statuspagina',
};

export const subscribeDe: SubscribeMessages = {
  nav: 'Abonnieren',
  title: 'Updates abonnieren',
  intro:
    'Erhalten Sie eine E-Mail, wenn wir eine Störung melden oder eine Wartung planen – in Ihrer Sprache und Zeitzone.',
  email: 'E-Mail-Adresse',
  emailHint: 'Wir senden zuerst einen Bestätigungslink. Bis zur Bestätigung erhalten Sie nichts anderes.',
  components: 'Dienste',
  componentsHint:
    'Wählen Sie die Dienste, die Sie nutzen. Lassen Sie alle leer, um über alles informiert zu werden.',
  language: 'Sprache',
  timeZone: 'Zeitzone',
  submit: 'Abonnieren',
  sent: 'Sehen Sie in Ihrem Posteingang nach: Wir haben einen Link zur Bestätigung des Abonnements gesendet. Ist die Adresse bereits angemeldet, enthält die E-Mail stattdessen einen Link zur Verwaltung.',
  rateLimited: 'Zu viele Anfragen von hier. Bitte versuchen Sie es in einer Stunde erneut.',
  invalid: 'Bitte prüfen Sie die markierten Felder.',
  emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  privacy:
    'Wir verwenden Ihre Adresse nur für diese Updates. Jede E-Mail enthält einen Link zum Abbestellen.',
  confirm: {
    title: 'Bestätigen Sie Ihr Abonnement',
    body: 'Bestätigen Sie, dass {address} Updates zu {page} erhalten soll.',
    button: 'Abonnement bestätigen',
    done: 'Ihr Abonnement ist bestätigt. Sie hören von uns, wenn etwas passiert.',
  },
  link: {
    invalid:
      'Dieser Link ist ungültig. Kopieren Sie den vollständigen Link aus der E-Mail oder abonnieren Sie erneut.',
    expired: 'Dieser Link ist abgelaufen. Abonnieren Sie erneut, um einen neuen zu erhalten.',
    used: 'Dieser Link wurde bereits verwendet: Ihr Abonnement ist bestätigt.',
    gone: 'Dieses Abonnement gibt es nicht mehr.',
  },
  unsubscribe: {
    title: 'Abbestellen',
    body: 'Keine Updates zu {page} mehr an {address} senden?',
    button: 'Abbestellen',
    done: 'Sie haben abbestellt. An diese Adresse werden keine E-Mails zu {page} mehr gesendet.',
  },
  manage: {
    title: 'Ihr Abonnement',
    intro: 'Updates zu {page} gehen an {address}.',
    save: 'Änderungen speichern',
    saved: 'Ihre Änderungen sind gespeichert.',
    calendar: 'Geplante Wartungen in Ihrem Kalender (.ics)',
  },
  again: 'Erneut abonnieren',
  home: 'Zur Statusseite',
};
