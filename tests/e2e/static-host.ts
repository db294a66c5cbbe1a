/**
 * A static host for the tests that serves a built site the way Netlify and Cloudflare Pages do: files from the
 * build folder (with `sirv`), `404.html` with status 404 for a missing page, the headers that the build's `_headers`
 * file asks for (public/_headers), and `Cache-Control: public, max-age=0, must-revalidate` where it asks for none,
 * as both hosts do. Files are read on every request, so a test can change the folder (a new deploy) while serving.
 *
 * Run on its own (Playwright starts it for the coach's build): `node tests/e2e/static-host.ts <folder> <port> [base]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** One block of a `_headers` file: an address pattern and the headers for addresses that match it. */
export interface HeaderRule {
  pattern: string;
  matches: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Read a `_headers` file: a line that starts with `/` opens a rule for that address pattern (`*` matches anything,
 * `:name` one path segment); the indented `Name: value` lines under it are its headers; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule starts with /, not ${pattern}`);
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern, matches: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = line.trim().match(/^([A-Za-z0-9-]+):\s*(.+)$/);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1} is not "Name: value" under a rule: ${line}`);
    rule.headers.push([header[1]!, header[2]!]);
  }
  return rules;
}

/**
 * The headers for `path`. Throws if two matching rules set the same header: Netlify keeps the later value and
 * Cloudflare joins both with a comma, so such a file would behave differently on the two hosts.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => candidate.matches.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key in headers) throw new Error(`_headers sets ${name} for ${path} in both ${from[key]} and ${rule.pattern}`);
      headers[key] = value;
      from[key] = rule.pattern;
    }
  }
  return headers;
}

/** What both hosts send when `_headers` sets no Cache-Control. */
export const hostDefaultCacheControl = 'public, max-age=0, must-revalidate';

/** A running host: its address (base included) and how to stop it. */
export interface StaticHost {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serve `folder` at `http://127.0.0.1:<port><base>`, with the headers of its `_headers` file. */
export function startStaticHost(folder: string, port: number, base = '/'): Promise<StaticHost> {
  const headersFile = join(folder, '_headers');
  const rules = () => (existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const setHeaders = (response: { setHeader: (name: string, value: string) => void }, path: string) => {
    const headers = headersFor(rules(), path);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!('cache-control' in headers)) response.setHeader('Cache-Control', hostDefaultCacheControl);
  };
  const files = sirv(folder, {
    dev: true, // read every request afresh: a test may deploy a new version into the folder
    etag: true,
    setHeaders: (response, path) => setHeaders(response, path),
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (!url.pathname.startsWith(base) || url.pathname.split('/').includes('_headers')) {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(request, response, () => {
      // A missing page: the site's own 404 page, with the status that says so.
      response.statusCode = 404;
      setHeaders(response, '/404.html');
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(join(folder, '404.html')) ? readFileSync(join(folder, '404.html')) : 'Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

// Run as a program: serve a folder until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder = 'dist', port = '4393', base = '/'] = process.argv.slice(2);
  const host = await startStaticHost(folder, Number(port), base);
  console.log(`Serving ${folder} at ${host.url} with its _headers`);
}
