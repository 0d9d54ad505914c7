/** CSRF defence for cookie-authenticated writes: a browser tells us where a request came from; refuse other sites. */
export interface OriginInput {
  method: string;
  /** The Origin request header. */
  origin: string | null;
  /** The Sec-Fetch-Site request header. */
  secFetchSite: string | null;
  /** Hosts this server answers as: the Host header, X-Forwarded-Host, the page's public URL host. */
  allowedHosts: readonly string[];
}

export type OriginDecision = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Safe methods pass. Otherwise Sec-Fetch-Site must be `same-origin` or `none` (typed by the user) when sent, and
 * Origin, when sent, must name one of our hosts. A request with neither header cannot come from a modern browser
 * on another site (they send both on every cross-site write), so scripts and curl with a cookie pass.
 */
export function decideOrigin(input: OriginInput): OriginDecision {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { ok: true };
  const site = input.secFetchSite?.trim().toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') {
    return { ok: false, reason: `the browser reports a ${site} request` };
  }
  if (input.origin !== null) {
    const host = hostOf(input.origin.trim());
    if (host === null)
      return { ok: false, reason: `the request comes from an opaque origin (${input.origin})` };
    const allowed = input.allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean);
    if (!allowed.includes(host)) return { ok: false, reason: `the request comes from ${input.origin}` };
  }
  return { ok: true };
}

/** The hosts a request may legitimately come from: what the client asked for and the page's public address. */
export function allowedHostsFor(
  host: string | null,
  forwardedHost: string | null,
  pageUrl: string | null,
): string[] {
  const hosts = [host, forwardedHost?.split(',')[0] ?? null];
  if (pageUrl) {
    try {
      hosts.push(new URL(pageUrl).host);
    } catch {
      // A page URL that does not parse adds nothing.
    }
  }
  return hosts.filter((h): h is string => typeof h === 'string' && h.trim() !== '');
}
