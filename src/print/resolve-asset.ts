// Maps a sandbox URL path (/theme/…, /fonts/…, /cv/…) to a file inside its allowed root, or says why not: the one containment rule of printing, preview and HTML export.
import { realpath, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CV_PREFIX, FONTS_PREFIX, THEME_PREFIX } from '../model/asset-urls.js';

/** Largest single file served (a photo, a font). */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** What the CV's folder may serve: images only, so no text file next to a CV can be pulled into a page. */
const CV_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);
/** What a font package may serve. */
const FONT_EXTENSIONS = new Set(['.css', '.woff2', '.woff', '.ttf', '.otf']);
/** Font packages that may be served under `/fonts/`. */
const FONT_PACKAGE = /^@fontsource(-variable)?\/[a-z0-9][a-z0-9._-]*$/;

/** Content types of the files the sandbox serves. */
export const CONTENT_TYPES: Record<string, string> = {
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

/** The roots a document's assets may come from. */
export interface AssetRoots {
  /** Absolute path of the theme folder (`/theme/…`). */
  themeDir: string;
  /** Absolute path of the CV's own folder (`/cv/…`, images only), or undefined to serve nothing there. */
  cvDir: string | undefined;
}

/** A URL path that resolved to a file inside its root. */
export interface ResolvedAsset {
  ok: true;
  /** Real path of the file (symlinks resolved). */
  file: string;
  size: number;
  /** Which root it came from: font package files never change (cacheable), the others may. */
  kind: 'theme' | 'font' | 'cv';
  contentType: string;
}

/** A URL path that is refused, with the reason (for a `blocked-request` warning). */
export interface RefusedAsset {
  ok: false;
  why: string;
}

/** Font package files already checked (inside their installed package), by URL path: packages do not change. */
const fontFiles = new Map<string, { file: string; size: number }>();
const FONT_FILES_MAX = 20_000;
/** Resolved folders of font packages, by package name. */
const fontPackageDirs = new Map<string, string | null>();

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

/** A file only if its real path is inside the real `root` and it is a regular file within the size bound. */
async function findInside(root: string, segments: string[]): Promise<{ file: string; size: number } | undefined> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return undefined;
  }
  let real: string;
  try {
    real = await realpath(path.join(realRoot, ...segments));
  } catch {
    return undefined;
  }
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) return undefined;
  const st = await stat(real).catch(() => undefined);
  if (!st?.isFile() || st.size > MAX_ASSET_BYTES) return undefined;
  return { file: real, size: st.size };
}

const found = (hit: { file: string; size: number }, kind: ResolvedAsset['kind']): ResolvedAsset => ({
  ok: true,
  ...hit,
  kind,
  contentType: CONTENT_TYPES[path.extname(hit.file).toLowerCase()] ?? 'application/octet-stream',
});

/**
 * Resolves the path of a sandbox URL (`/theme/<path>`, `/fonts/@fontsource*\/<pkg>/<path>`, `/cv/<image>`) to
 * the file it names, applying every containment rule: each segment is decoded strictly (no empty, `.`, `..`,
 * encoded separator, NUL or `:`), the real path (symlinks resolved) must lie inside the real root, only
 * regular files up to {@link MAX_ASSET_BYTES}; font packages serve only stylesheets and font files of an
 * installed `@fontsource*` package, the CV's folder only images that are not hidden (the real file too).
 * Printing, the preview server and the HTML export all go through here.
 * @param pathname - the URL's path, still percent-encoded (`new URL(…).pathname`)
 * @param roots - the theme folder and the CV's folder
 */
export async function resolveAsset(pathname: string, roots: AssetRoots): Promise<ResolvedAsset | RefusedAsset> {
  if (pathname.startsWith(THEME_PREFIX)) {
    const segs = safeSegments(pathname.slice(THEME_PREFIX.length));
    const hit = segs && (await findInside(roots.themeDir, segs));
    return hit ? found(hit, 'theme') : { ok: false, why: 'no such file inside the theme folder.' };
  }
  if (pathname.startsWith(FONTS_PREFIX)) {
    const segs = safeSegments(pathname.slice(FONTS_PREFIX.length));
    const pkg = segs && segs.length >= 3 ? `${segs[0]}/${segs[1]}` : undefined;
    if (!segs || !pkg || !FONT_PACKAGE.test(pkg) || !FONT_EXTENSIONS.has(path.extname(segs[segs.length - 1]!).toLowerCase())) {
      return { ok: false, why: 'only the stylesheets and font files of @fontsource and @fontsource-variable packages are served.' };
    }
    const known = fontFiles.get(pathname);
    if (known) return found(known, 'font');
    const dir = await findFontPackage(pkg);
    const hit = dir && (await findInside(dir, segs.slice(2)));
    if (!hit) return { ok: false, why: `no such file in an installed ${pkg} package.` };
    if (fontFiles.size < FONT_FILES_MAX) fontFiles.set(pathname, hit);
    return found(hit, 'font');
  }
  if (pathname.startsWith(CV_PREFIX)) {
    const segs = safeSegments(pathname.slice(CV_PREFIX.length));
    const isImage = segs !== undefined && segs.every((seg) => !seg.startsWith('.')) && CV_EXTENSIONS.has(path.extname(segs[segs.length - 1]!).toLowerCase());
    if (!isImage) return { ok: false, why: 'only images (png, jpg, gif, webp, avif, svg) next to the CV are served, never hidden files.' };
    const hit = roots.cvDir !== undefined ? await findInside(roots.cvDir, segs) : undefined;
    // The real file must be an image too (a symlink named photo.png may point at anything).
    if (hit && CV_EXTENSIONS.has(path.extname(hit.file).toLowerCase())) return found(hit, 'cv');
    return { ok: false, why: "no such image inside the CV's folder (files outside it are never served)." };
  }
  return { ok: false, why: 'not a theme, font or CV file.' };
}
