import { writeFileAtomic } from '@/lib/store/atomic-write';
import { appendJournal, parseLine, readJournal, type JournalPosition } from '@/lib/store/journal';
import { subscriberSchema, type Subscriber } from '@/lib/store/notification-schema';

type Change = { put: Subscriber } | { del: string };

/**
 * The subscribers of the file driver: a journal of whole records (`{"put": …}`, `{"del": id}`) followed by
 * offset, so a process reads only what others appended since it last looked. Rewritten (compacted) once it
 * holds more than twice the live records; followers see the new file and read it whole.
 */
export class SubscriberFile {
  private records = new Map<string, Subscriber>();
  private byEmail = new Map<string, string>();
  private position: JournalPosition | null = null;
  private lineCount = 0;

  constructor(readonly path: string) {}

  /** Catch up with the file (cheap when nothing changed: one open and fstat). */
  refresh(): void {
    const read = readJournal(this.path, this.position);
    if (read.kind === 'missing') {
      if (this.position !== null) this.clear();
      this.position = null;
      return;
    }
    if (read.reset) this.clear();
    for (const line of read.lines) this.applyLine(line);
    this.position = read.position;
  }

  get(id: string): Subscriber | null {
    return this.records.get(id) ?? null;
  }

  findByEmail(email: string): Subscriber | null {
    const id = this.byEmail.get(email);
    return id === undefined ? null : this.get(id);
  }

  all(): IterableIterator<Subscriber> {
    return this.records.values();
  }

  get size(): number {
    return this.records.size;
  }

  /** Call with the notifications lock held, after `refresh()`. */
  write(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    appendJournal(
      this.path,
      changes.map((c) => JSON.stringify(c)),
    );
    this.refresh();
    if (this.lineCount > 2 * this.records.size + 1000) this.compact();
  }

  private compact(): void {
    const lines = [...this.records.values()].map((record) => JSON.stringify({ put: record }));
    writeFileAtomic(this.path, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    this.position = null;
    this.refresh();
  }

  private clear(): void {
    this.records.clear();
    this.byEmail.clear();
    this.lineCount = 0;
  }

  private applyLine(line: string): void {
    const value = parseLine(line);
    if (typeof value !== 'object' || value === null) return;
    this.lineCount += 1;
    if ('del' in value && typeof value.del === 'string') {
      this.remove(value.del);
      return;
    }
    if (!('put' in value)) return;
    const parsed = subscriberSchema.safeParse(value.put);
    if (!parsed.success) return;
    this.remove(parsed.data.id);
    this.records.set(parsed.data.id, parsed.data);
    if (parsed.data.email !== null && parsed.data.type === 'email')
      this.byEmail.set(parsed.data.email, parsed.data.id);
  }

  private remove(id: string): void {
    const existing = this.records.get(id);
    if (!existing) return;
    this.records.delete(id);
    if (existing.email !== null && this.byEmail.get(existing.email) === id)
      this.byEmail.delete(existing.email);
  }
}
