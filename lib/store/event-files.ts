import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { deliveryStates } from '@/lib/core/vocab';
import {
  fsyncDir,
  isErrno,
  removeQuietly,
  tempPathFor,
  writeAll,
  writeFileAtomic,
} from '@/lib/store/atomic-write';
import { appendJournal, parseLine, readJournal, type JournalPosition } from '@/lib/store/journal';
import {
  deliverySchema,
  isFinalDelivery,
  notificationEventSchema,
  type Delivery,
  type DeliveryCounts,
  type NotificationEvent,
} from '@/lib/store/notification-schema';

/** An accepted event whose deliveries are not all final: its journal is followed in memory. */
export interface OpenEvent {
  key: string;
  event: NotificationEvent | null;
  deliveries: Map<string, Delivery>;
  position: JournalPosition | null;
}

/** What is kept of an event once every delivery is final: counts, failures and webhook deliveries. */
const doneSummarySchema = z.object({
  event: notificationEventSchema,
  counts: z.record(z.enum(deliveryStates), z.number().int()),
  kept: z.array(deliverySchema),
  closedAt: z.string(),
});
export type DoneSummary = z.infer<typeof doneSummarySchema>;

const KEPT_EMAIL_FAILURES = 200;
const JOURNAL = '.jsonl';
const DONE = '.done.json';

export function emptyCounts(): DeliveryCounts {
  return { queued: 0, sending: 0, retrying: 0, sent: 0, failed: 0, skipped: 0 };
}

/**
 * The outbox of the file driver: one journal per accepted event (`events/<key>.jsonl`: the event, its
 * deliveries, then claims and outcomes as they happen), replaced by a small summary (`<key>.done.json`) once
 * every delivery is final. A fan-out to ten thousand subscribers is one new file, never a rewrite of a big one.
 */
export class EventFiles {
  readonly open = new Map<string, OpenEvent>();
  readonly done = new Map<string, DoneSummary>();

  constructor(readonly dir: string) {}

  static keyOf(eventId: string): string {
    return createHash('sha256').update(eventId).digest('base64url').slice(0, 32);
  }

  private journal(key: string): string {
    return join(this.dir, `${key}${JOURNAL}`);
  }

  private summary(key: string): string {
    return join(this.dir, `${key}${DONE}`);
  }

  has(eventId: string): boolean {
    const key = EventFiles.keyOf(eventId);
    return existsSync(this.journal(key)) || existsSync(this.summary(key));
  }

  /** Writes the event with its deliveries as a new file; false (and nothing written) when it exists already. */
  create(event: NotificationEvent, deliveries: readonly Delivery[], now: Date): boolean {
    mkdirSync(this.dir, { recursive: true });
    if (this.has(event.id)) return false;
    const key = EventFiles.keyOf(event.id);
    if (deliveries.length === 0) {
      const summary: DoneSummary = { event, counts: emptyCounts(), kept: [], closedAt: now.toISOString() };
      return createExclusive(this.summary(key), `${JSON.stringify(summary)}\n`);
    }
    const text = `${JSON.stringify({ event })}\n${JSON.stringify({ put: deliveries })}\n`;
    return createExclusive(this.journal(key), text);
  }

