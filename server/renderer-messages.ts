/** What the renderer process tells the front process over IPC. */
export interface RendererReady {
  type: 'ready';
  port: number;
}

export function isRendererReady(message: unknown): message is RendererReady {
  return (
    typeof message === 'object' &&
    message !== null &&
    Reflect.get(message, 'type') === 'ready' &&
    typeof Reflect.get(message, 'port') === 'number'
  );
}
