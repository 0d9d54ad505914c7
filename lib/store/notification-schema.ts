import { createHash } from 'node:crypto';
import { z } from 'zod';
import { locales } from '@/lib/core/locales';
import { isValidTimeZone } from '@/lib/core/time-zone';
import {
  componentStatuses,
  deliveryStates,
  notificationEventTypes,
  subscriberStates,
  subscriberTypes,
  webhookFormats,
  type DeliveryState,
} from '@/lib/core/vocab';

/**
 * The records of the notification collections: subscribers, the events a write queues, and one delivery per
 * (subscriber, event). They live beside the page document, not in it (see driver.ts, NotificationStore).
 */
const isoInstant = z.iso.datetime({ offset: false });
const id = z.string().min(1).max(200);
const timeZone = z.string().min(1).max(64).refine(isValidTimeZone, 'expected an IANA time zone');

/** How a webhook has fared lately; the dispatcher disables it after long failure. */
export const deliveryHealthSchema = z.object({
  consecutiveFailures: z.number().int().min(0).default(0),
  failingSince: isoInstant.nullable().default(null),
  lastAttemptAt: isoInstant.nullable().default(null),
  lastSuccessAt: isoInstant.nullable().default(null),
  lastError: z.string().max(500).nullable().default(null),
  disabledAt: isoInstant.nullable().default(null),
  disabledReason: z.string().max(500).nullable().default(null),
});
export type DeliveryHealth = z.infer<typeof deliveryHealthSchema>;

export const subscriberSchema = z.object({
  id: id,
  type: z.enum(subscriberTypes),
  /** Email subscribers: the address, trimmed, domain in lower case; unique among email subscribers. */
  email: z.string().max(254).nullable().default(null),
  /** Webhook subscribers: the target URL. */
  url: z.string().max(2000).nullable().default(null),
  format: z.enum(webhookFormats).default('statuspage'),
  /** The components the subscriber follows; empty means every component. */
  components: z.array(z.string().min(1).max(100)).max(200).default([]),
  lang: z.enum(locales),
  timeZone: timeZone,
  state: z.enum(subscriberStates),
  /** Random per subscriber: links carry it, and the webhook secret is derived from it; a new one voids both. */
  nonce: z.string().min(8).max(64),
  /** Set while a confirmation link may still be used; cleared when it is (links are single use). */
  confirmNonce: z.string().min(8).max(64).nullable().default(null),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  confirmedAt: isoInstant.nullable().default(null),
  /** Who created it: '' for a public sign-up, else the staff member or token. */
  createdBy: z.string().max(320).default(''),
  health: deliveryHealthSchema.default(deliveryHealthSchema.parse({})),
});
export type Subscriber = z.infer<typeof subscriberSchema>;

export const notificationEventSchema = z.object({
  id: id,
  type: z.enum(notificationEventTypes),
  at: isoInstant,
  /** The components the event touches; empty touches every subscriber. */
  componentIds: z.array(z.string().min(1).max(100)).default([]),
  incidentId: id.nullable().default(null),
  updateId: id.nullable().default(null),
  maintenanceId: id.nullable().default(null),
  componentId: id.nullable().default(null),
  /** maintenance.rescheduled: the window before the change. */
  previous: z.object({ scheduledFor: isoInstant, scheduledUntil: isoInstant }).nullable().default(null),
  /** maintenance.*: the window and calendar sequence as they were at the event, whatever happens after. */
  window: z.object({ scheduledFor: isoInstant, scheduledUntil: isoInstant }).nullable().default(null),
  sequence: z.number().int().min(0).nullable().default(null),
  /** component.updated: the status before and after. */
  oldStatus: z.enum(componentStatuses).nullable().default(null),
  newStatus: z.enum(componentStatuses).nullable().default(null),
  /** A message for one subscriber only (subscription.*), whatever its state. */
  subscriberId: id.nullable().default(null),
  /** Commit order, stamped by the store when the write that queued it commits; null for events made elsewhere. */
  seq: z.number().int().min(0).nullable().default(null),
});
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
export type NotificationEventInput = z.input<typeof notificationEventSchema>;

export const deliverySchema = z.object({
  /** Unique per (event, subscriber) and the same on every attempt (webhooks send it as X-Status-Delivery). */
  id: id,
  eventId: id,
  eventType: z.enum(notificationEventTypes),
  subscriberId: id,
  channel: z.enum(subscriberTypes),
  state: z.enum(deliveryStates),
  attempts: z.number().int().min(0),
  /** queued/retrying: when it falls due; sending: when the claim runs out and another attempt may start. */
  nextAttemptAt: isoInstant,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  sentAt: isoInstant.nullable().default(null),
  lastError: z.string().max(500).nullable().default(null),
  /** The last answer's status: HTTP status of a webhook, SMTP reply code of a mail. */
  lastStatus: z.number().int().nullable().default(null),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** The result of one attempt, as the dispatcher reports it. */
export interface DeliveryOutcome {
  id: string;
  state: Extract<DeliveryState, 'sent' | 'retrying' | 'failed' | 'skipped'>;
  /** retrying: when to try again. */
  nextAttemptAt?: Date;
  error?: string | null;
  status?: number | null;
}

export const FINAL_DELIVERY_STATES: readonly DeliveryState[] = ['sent', 'failed', 'skipped'];

export function isFinalDelivery(state: DeliveryState): boolean {
  return FINAL_DELIVERY_STATES.includes(state);
}

/** The stable id of the delivery of `eventId` to `subscriberId`. */
export function deliveryId(eventId: string, subscriberId: string): string {
  return createHash('sha256').update(`${eventId}\0${subscriberId}`).digest('base64url').slice(0, 24);
}

/**
 * Who gets an event: a one-subscriber message goes to that subscriber unless disabled; any other event goes to
 * every confirmed subscriber who confirmed by the time of the event and follows one of its components (a
 * subscriber without a list follows all; an event that names no component touches everyone).
 */
export function isInAudience(subscriber: Subscriber, event: NotificationEvent): boolean {
  if (event.subscriberId !== null)
    return subscriber.id === event.subscriberId && subscriber.state !== 'disabled';
  if (subscriber.state !== 'confirmed' || subscriber.confirmedAt === null) return false;
  if (Date.parse(subscriber.confirmedAt) > Date.parse(event.at)) return false;
  if (subscriber.components.length === 0 || event.componentIds.length === 0) return true;
  return subscriber.components.some((c) => event.componentIds.includes(c));
}

/** Subscriber counts for the console. */
export interface SubscriberCounts {
  total: number;
  byState: Record<(typeof subscriberStates)[number], number>;
  byType: Record<(typeof subscriberTypes)[number], number>;
  /** Confirmed subscribers following each component (a subscriber without a list counts under `all`). */
  byComponent: Record<string, number>;
  all: number;
}

export type DeliveryCounts = Record<DeliveryState, number>;

export interface SubscriberQuery {
  /** Part of the address or URL, case-insensitive. */
  search?: string;
  type?: (typeof subscriberTypes)[number];
  state?: (typeof subscriberStates)[number];
  /** Subscribers who get this component's events (including those who follow everything). */
  componentId?: string;
  limit: number;
  offset?: number;
}

export interface DeliveryQuery {
  subscriberId?: string;
  states?: readonly DeliveryState[];
  limit: number;
}

/** A claimed delivery with what the dispatcher needs to send it; `subscriber` is null when it was removed. */
export interface ClaimedDelivery {
  delivery: Delivery;
  event: NotificationEvent;
  subscriber: Subscriber | null;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };
