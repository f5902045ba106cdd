// Answers the preview server's requests: the page, its script and style, the page images, the state stream, the settings; nothing else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PREVIEW_SCRIPT, PREVIEW_STYLE, renderPreviewPage } from './preview-assets.js';
import type { PreviewState } from './preview-types.js';

/** What the handler needs from the running preview. */
export interface PreviewServerContext {
  /** The port the server listens on (for the Host and Origin checks). */
  port(): number;
  /** A random secret the page sends back with settings requests. */
  token: string;
  fileName: string;
  state(): PreviewState;
  /** The JPEG of page `n` (1-based) of build `revision`, if it is still kept. */
  image(revision: number, n: number): Buffer | undefined;
  /** Applies `{ theme?, format? }` from the page; rejects with a message for a value the flags would refuse. */
  settings(body: Record<string, unknown>): Promise<void>;
  /** Server-sent-event streams open now. */
  streams: Set<ServerResponse>;
  refused(info: { method: string; url: string; status: number; why: string }): void;
}

/** The page may run only its own script and style, show only its own images, and talk only to this server. */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};
const MAX_BODY = 4096;

/** The Host header names this server on the loopback interface (a page on another name is a DNS-rebinding attempt). */
function hostIsLoopback(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

/** Reads a small JSON body (settings). */
function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const data = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
        resolve(data as Record<string, unknown>);
      } catch (err) {
        reject(err as Error);
      }
    });
    req.on('error', reject);
  });
}

/** Opens a server-sent-event stream and sends the current state at once. */
function openStream(req: IncomingMessage, res: ServerResponse, ctx: PreviewServerContext): void {
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(`retry: 500\nevent: state\ndata: ${JSON.stringify(ctx.state())}\n\n`);
  ctx.streams.add(res);
  req.on('close', () => ctx.streams.delete(res));
}

/** Applies a settings request from the page: same origin, the page's token, JSON. */
async function applySettings(req: IncomingMessage, res: ServerResponse, ctx: PreviewServerContext): Promise<void> {
  const origin = req.headers.origin;
  const own = origin === undefined || hostIsLoopback(origin.replace(/^https?:\/\//, ''), ctx.port());
  if (!own || req.headers['x-cvpress-token'] !== ctx.token || !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    ctx.refused({ method: 'POST', url: req.url ?? '', status: 403, why: 'a settings request without the page\'s token or from another origin' });
    return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden\n');
  }
  try {
    await ctx.settings(await readJson(req));
    send(res, 204, 'text/plain; charset=utf-8', '');
  } catch (err) {
    send(res, 400, 'text/plain; charset=utf-8', `${(err as Error).message}\n`);
  }
}

/**
 * Answers one request of the preview server. Refuses (and reports through `ctx.refused`) every request whose
 * Host header is not this server's loopback address and port (DNS rebinding), and answers only: `GET /` (the
 * page, under a Content-Security-Policy that allows only its own script, style, images and connections),
 * `/preview.js`, `/preview.css`, `/events` (server-sent events with the state), `/state` (the same as JSON),
 * `/pages/<revision>/<n>.jpg` (page images, from memory) and `POST /settings` (with the page's token). No file
 * is ever read from disk here: the CV, its images, the theme and the fonts reach the page only as the
 * images and text of the printed PDF, so every other path — traversal, encoded `..`, absolute, symlinked —
 * gets 404.
 */
export function handlePreviewRequest(req: IncomingMessage, res: ServerResponse, ctx: PreviewServerContext): void {
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  if (!hostIsLoopback(req.headers.host, ctx.port())) {
    ctx.refused({ method, url: rawUrl, status: 421, why: `Host header ${JSON.stringify(req.headers.host ?? '')} is not this preview (127.0.0.1:${ctx.port()})` });
    return send(res, 421, 'text/plain; charset=utf-8', 'Misdirected request: use http://127.0.0.1:' + ctx.port() + '/\n');
  }
  const pathname = rawUrl.split('?')[0]!;
  if (method === 'POST' && pathname === '/settings') {
    void applySettings(req, res, ctx);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD, POST' });
  if (pathname === '/' || pathname === '/index.html') return send(res, 200, 'text/html; charset=utf-8', renderPreviewPage(ctx.token, ctx.fileName), { 'Content-Security-Policy': PAGE_CSP });
  if (pathname === '/preview.js') return send(res, 200, 'text/javascript; charset=utf-8', PREVIEW_SCRIPT);
  if (pathname === '/preview.css') return send(res, 200, 'text/css; charset=utf-8', PREVIEW_STYLE);
  if (pathname === '/state') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(ctx.state()));
  if (pathname === '/events') return openStream(req, res, ctx);
  const page = /^\/pages\/(\d{1,9})\/(\d{1,4})\.jpg$/.exec(pathname);
  const image = page ? ctx.image(Number(page[1]), Number(page[2])) : undefined;
  if (image) return send(res, 200, 'image/jpeg', image, { 'Cache-Control': 'private, max-age=3600, immutable' });
  ctx.refused({ method, url: rawUrl, status: 404, why: 'the preview serves only its page, its page images and its event stream' });
  return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
}