  /** Follows every open journal and notices journals closed or summaries purged by another process. */
  scan(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) names = [];
      else throw error;
    }
    const journals = new Set(
      names.filter((n) => n.endsWith(JOURNAL)).map((n) => n.slice(0, -JOURNAL.length)),
    );
    const summaries = new Set(names.filter((n) => n.endsWith(DONE)).map((n) => n.slice(0, -DONE.length)));
    for (const key of summaries) if (!this.done.has(key)) this.loadSummary(key);
    for (const key of this.done.keys()) if (!summaries.has(key)) this.done.delete(key);
    for (const key of this.open.keys()) if (!journals.has(key)) this.open.delete(key);
    for (const key of journals) {
      // A summary beside a journal means a process stopped between writing the one and removing the other.
      if (summaries.has(key) && this.done.has(key)) {
        removeQuietly(this.journal(key));
        this.open.delete(key);
        continue;
      }
      this.follow(key);
    }
  }

  /** Appends changed delivery records to an event's journal (call with the notifications lock held). */
  put(key: string, deliveries: readonly Delivery[]): void {
    appendJournal(this.journal(key), [JSON.stringify({ put: deliveries })]);
    this.follow(key);
  }

  /** Marks `ids` as being sent until `until` (call with the notifications lock held). */
  claim(key: string, ids: readonly string[], until: Date, at: Date): void {
    const claim = { ids, until: until.toISOString(), at: at.toISOString() };
    appendJournal(this.journal(key), [JSON.stringify({ claim })]);
    this.follow(key);
  }

  /** Replaces a journal whose deliveries are all final by its summary. */
  close(key: string, now: Date): void {
    const open = this.open.get(key);
    if (!open?.event) return;
    const all = [...open.deliveries.values()];
    if (all.some((d) => !isFinalDelivery(d.state))) return;
    const counts = emptyCounts();
    for (const d of all) counts[d.state] += 1;
    const kept = [
      ...all.filter((d) => d.channel !== 'email'),
      ...all.filter((d) => d.channel === 'email' && d.state === 'failed').slice(0, KEPT_EMAIL_FAILURES),
    ];
    const summary: DoneSummary = { event: open.event, counts, kept, closedAt: now.toISOString() };
    writeFileAtomic(this.summary(key), `${JSON.stringify(summary)}\n`);
    this.done.set(key, summary);
    removeQuietly(this.journal(key));
    this.open.delete(key);
  }

  /** Removes summaries closed before `before`. */
  purge(before: Date): void {
    for (const [key, summary] of this.done) {
      if (Date.parse(summary.closedAt) >= before.getTime()) continue;
      removeQuietly(this.summary(key));
      this.done.delete(key);
    }
  }

  private follow(key: string): void {
    const entry = this.open.get(key) ?? { key, event: null, deliveries: new Map(), position: null };
    const read = readJournal(this.journal(key), entry.position);
    if (read.kind === 'missing') {
      this.open.delete(key);
      return;
    }
    if (read.reset) {
      entry.event = null;
      entry.deliveries.clear();
    }
    for (const line of read.lines) applyLine(entry, line);
    entry.position = read.position;
    this.open.set(key, entry);
  }

  private loadSummary(key: string): void {
    try {
      const parsed = doneSummarySchema.safeParse(parseLine(readFileSync(this.summary(key), 'utf8')));
      if (parsed.success) this.done.set(key, parsed.data);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
  }
}

const claimLineSchema = z.object({ ids: z.array(z.string()), until: z.string(), at: z.string() });

function applyLine(entry: OpenEvent, line: string): void {
  const value = parseLine(line);
  if (typeof value !== 'object' || value === null) return;
  if ('event' in value) {
    const parsed = notificationEventSchema.safeParse(value.event);
    if (parsed.success) entry.event = parsed.data;
  } else if ('put' in value && Array.isArray(value.put)) {
    for (const item of value.put) {
      const parsed = deliverySchema.safeParse(item);
      if (parsed.success) entry.deliveries.set(parsed.data.id, parsed.data);
    }
  } else if ('claim' in value) {
    const parsed = claimLineSchema.safeParse(value.claim);
    if (!parsed.success) return;
    for (const id of parsed.data.ids) {
      const d = entry.deliveries.get(id);
      if (!d || isFinalDelivery(d.state)) continue;
      entry.deliveries.set(id, {
        ...d,
        state: 'sending',
        attempts: d.attempts + 1,
        nextAttemptAt: parsed.data.until,
        updatedAt: parsed.data.at,
      });
    }
  }
}

/** Creates `path` with `text` only if it does not exist: written aside, fsynced, then hard-linked into place. */
function createExclusive(path: string, text: string): boolean {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeAll(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    removeQuietly(temp);
  }
  fsyncDir(join(path, '..'));
  return true;
}
