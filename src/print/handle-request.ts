// Answers one request of a print page from the sandbox's allow-list: the document, theme files, font package files, CV images.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest } from 'puppeteer-core';
import { ASSET_ORIGIN, CV_PREFIX, DOCUMENT_URL, FONTS_PREFIX, THEME_PREFIX } from '../model/asset-urls.js';
import { CvpressError } from '../model/errors.js';
import { readRegularFile } from '../model/read-regular-file.js';
import { checkImage } from './check-image.js';

/** Largest single file served to the page (a photo, a font, a stylesheet). */
const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** What the CV's folder may serve: images only, so no text file next to a CV can be pulled into a page. */
const CV_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);
/** What a font package may serve. */
const FONT_EXTENSIONS = new Set(['.css', '.woff2', '.woff', '.ttf', '.otf']);
/** Font packages that may be served under `/fonts/`. */
const FONT_PACKAGE = /^@fontsource(?:-variable)?\/[a-z0-9][a-z0-9._-]*$/;

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** How font package files are answered: the same URL always has the same bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Font files are immutable package contents: keep their bytes across prints (up to a bound). */
const fontCache = new Map<string, Buffer>();
const FONT_CACHE_MAX_BYTES = 128 * 1024 * 1024;
let fontCacheBytes = 0;
/** Font package files already checked (inside their installed package), by URL path: packages do not change. */
const fontFiles = new Map<string, string>();
const FONT_FILES_MAX = 20_000;
/** Resolved folders of font packages, by package name. */
const fontPackageDirs = new Map<string, string | null>();

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
}

/** Finds an installed font package by walking up from this module to each `node_modules`. */
async function findFontPackage(pkg: string): Promise<string | undefined> {
  if (fontPackageDirs.has(pkg)) return fontPackageDirs.get(pkg) ?? undefined;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  let found: string | null = null;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', ...pkg.split('/'));
    if (existsSync(path.join(candidate, 'package.json'))) {
      found = await realpath(candidate);
      break;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  fontPackageDirs.set(pkg, found);
  return found ?? undefined;
}

/** Decodes URL path segments strictly; undefined for traversal, encoded separators or bad encoding. */
function safeSegments(rest: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (seg === '' || seg === '.' || seg === '..' || /[\\/\0:]/.test(seg)) return undefined;
    segments.push(seg);
  }
  return segments.length ? segments : undefined;
}

/** Reads a regular file whose real path is inside `root` (see `readRegularFile`); undefined when refused. */
async function readInside(root: string, segments: string[]): Promise<{ bytes: Buffer; real: string } | undefined> {
  try {
    return await readRegularFile(path.join(root, ...segments), { root, maxBytes: MAX_ASSET_BYTES });
  } catch {
    return undefined;
  }
}

/** Answers a request with bytes. Font package files may be cached by Chromium; theme and CV files never are. */
function respond(request: HTTPRequest, body: Buffer | string, contentType: string, cacheable: boolean): Promise<void> {
  return request.respond({ status: 200, contentType, body, headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': cacheable ? IMMUTABLE : 'no-store' } });
}

/** A font package file (cached in memory across prints). */
async function serveFont(request: HTTPRequest, pathname: string, ctx: RequestContext): Promise<void> {
  const segs = safeSegments(pathname.slice(FONTS_PREFIX.length));
  const pkg = segs && segs.length >= 3 ? `${segs[0]}/${segs[1]}` : undefined;
  if (!segs || !pkg || !FONT_PACKAGE.test(pkg) || !FONT_EXTENSIONS.has(path.extname(segs[segs.length - 1]!).toLowerCase())) {
    return ctx.block(request, 'only the stylesheets and font files of @fontsource and @fontsource-variable packages are served.');
  }
  const known = fontFiles.get(pathname);
  let file = known;
  let body = known ? fontCache.get(known) : undefined;
  if (!body) {
    const dir = await findFontPackage(pkg);
    const hit = dir && (await readInside(dir, segs.slice(2)));
    if (!hit) return ctx.block(request, `no such file in an installed ${pkg} package.`);
    file = hit.real;
    body = hit.bytes;
    if (fontFiles.size < FONT_FILES_MAX) fontFiles.set(pathname, file);
    if (fontCacheBytes + body.length <= FONT_CACHE_MAX_BYTES) {
      fontCache.set(file, body);
      fontCacheBytes += body.length;
    }
  }
  return respond(request, body, CONTENT_TYPES[path.extname(file!).toLowerCase()] ?? 'application/octet-stream', true);
}

/** An image from the CV's folder: a regular file inside it, checked by `checkImage` (real format, decoded size, SVG cleaned). */
async function serveCvImage(request: HTTPRequest, pathname: string, ctx: RequestContext): Promise<void> {
  const segs = safeSegments(pathname.slice(CV_PREFIX.length));
  const isImage = segs !== undefined && segs.every((seg) => !seg.startsWith('.')) && CV_EXTENSIONS.has(path.extname(segs[segs.length - 1]!).toLowerCase());
  if (!isImage) return ctx.block(request, 'only images (png, jpg, gif, webp, avif, svg) next to the CV are served, never hidden files.');
  const hit = ctx.cvDir !== undefined ? await readInside(ctx.cvDir, segs) : undefined;
  // The real file must be an image too (a symlink named photo.png may point at anything).
  if (!hit || !CV_EXTENSIONS.has(path.extname(hit.real).toLowerCase())) return ctx.block(request, 'no such image inside the CV\'s folder (files outside it are never served).');
  ctx.assets.set(hit.real, createHash('sha256').update(hit.bytes).digest('hex'));
  let verdict;
  try {
    verdict = checkImage(hit.bytes, segs.join('/'), ctx.imageBudget);
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
 * Every file is read by `readRegularFile` (real path inside its folder, a regular file, at most 20 MB).
 * Everything else is blocked through `ctx.block`.
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
    if (pathname === '/favicon.ico') return await request.abort('blockedbyclient');
    if (pathname.startsWith(THEME_PREFIX)) {
      const segs = safeSegments(pathname.slice(THEME_PREFIX.length));
      const hit = segs && (await readInside(ctx.themeDir, segs));
      if (hit) return await respond(request, hit.bytes, CONTENT_TYPES[path.extname(hit.real).toLowerCase()] ?? 'application/octet-stream', false);
      return await ctx.block(request, 'no such file inside the theme folder.');
    }
    if (pathname.startsWith(FONTS_PREFIX)) return await serveFont(request, pathname, ctx);
    if (pathname.startsWith(CV_PREFIX)) return await serveCvImage(request, pathname, ctx);
    return await ctx.block(request, 'not a theme, font or CV file.');
  } catch {
    // The page may be closing (timeout); a request that cannot be answered is simply dropped.
    if (!request.isInterceptResolutionHandled()) await request.abort('blockedbyclient').catch(() => undefined);
  }
}
