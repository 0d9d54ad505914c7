/** What the primary and the renderer process tell each other over IPC. */
export type RendererMessage =
  | { type: 'ready'; port: number }
  | { type: 'pong'; at: number }
  | { type: 'metrics'; id: number; metrics: unknown };

export type PrimaryToRenderer =
  { type: 'ping'; at: number } | { type: 'metrics-request'; id: number } | { type: 'shutdown' };

function typed(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type: unknown = Reflect.get(message, 'type');
  return typeof type === 'string' ? type : undefined;
}

export function isRendererReady(message: unknown): message is { type: 'ready'; port: number } {
  return typed(message) === 'ready' && typeof Reflect.get(message as object, 'port') === 'number';
}

export function messageType(message: unknown): string | undefined {
  return typed(message);
}
