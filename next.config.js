// @ts-check

/** Content-Security-Policy of every page; only the embed relaxes frame-ancestors (set by its own route). */
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

/**
 * Answers that are data, not documents (JSON, SVG, feeds, calendars): opened on their own, nothing in them may
 * load or run anything. Shorter too: a status.json answer is 240 bytes, and the page policy was 260 more.
 */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Paths answered with data (route handlers only), matched on the path the client asked for. */
const DATA_PATHS = 'api(?:/.*)?|badge\\.svg|favicon\\.svg|favicon\\.ico|favicon-ico|history\\.atom';

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds of one tree coexist (e.g. the benchmark beside a dev build).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Next reserves app/favicon.ico for a static file; ours is drawn per request in the status colour.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/favicon-ico' }];
  },
  async headers() {
    return [
      {
        // Every page but the embed refuses to be framed.
        source: `/((?!embed(?:/|$|\\?)|(?:${DATA_PATHS})$).*)`,
        headers: [
          ...common,
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Content-Security-Policy', value: csp("'none'") },
        ],
      },
      {
        source: `/(${DATA_PATHS})`,
        headers: [...common, { key: 'Content-Security-Policy', value: DATA_CSP }],
      },
    ];
  },
};

module.exports = nextConfig;
