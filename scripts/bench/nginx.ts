/**
 * nginx from Debian (installed when missing and we are root) as a second ceiling: it serves the recorded
 * responses (same body bytes, same headers) from files, with every core, as a static server would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireResponse } from './wire';

const NGINX = '/usr/sbin/nginx';

export function ensureNginx(): boolean {
  if (existsSync(NGINX)) return true;
  if (process.getuid?.() !== 0) return false;
  console.error('Installing nginx (Debian package) for the second ceiling…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = (args: string[]) =>
    spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  const args = ['install', '-y', '--no-install-recommends', 'nginx-light'];
  if (!ok(args) && ok(['update'])) ok(args);
  return existsSync(NGINX);
}

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** Starts nginx on `port` answering each recorded path (query ignored) with its recorded bytes. */
export function startNginx(
  port: number,
  responses: (WireResponse & { path: string })[],
): ChildProcess | null {
  if (!ensureNginx()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  mkdirSync(join(dir, 'bodies'));
  const locations = responses.map((r, i) => {
    writeFileSync(join(dir, 'bodies', String(i)), r.body);
    const path = r.path.split('?')[0] ?? '/';
    const headers = r.headers
      .filter(([name]) => !/^(content-type|content-length)$/i.test(name))
      .map(([name, value]) => `      add_header ${name} ${quote(value)} always;`)
      .join('\n');
    return `    location = ${path} {
      default_type ${quote(r.type ?? 'application/octet-stream')};
      alias ${join(dir, 'bodies', String(i))};
${headers}
    }`;
  });
  const conf = `daemon off;
worker_processes auto;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  etag off;
  if_modified_since off;
  server_tokens off;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  open_file_cache max=100 inactive=3600s;
  open_file_cache_valid 3600s;
  client_body_temp_path ${dir};
  proxy_temp_path ${dir};
  fastcgi_temp_path ${dir};
  uwsgi_temp_path ${dir};
  scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
${locations.join('\n')}
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  return spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
}
