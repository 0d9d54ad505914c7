import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { locales } from '@/lib/core/locales';
import {
  SNAPSHOT_DOCUMENTS,
  SNAPSHOT_PAGES,
  documentFile,
  fileForUrl,
  staticPage,
} from '@/server/snapshot-paths';

export interface SnapshotResult {
  files: number;
  bytes: number;
  dir: string;
}

/** Months of the calendar kept: this one and the next few (maintenance is announced weeks ahead). */
const MONTHS_AHEAD = 3;
/** Incident pages kept: the most recent ones, as the history's first pages list them. */
const MAX_INCIDENTS = 50;

async function fetchOk(base: string, path: string): Promise<Buffer> {
  const res = await fetch(`${base}${path}`, { headers: { 'accept-language': 'en' }, redirect: 'manual' });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function monthsFrom(now: Date): string[] {
  return Array.from({ length: MONTHS_AHEAD + 1 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
  );
}

async function incidentIds(base: string): Promise<string[]> {
  const body = JSON.parse((await fetchOk(base, '/api/v2/incidents.json')).toString('utf8')) as {
    incidents?: { id?: unknown }[];
  };
  return (body.incidents ?? [])
    .map((i) => String(i.id ?? ''))
    .filter((id) => /^[A-Za-z0-9_-]{1,100}$/.test(id))
    .slice(0, MAX_INCIDENTS);
}

/** The address a page is fetched from: the language as a path prefix, so relative links keep it. */
function pageUrl(page: string, locale: string): string {
  if (page === '/embed') return `/embed?lang=${locale}`;
  const path = page.startsWith('/calendar/') ? `/calendar?month=${page.slice('/calendar/'.length)}` : page;
  if (locale === 'en') return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** Every file of the snapshot, fetched from a running server at `base`, keyed by relative file name. */
async function collect(base: string, now: Date): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const documents = new Map(SNAPSHOT_DOCUMENTS.map(([url, file, language]) => [url, { file, language }]));
  const months = monthsFrom(now);
  const pages = new Set([
    ...SNAPSHOT_PAGES,
    '/embed',
    ...months.map((m) => `/calendar/${m}`),
    ...(await incidentIds(base)).map((id) => `/incidents/${id}`),
  ]);
  const resolveFile = (target: string, locale = 'en') => fileForUrl(target, documents, pages, locale);
  // Every document in each language it is read in (the viewer's, or one asked for with ?lang=).
  for (const [url, file, language] of SNAPSHOT_DOCUMENTS)
    for (const locale of language === 'none' ? ['en'] : locales) {
      const query = locale === 'en' ? '' : `${url.includes('?') ? '&' : '?'}lang=${locale}`;
      files.set(documentFile({ file, language }, locale), await fetchOk(base, `${url}${query}`));
    }
  const assets = new Set<string>();
  for (const page of pages) {
    for (const locale of locales) {
      const url = pageUrl(page, locale);
      const file = resolveFile(url);
      if (!file) continue;
      const html = (await fetchOk(base, url)).toString('utf8');
      const made = staticPage(html, url, file, resolveFile, locale);
      files.set(file, Buffer.from(made.html));
      for (const asset of made.assets) assets.add(asset);
    }
  }
  for (const asset of assets) {
    const bytes = await fetchOk(base, asset);
    files.set(asset.slice(1), bytes);
    // Stylesheets name their fonts and images relative to themselves; keep those next to them.
    if (asset.endsWith('.css')) {
      for (const m of bytes
        .toString('utf8')
        .matchAll(/url\((?!['"]?(?:data:|https?:))['"]?([^'")]+)['"]?\)/g)) {
        const ref = new URL(m[1] ?? '', `http://snapshot.invalid${asset}`).pathname;
        if (ref.startsWith('/_next/static/') && !files.has(ref.slice(1)))
          files.set(ref.slice(1), await fetchOk(base, ref));
      }
    }
  }
  return files;
}

/**
 * Writes the public surface of the server at `base` into `outDir` as static files: written into a new folder
 * beside it first, then swapped in by rename, so a static host never serves a half-written copy.
 */
export async function writeSnapshot(base: string, outDir: string, now = new Date()): Promise<SnapshotResult> {
  const dir = resolve(outDir);
  const files = await collect(base, now);
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = `${dir}.new-${stamp}`;
  const old = `${dir}.old-${stamp}`;
  let bytes = 0;
  try {
    for (const [file, content] of files) {
      await mkdir(dirname(join(fresh, file)), { recursive: true });
      await writeFile(join(fresh, file), content);
      bytes += content.length;
    }
    await mkdir(dirname(dir), { recursive: true });
    await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(fresh, dir);
  } finally {
    await rm(fresh, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
  return { files: files.size, bytes, dir };
}
