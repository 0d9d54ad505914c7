import { readFileSync } from 'node:fs';

/** The children of a process (Linux /proc), with their command lines. */
export function childrenOf(pid: number): { pid: number; cmd: string }[] {
  let ids: string[] = [];
  try {
    ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
  return ids.map((id) => {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${id}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      /* gone */
    }
    return { pid: Number(id), cmd };
  });
}

/** The pid of the server's renderer (Next's process), a child of its primary. */
export function rendererPid(primary: number): number | undefined {
  return childrenOf(primary).find((c) => c.cmd.includes('renderer.mjs'))?.pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `check` every 100 ms until it is true or `ms` pass; returns whether it became true. */
export async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Keeps `concurrency` request loops over `urls` running until `stop()`; tallies every outcome. */
export function readLoad(urls: string[], concurrency: number) {
  const tally = { ok: 0, failed: [] as string[], stale: 0 };
  let running = true;
  const loops = Array.from({ length: concurrency }, async (_, n) => {
    let i = n;
    while (running) {
      const url = urls[i++ % urls.length] ?? '';
      try {
        const res = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
        await res.arrayBuffer();
        if (res.status === 200) tally.ok++;
        else tally.failed.push(`${url} → ${res.status}`);
        if (res.headers.get('x-cache') === 'stale') tally.stale++;
      } catch (error) {
        tally.failed.push(`${url} → ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  return {
    tally,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return tally;
    },
  };
}
