#!/usr/bin/env node
// Monitor Ekonomii Społecznej — offline archive launcher / program uruchamiający archiwum.
//
//   node serve.mjs [--port 8080] [--open]
//
// Serves this folder on http://127.0.0.1 so that the interactive parts (maps, filters,
// search, table builder) work as on the online site; they cannot work from file://.
// One file, Node.js 18 or later, no dependencies, nothing is written to disk.
// Serwuje ten folder pod http://127.0.0.1, żeby działały mapy, filtry, wyszukiwarka i kreator.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Filled in by `npm run archive`: the release and the base path its pages were built with
// (islands build URLs with that base at run time, so it is accepted and stripped here).
const CONFIG = { release: '', base: '', site: '' };

const ROOT = path.dirname(fileURLToPath(import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

function parseArgs(argv) {
  const out = { port: undefined, open: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--open') out.open = true;
    else if (a === '--port' || a === '-p') out.port = argv[++i];
    else if (a.startsWith('--port=')) out.port = a.slice(7);
    else if (/^\d+$/.test(a)) out.port = a;
    else if (a === '--help' || a === '-h') {
      console.log('node serve.mjs [--port 8080] [--open]');
      process.exit(0);
    }
  }
  const port = Number(out.port ?? (process.env.PORT || 8080));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Nieprawidłowy port / invalid port: ${out.port ?? process.env.PORT}`);
    process.exit(2);
  }
  return { port, open: out.open };
}

function send(res, status, body, type = 'text/plain; charset=utf-8', head = false) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

function notFound(res, head) {
  const page = path.join(ROOT, '404.html');
  // The archive's 404 page links relatively from the root, and it is served at any depth.
  if (fs.existsSync(page)) send(res, 404, fs.readFileSync(page, 'utf8').replace(/<head>/i, '<head><base href="/">'), MIME['.html'], head);
  else send(res, 404, 'Nie znaleziono / Not found\n', undefined, head);
}

function handle(req, res) {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed\n');
  }
  const raw = req.url ?? '/';
  const q = raw.search(/[?#]/);
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? '' : raw.slice(q);
  let urlPath;
  try {
    urlPath = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'Bad request\n', undefined, head);
  }
  if (!urlPath.startsWith('/') || urlPath.includes('\0') || urlPath.includes('\\')) return send(res, 400, 'Bad request\n', undefined, head);
  // Any `..` segment is refused outright rather than normalised away.
  if (urlPath.split('/').includes('..')) return send(res, 403, 'Forbidden\n', undefined, head);
  let inner = urlPath;
  if (CONFIG.base && (inner === CONFIG.base || inner.startsWith(CONFIG.base + '/'))) inner = inner.slice(CONFIG.base.length) || '/';
  const file = path.join(ROOT, inner);
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return send(res, 403, 'Forbidden\n', undefined, head);
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return notFound(res, head);
  }
  let target = file;
  if (stat.isDirectory()) {
    if (!rawPath.endsWith('/')) {
      res.writeHead(301, { Location: rawPath + '/' + query, 'Content-Length': 0 });
      return res.end();
    }
    target = path.join(file, 'index.html');
    try {
      stat = fs.statSync(target);
    } catch {
      return notFound(res, head);
    }
  }
  if (!stat.isFile()) return notFound(res, head);
  const type = MIME[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (head) return res.end();
  fs.createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}

function openBrowser(url) {
  const cmd =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    spawn(cmd[0], cmd[1], { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    // No browser to open: the printed address is enough.
  }
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

const { port, open } = parseArgs(process.argv.slice(2));
const server = http.createServer(handle);
let actual;
try {
  actual = await listen(server, port);
} catch (err) {
  if (err && err.code === 'EADDRINUSE') {
    console.error(`Port ${port} jest zajęty, wybieram wolny / port ${port} is taken, using a free one.`);
    actual = await listen(server, 0);
  } else throw err;
}
const url = `http://127.0.0.1:${actual}${CONFIG.base}/`;
console.log(`Monitor Ekonomii Społecznej${CONFIG.release ? ` — ${CONFIG.release}` : ''}`);
console.log(`Otwórz w przeglądarce / open in a browser: ${url}`);
console.log('Zatrzymanie / stop: Ctrl+C');
if (open) openBrowser(url);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
