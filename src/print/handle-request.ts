// Answers one request of a print page from the sandbox's allow-list: the document, theme files, font package files, CV images.
import { createHash } from 'node:crypto';
import type { HTTPRequest } from 'puppeteer-core';
import { ASSET_ORIGIN, CV_PREFIX, DOCUMENT_URL, VERSION_QUERY } from '../model/asset-urls.js';
import { contentVersion } from '../model/content-version.js';
import { CvpressError } from '../model/errors.js';
import { readRegularFile } from '../model/read-regular-file.js';
import { checkImage } from './check-image.js';
import { MAX_ASSET_BYTES, resolveAsset, type ResolvedAsset } from './resolve-asset.js';

/** How font package files are answered: the same URL always has the same bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Font files are immutable package contents: keep their bytes across prints (up to a bound). */
const fontCache = new Map<string, Buffer>();
const FONT_CACHE_MAX_BYTES = 128 * 1024 * 1024;
let fontCacheBytes = 0;

/** What one document's requests are answered from, and where the answers are recorded. */
export interface RequestContext {
  html: string;
  themeDir: string;
  cvDir: string | undefined;
  /** Decoded bytes the CV's images may still take, of the total (see `checkImage`). */
  imageBudget: { left: number; total: number; file?: string };
  /** The CV-folder files served: real path → SHA-256 of the bytes read (for the cache). */
  assets: Map<string, string>;
  /** Blocks the request and records a `blocked-request` warning. */
  block(request: HTTPRequest, why: string): Promise<void>;
  /** Records a warning about a file served. */
  note(message: string): void;
  /** Fails the whole print (an image over the CV's memory budget). */
  fail(err: CvpressError): void;
  /** Set to false once the document loaded anything but font package files and stylesheets, or had a
   * request blocked or dropped: a document keeps the images it has seen across `document.open`, so the next
   * document on the page must not replace this one in place. */
  reusable: boolean;
}

/** Reads the file `resolveAsset` found with `readRegularFile` (still a regular file, the same one, within the bound); undefined when refused. */
async function readAsset(asset: ResolvedAsset): Promise<Buffer | undefined> {
  try {
    return (await readRegularFile(asset.file, { maxBytes: MAX_ASSET_BYTES })).bytes;
  } catch {
    return undefined;
  }
}

/** Answers a request with bytes. Font package files and versioned theme files may be cached by Chromium; CV files never are. */
function respond(request: HTTPRequest, body: Buffer | string, contentType: string, cacheable: boolean): Promise<void> {
  return request.respond({ status: 200, contentType, body, headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': cacheable ? IMMUTABLE : 'no-store' } });
}

/** A font package file (its bytes kept in memory across prints). */
async function serveFont(request: HTTPRequest, asset: ResolvedAsset, ctx: RequestContext): Promise<void> {
  let body = fontCache.get(asset.file);
  if (!body) {
    body = await readAsset(asset);
    if (!body) return ctx.block(request, 'the font file cannot be read.');
    if (fontCacheBytes + body.length <= FONT_CACHE_MAX_BYTES) {
      fontCache.set(asset.file, body);
      fontCacheBytes += body.length;
    }
  }
  return respond(request, body, asset.contentType, true);
}

/** An image from the CV's folder, checked by `checkImage` (real format, decoded size, SVG cleaned). */
async function serveCvImage(request: HTTPRequest, pathname: string, asset: ResolvedAsset, ctx: RequestContext): Promise<void> {
  const bytes = await readAsset(asset);
  if (!bytes) return ctx.block(request, "no such image inside the CV's folder (files outside it are never served).");
  ctx.assets.set(asset.file, createHash('sha256').update(bytes).digest('hex'));
  let verdict;
  try {
    verdict = await checkImage(bytes, decodeURIComponent(pathname.slice(CV_PREFIX.length)), ctx.imageBudget);
  } catch (err) {
    if (err instanceof CvpressError) ctx.fail(err);
    return request.abort('blockedbyclient');
  }
  if (!verdict.ok) return ctx.block(request, verdict.why);
  if (verdict.note) ctx.note(verdict.note);
  return respond(request, verdict.body, verdict.contentType, false);
}

/**
 * Answers one request of a print page: the document itself (`DOCUMENT_URL`, from memory), `/theme/…`
 * files inside the theme folder, `/fonts/<@fontsource*-package>/…` stylesheets and fonts inside that
 * installed package, `/cv/…` images inside the CV's folder (checked by `checkImage`), and `data:` URLs.
 * Paths are resolved by `resolveAsset` (the one containment rule of printing, preview and HTML export), and
 * every file is then read by `readRegularFile` (a regular file, the one checked, at most 20 MB).
 * Everything else is blocked through `ctx.block`. Font package files are answered as immutable, and so is a
 * theme file whose URL carries the content version (`?v=…`) of the bytes served; anything else is `no-store`.
 */
export async function handleRequest(request: HTTPRequest, ctx: RequestContext): Promise<void> {
  try {
    const raw = request.url();
    if (raw.startsWith('data:')) return await request.continue();
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return await ctx.block(request, 'not a valid URL.');
    }
    if (url.origin !== ASSET_ORIGIN || url.username || url.password) {
      return await ctx.block(request, 'a CV may not reach the network or the file system; only the theme, font packages and files next to the CV are served.');
    }
    if (url.href.split('#')[0] === DOCUMENT_URL) return await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: ctx.html });
    const pathname = url.pathname;
    if (pathname === '/favicon.ico') {
      ctx.reusable = false;
      return await request.abort('blockedbyclient');
    }
    const asset = await resolveAsset(pathname, { themeDir: ctx.themeDir, cvDir: ctx.cvDir });
    if (!asset.ok) return await ctx.block(request, asset.why);
    if (asset.kind === 'font') return await serveFont(request, asset, ctx);
    if (!asset.contentType.startsWith('text/css')) ctx.reusable = false;
    if (asset.kind === 'cv') return await serveCvImage(request, pathname, asset, ctx);
    const body = await readAsset(asset);
    if (!body) return await ctx.block(request, 'no such file inside the theme folder.');
    // A theme file whose URL carries the content version of the bytes served is immutable (see `contentVersion`).
    return await respond(request, body, asset.contentType, url.search === `?${VERSION_QUERY}=${contentVersion(body)}`);
  } catch {
    ctx.reusable = false;
    // The page may be closing (timeout); a request that cannot be answered is simply dropped.
    if (!request.isInterceptResolutionHandled()) await request.abort('blockedbyclient').catch(() => undefined);
  }
}
