/** A write waiting for its turn, and how to answer it. */
export interface QueuedWrite<I, R> {
  input: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Writes that arrive while one is running wait together and then run as one batch, in the order they came:
 * under load many writes share the cost of one transaction (one lock, one read of the page, one commit),
 * and a write that comes alone still runs at once. `run` answers each write of its batch; a write it leaves
 * unanswered gets the batch's error, if it throws.
 */
export class WriteBatches<I, R> {
  private waiting: QueuedWrite<I, R>[] = [];
  private running: Promise<void> | null = null;
  private batch: Promise<void> | null = null;

  constructor(
    private readonly run: (batch: QueuedWrite<I, R>[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  add(input: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.running ??= this.drain();
    });
  }

  /** Resolves once every write added so far has been answered. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Resolves once the batch running now (if any) has been answered, or after `ms`; never rejects. */
  batchDone(ms: number): Promise<void> {
    if (!this.batch) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    return Promise.race([this.batch, late]).finally(() => clearTimeout(timer));
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      const running = this.run(batch);
      this.batch = running.then(
        () => undefined,
        () => undefined,
      );
      try {
        await running;
      } catch (error) {
        // Answering a write twice changes nothing: those `run` answered keep their answer.
        for (const write of batch) write.reject(error);
      }
    }
    this.batch = null;
    this.running = null;
  }
}
