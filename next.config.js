// @ts-check

/** Content-Security-Policy shared by every route; only the embed relaxes frame-ancestors (set by its own route). */
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

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
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
        // Everything but the embed refuses to be framed.
        source: '/((?!embed(?:/|$|\\?)).*)',
        headers: [
          ...common,
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: csp("'none'") },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
