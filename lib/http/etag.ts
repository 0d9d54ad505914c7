import { createHash } from 'node:crypto';

/** The strong validator of a body: the same bytes always get the same tag, in every process. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header lists this ETag (or `*`); weak validators compare by their opaque part. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t === etag || t.replace(/^W\//, '') === etag;
  });
}
