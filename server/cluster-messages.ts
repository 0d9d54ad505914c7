import type { RendererState } from '@/server/renderer-supervisor';

/** What the primary tells a front worker. */
export type ToWorker =
  | ({ type: 'renderer' } & RendererState)
  | { type: 'metrics-collect'; id: number }
  | { type: 'metrics-text'; id: number; text: string | null }
  | { type: 'shutdown' }
  | { type: 'store-changed' };

/** What a front worker tells the primary. */
export type ToPrimary =
  | { type: 'hello' }
  | { type: 'written' }
  | { type: 'metrics-request'; id: number }
  | { type: 'metrics-part'; id: number; metrics: unknown };

export function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && Reflect.get(message, 'type') === type;
}
