// The print sandbox's answer to every request a document makes: the document itself, allowed local files, or a block with a warning.
import { readFile } from 'node:fs/promises';
import type { HTTPRequest } from 'puppeteer-core';
import { ASSET_ORIGIN, DOCUMENT_URL, VERSION_QUERY } from '../model/asset-urls.js';
import { contentVersion } from '../model/content-version.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import type { PrintOptions } from './print-types.js';
import { resolveAsset, type ResolvedAsset } from './resolve-asset.js';

/** At most this many distinct blocked URLs are reported per document. */
const MAX_BLOCK_WARNINGS = 50;
/** How cacheable files are answered: the same URL always has the same bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Font files are immutable package contents: keep their bytes across prints (up to a bound). */
const fontCache = new Map<string, Buffer>();
const FONT_CACHE_MAX_BYTES = 128 * 1024 * 1024;
let fontCacheBytes = 0;

/** Shortens a URL for a warning. */
function clipUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}...` : url;
}

/** The bytes of a served file (font package files from memory after the first time). */
async function readServed(asset: ResolvedAsset): Promise<Buffer> {
  const cached = asset.kind === 'font' ? fontCache.get(asset.file) : undefined;
  if (cached) return cached;
  const body = await readFile(asset.file);
  if (asset.kind === 'font' && fontCacheBytes + body.length <= FONT_CACHE_MAX_BYTES) {
    fontCache.set(asset.file, body);
    fontCacheBytes += body.length;
  }
  return body;
}

/** The sandbox of one document: its request listener, what it blocked, and whether the page may keep it. */
export interface RequestHandler {
  /** Answers one intercepted request (never throws). */
  listener: (request: HTTPRequest) => void;
  /** `blocked-request` warnings, one per distinct URL (up to 50). */
  warnings: CvWarning[];
  /** False once the document loaded anything but font package files and stylesheets, or had a request
   * blocked: a document keeps the images it has seen across `document.open`, so the next document on the
   * page must not replace this one in place. */
  reusable(): boolean;
}

/**
 * Creates the request handler of one document printed with `opts`: `DOCUMENT_URL` is answered with `html`;
 * `/theme/…`, `/fonts/…` and `/cv/…` with the file `resolveAsset` allows; `data:` URLs go through; everything
 * else is aborted with a `blocked-request` warning. Font package files are answered as immutable (an
 * installed package does not change), and so is a theme file whose URL carries the content version
 * (`?v=…`, see `contentVersion`) of the bytes served; anything else is `no-store`: the same URL means another
 * theme's or CV folder's file for the next CV.
 */
export function createRequestHandler(html: string, opts: PrintOptions): RequestHandler {
  const warnings: CvWarning[] = [];
  const blocked = new Set<string>();
  let reusable = true;

  const block = (request: HTTPRequest, why: string): Promise<void> => {
    reusable = false;
    const url = request.url();
    if (!blocked.has(url) && blocked.size < MAX_BLOCK_WARNINGS) {
      blocked.add(url);
      warnings.push(createWarning('blocked-request', `Blocked a request to ${clipUrl(url)}: ${why}`, undefined, opts.file));
    }
    return request.abort('blockedbyclient');
  };

  const serve = async (request: HTTPRequest, asset: ResolvedAsset, search: string): Promise<void> => {
    if (asset.kind !== 'font' && !asset.contentType.startsWith('text/css')) reusable = false;
    const body = await readServed(asset);
    // Chromium may keep what it made of a cacheable file (decoded fonts, parsed stylesheets) from one document to the next.
    const cacheable = asset.kind === 'font' || (asset.kind === 'theme' && search === `?${VERSION_QUERY}=${contentVersion(body)}`);
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': cacheable ? IMMUTABLE : 'no-store' };
    return request.respond({ status: 200, contentType: asset.contentType, body, headers });
  };

  const onRequest = async (request: HTTPRequest): Promise<void> => {
    try {
      const raw = request.url();
      if (raw.startsWith('data:')) return await request.continue();
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return await block(request, 'not a valid URL.');
      }
      if (url.origin !== ASSET_ORIGIN || url.username || url.password) {
        return await block(request, 'a CV may not reach the network or the file system; only the theme, font packages and files next to the CV are served.');
      }
      if (url.href.split('#')[0] === DOCUMENT_URL) {
        return await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (url.pathname === '/favicon.ico') {
        reusable = false;
        return await request.abort('blockedbyclient');
      }
      const asset = await resolveAsset(url.pathname, opts);
      if (asset.ok) return await serve(request, asset, url.search);
      return await block(request, asset.why);
    } catch {
      // The page may be closing (timeout); a request that cannot be answered is simply dropped.
      reusable = false;
      if (!request.isInterceptResolutionHandled()) await request.abort('blockedbyclient').catch(() => undefined);
    }
  };

  return {
    listener: (request) => void onRequest(request),
    warnings,
    reusable: () => reusable,
  };
}
