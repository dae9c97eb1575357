import type { Channel } from 'complaint-signal';

/** A message to start from, as the form would hold it. */
export interface Example {
  label: string;
  text: string;
  channel: Channel;
  /** `datetime-local` value, or '' */
  at: string;
  /** Earlier contacts, one per line, in the form's own format. */
  history: string;
}

/** Written for the playground, one or more per level and language. */
export const EXAMPLES: Example[] = [
  {
    label: 'Dutch · third call, internet down',
    text: 'Dit is echt belachelijk!! Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet. Ik betaal elke maand €55 voor niks. Ik wil dat er vandaag een monteur langskomt, anders zeg ik mijn abonnement op.',
    channel: 'email',
    at: '2026-11-20T09:30',
    history: '2026-11-16T08:00 Mijn internet werkt niet sinds maandag.\n2026-11-18T12:10 Internet doet het nog steeds niet, wanneer komt de monteur?',
  },
  {
    label: 'English · on hold, refund or cancel',
    text: 'I have been on hold for 40 minutes again. This is ridiculous! If the refund is not in my account by Friday I will cancel my subscription.',
    channel: 'phone',
    at: '',
    history: '',
  },
  {
    label: 'Dutch · to the Geschillencommissie',
    text: 'Geachte heer/mevrouw,\n\nOndanks mijn ingebrekestelling van 3 oktober is het bedrag van €420 nog altijd niet terugbetaald. Dit is werkelijk onacceptabel. Ik leg de zaak nu voor aan de Geschillencommissie.',
    channel: 'email',
    at: '',
    history: '',
  },
  {
    label: 'English · broadband, will switch',
    text: 'My broadband has been down since Monday and I work from home. This is the third time I am reporting it!! Send an engineer tomorrow or I will switch provider.',
    channel: 'email',
    at: '2026-05-20T10:00',
    history: '2026-05-18T09:00 My broadband keeps dropping out since Monday.\n2026-05-19T15:30 Broadband still down, when is the engineer coming?',
  },
  {
    label: 'English · app feedback',
    text: 'The new app looks nice, but the search is really slow and I keep losing my filters. Maybe add a way to save them?',
    channel: 'review',
    at: '',
    history: '',
  },
  {
    label: 'English · logged out mid-payment',
    text: 'Seriously?! Third time this week your app logs me out mid-payment. Absolutely useless. Fix it.',
    channel: 'social',
    at: '',
    history: '',
  },
  {
    label: 'English · asking about an order',
    text: 'Sorry to bother you again, but is there any news about my order? Still nothing has arrived.',
    channel: 'chat',
    at: '',
    history: '',
  },
  {
    label: 'Dutch · thanks for the engineer',
    text: 'Top service, de monteur was er binnen een uur. Dank jullie wel!',
    channel: 'review',
    at: '',
    history: '',
  },
];
