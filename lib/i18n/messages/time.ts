import type { Widen } from '@/lib/i18n/message-shape';

/**
 * Words for relative times and durations, used by formatRelative/formatDuration (lib/i18n/relative.ts).
 * Our own rather than Intl.RelativeTimeFormat, whose Norwegian says "om 3 døgn" where people write "om 3 dager".
 */
export const timeEn = {
  now: 'now',
  future: {
    second: { one: 'in {count} second', other: 'in {count} seconds' },
    minute: { one: 'in {count} minute', other: 'in {count} minutes' },
    hour: { one: 'in {count} hour', other: 'in {count} hours' },
    day: { one: 'in {count} day', other: 'in {count} days' },
  },
  past: {
    second: { one: '{count} second ago', other: '{count} seconds ago' },
    minute: { one: '{count} minute ago', other: '{count} minutes ago' },
    hour: { one: '{count} hour ago', other: '{count} hours ago' },
    day: { one: '{count} day ago', other: '{count} days ago' },
  },
  duration: {
    second: { one: '{count} second', other: '{count} seconds' },
    minute: { one: '{count} minute', other: '{count} minutes' },
    hour: { one: '{count} hour', other: '{count} hours' },
    day: { one: '{count} day', other: '{count} days' },
  },
} as const;

export type TimeMessages = Widen<typeof timeEn>;

export const timeNb: TimeMessages = {
  now: 'nå',
  future: {
    second: { one: 'om {count} sekund', other: 'om {count} sekunder' },
    minute: { one: 'om {count} minutt', other: 'om {count} minutter' },
    hour: { one: 'om {count} time', other: 'om {count} timer' },
    day: { one: 'om {count} dag', other: 'om {count} dager' },
  },
  past: {
    second: { one: 'for {count} sekund siden', other: 'for {count} sekunder siden' },
    minute: { one: 'for {count} minutt siden', other: 'for {count} minutter siden' },
    hour: { one: 'for {count} time siden', other: 'for {count} timer siden' },
    day: { one: 'for {count} dag siden', other: 'for {count} dager siden' },
  },
  duration: {
    second: { one: '{count} sekund', other: '{count} sekunder' },
    minute: { one: '{count} minutt', other: '{count} minutter' },
    hour: { one: '{count} time', other: '{count} timer' },
    day: { one: '{count} dag', other: '{count} dager' },
  },
};

export const timeSv: TimeMessages = {
  now: 'nu',
  future: {
    second: { one: 'om {count} sekund', other: 'om {count} sekunder' },
    minute: { one: 'om {count} minut', other: 'om {count} minuter' },
    hour: { one: 'om {count} timme', other: 'om {count} timmar' },
    day: { one: 'om {count} dag', other: 'om {count} dagar' },
  },
  past: {
    second: { one: 'för {count} sekund sedan', other: 'för {count} sekunder sedan' },
    minute: { one: 'för {count} minut sedan', other: 'för {count} minuter sedan' },
    hour: { one: 'för {count} timme sedan', other: 'för {count} timmar sedan' },
    day: { one: 'för {count} dag sedan', other: 'för {count} dagar sedan' },
  },
  duration: {
    second: { one: '{count} sekund', other: '{count} sekunder' },
    minute: { one: '{count} minut', other: '{count} minuter' },
    hour: { one: '{count} timme', other: '{count} timmar' },
    day: { one: '{count} dag', other: '{count} dagar' },
  },
};

export const timeDa: TimeMessages = {
  now: 'nu',
  future: {
    second: { one: 'om {count} sekund', other: 'om {count} sekunder' },
    minute: { one: 'om {count} minut', other: 'om {count} minutter' },
    hour: { one: 'om {count} time', other: 'om {count} timer' },
    day: { one: 'om {count} dag', other: 'om {count} dage' },
  },
  past: {
    second: { one: 'for {count} sekund siden', other: 'for {count} sekunder siden' },
    minute: { one: 'for {count} minut siden', other: 'for {count} minutter siden' },
    hour: { one: 'for {count} time siden', other: 'for {count} timer siden' },
    day: { one: 'for {count} dag siden', other: 'for {count} dage siden' },
  },
  duration: {
    second: { one: '{count} sekund', other: '{count} sekunder' },
    minute: { one: '{count} minut', other: '{count} minutter' },
    hour: { one: '{count} time', other: '{count} timer' },
    day: { one: '{count} dag', other: '{count} dage' },
  },
};

export const timeNl: TimeMessages = {
  now: 'nu',
  future: {
    second: { one: 'over {count} seconde', other: 'over {count} seconden' },
    minute: { one: 'over {count} minuut', other: 'over {count} minuten' },
    hour: { one: 'over {count} uur', other: 'over {count} uur' },
    day: { one: 'over {count} dag', other: 'over {count} dagen' },
  },
  past: {
    second: { one: '{count} seconde geleden', other: '{count} seconden geleden' },
    minute: { one: '{count} minuut geleden', other: '{count} minuten geleden' },
    hour: { one: '{count} uur geleden', other: '{count} uur geleden' },
    day: { one: '{count} dag geleden', other: '{count} dagen geleden' },
  },
  duration: {
    second: { one: '{count} seconde', other: '{count} seconden' },
    minute: { one: '{count} minuut', other: '{count} minuten' },
    hour: { one: '{count} uur', other: '{count} uur' },
    day: { one: '{count} dag', other: '{count} dagen' },
  },
};

export const timeDe: TimeMessages = {
  now: 'jetzt',
  future: {
    second: { one: 'in {count} Sekunde', other: 'in {count} Sekunden' },
    minute: { one: 'in {count} Minute', other: 'in {count} Minuten' },
    hour: { one: 'in {count} Stunde', other: 'in {count} Stunden' },
    day: { one: 'in {count} Tag', other: 'in {count} Tagen' },
  },
  past: {
    second: { one: 'vor {count} Sekunde', other: 'vor {count} Sekunden' },
    minute: { one: 'vor {count} Minute', other: 'vor {count} Minuten' },
    hour: { one: 'vor {count} Stunde', other: 'vor {count} Stunden' },
    day: { one: 'vor {count} Tag', other: 'vor {count} Tagen' },
  },
  duration: {
    second: { one: '{count} Sekunde', other: '{count} Sekunden' },
    minute: { one: '{count} Minute', other: '{count} Minuten' },
    hour: { one: '{count} Stunde', other: '{count} Stunden' },
    day: { one: '{count} Tag', other: '{count} Tage' },
  },
};
