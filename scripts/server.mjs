// A small static file server for www/: correct MIME types (wasm must be
// application/wasm for streaming compilation), no caching, optional extra
// headers (the embed tests add a strict Content-Security-Policy), and with
// `gzip: true` gzip-encoded bodies, as a CDN sends them (the benchmark).
//
//   node scripts/server.mjs [root=www] [port=8080]
//   import { serve } from './scripts/server.mjs'  ->  { url, close }
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function serve({ root = 'www', port = 0, host = '127.0.0.1', headers = {}, gzip = false } = {}) {
  const base = resolve(root);
  // Each file compressed once (until it changes), as a CDN keeps it: at
  // gzip -9 per request, the server's own work (the wasm, Chart.js) sat
  // between a page's request and its first byte, on the machine the
  // browser shares.
  const compressed = new Map();
  const gzipped = (file, body, { mtimeMs, size }) => {
    const key = `${mtimeMs}:${size}`;
    const hit = compressed.get(file);
    if (hit?.key === key) return hit.body;
    const zipped = gzipSync(body, { level: 9 });
    compressed.set(file, { key, body: zipped });
    return zipped;
  };
  const server = createServer(async (req, res) => {
    try {
      // The path as sent, not through URL(): "//" would parse as a host.
      // A malformed escape ("%E0%A4%A") is the request's fault: 400, not 500.
      const raw = req.url.split(/[?#]/)[0];
      let path;
      try {
        path = decodeURIComponent(raw);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' });
        res.end('bad request');
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      let info = await stat(file);
      if (info.isDirectory()) {
        // "/ur" as "/ur/", as static hosts do: the page's relative links
        // resolve against the folder, not its parent.
        // The raw path (a header takes no decoded Urdu), from one slash:
        // "//ur" sent to "//ur/" would be another host's address.
        if (!raw.endsWith('/')) {
          res.writeHead(301, { Location: `/${raw.replace(/^\/+/, '')}/${req.url.slice(raw.length)}` });
          res.end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const encoded = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (encoded) body = gzipped(file, body, info);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(encoded ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(e.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
  return new Promise((ok) =>
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({ url: `http://${host}:${p}`, close: () => new Promise((done) => server.close(done)) });
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'www', port = '8080'] = process.argv.slice(2);
  const { url } = await serve({ root, port: Number(port), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`serving ${root}/ at ${url}/  (Ctrl-C stops)`);
}
