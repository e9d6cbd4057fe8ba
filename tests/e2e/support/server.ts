// Serves test pages from 127.0.0.1 only, under real host names (the browsers map those names to loopback).
// Routing by Host header: demo/<host>/… (the bundled demo), tests/e2e/sites/<host>/…, and under any host
// /__fixtures__/<name>/ → tests/fixtures/pages/<name>/source.html.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

/** Pages whose name ends in .csp.html are served with a strict Content-Security-Policy, like some portals. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
/** Pages whose name ends in .bfcache.html may be kept in the back/forward cache (no-store keeps a page out of it). */
const CACHEABLE = '.bfcache.html';

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function resolvePath(host: string, pathname: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const fixture = /^\/__fixtures__\/([\w.-]+)\/?$/.exec(clean);
  if (fixture) return join(ROOT, 'tests/fixtures/pages', fixture[1] ?? '', 'source.html');
  for (const base of [join(ROOT, 'demo', host), join(ROOT, 'tests/e2e/sites', host)]) {
    let candidate = join(base, clean);
    if (!candidate.startsWith(base)) return null;
    if (clean.endsWith('/')) candidate = join(candidate, 'index.html');
    if (await isFile(candidate)) return candidate;
    if (await isFile(`${candidate}.html`)) return `${candidate}.html`;
  }
  return null;
}

export interface TestServer {
  port: number;
  url(host: string, path?: string): string;
  /** Serves `html` at `path` under every host (pages a test generates, e.g. the fuzz sample). */
  servePage(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const generated = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    const page = generated.get(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    void resolvePath(host, pathname).then(async (path) => {
      if (!path || !(await isFile(path))) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`not found: ${host}${pathname}`);
        return;
      }
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': path.endsWith(CACHEABLE) ? 'no-cache' : 'no-store',
      };
      if (path.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers);
      response.end(await readFile(path));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    servePage: (path, html) => void generated.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
