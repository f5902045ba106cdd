// Reads an installed @fontsource stylesheet once per process: its family, and each face's unicode-range and font file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findCssUrlArgs } from './find-css-url-args.js';
import { findFontFaces } from './find-font-faces.js';
import type { FontFaceSource, FontSource } from './font-source-types.js';
import { readUnicodeRanges } from './read-unicode-ranges.js';
import { findInstalledStylesheet } from './find-installed-stylesheet.js';

const cache = new Map<string, FontSource | null>();


/** The face's font file: the `.woff` of its `src` list when there is one (its cmap inflates alone), else the first URL. */
function faceFile(face: string, cssDir: string, pkgDir: string): string | undefined {
  const urls = [...findCssUrlArgs(face, { prefix: '', closing: 'any', caseless: true })].map((u) => u.arg);
  const pick = urls.find((u) => /\.woff$/i.test(u)) ?? urls[0];
  if (!pick || /^[a-z][a-z0-9+.-]*:/i.test(pick)) return undefined;
  const file = path.resolve(cssDir, pick);
  // Only files inside the stylesheet's own package.
  return file.startsWith(pkgDir + path.sep) ? file : undefined;
}

const FAMILY = /font-family/iy;
const SPACE = /\s/;
const isQuote = (c: string | undefined): boolean => c === '"' || c === "'";

/**
 * The family a face's body declares, trimmed: what `/font-family\s*:\s*['"]?([^;'"]+)['"]?\s*;/i` captured
 * ('' for none), by scanning. After `font-family`, white space, ":" and white space, maybe a quote, the name
 * runs to the first `;`, quote or end; then a ";" or a quote, white space and ";". Where that fails but a
 * quote follows white space after the ":", the pattern matched that white space as the name (trimmed: '').
 * Run ends are found once for all declarations (each part of the body is read a bounded number of times).
 */
function familyOf(body: string): string {
  const n = body.length;
  // from the end: where the white space at i ends, and the first ; ' " at or after i
  const spaceEnd = new Int32Array(n + 1).fill(n);
  const stop = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    spaceEnd[i] = SPACE.test(body[i]!) ? spaceEnd[i + 1]! : i;
    stop[i] = body[i] === ';' || isQuote(body[i]) ? i : stop[i + 1]!;
  }
  for (let f = 0; f < n; f++) {
    FAMILY.lastIndex = f;
    if (!FAMILY.test(body)) continue;
    const colon = spaceEnd[f + 11]!;
    if (body[colon] !== ':') continue;
    const p = spaceEnd[colon + 1]!;
    const c0 = isQuote(body[p]) ? p + 1 : p;
    const r = stop[c0]!;
    if (r > c0 && (body[r] === ';' || (isQuote(body[r]) && body[spaceEnd[r + 1]!] === ';'))) return body.slice(c0, r).trim();
    if (p > colon + 1 && isQuote(body[p]) && body[spaceEnd[p + 1]!] === ';') return '';
  }
  return '';
}

/**
 * Reads the stylesheet `href` of an installed `@fontsource*` package (e.g. `@fontsource/noto-serif-jp/400.css`):
 * the family its `@font-face` rules declare, and per face its `unicode-range` and font file. Memoized for the
 * process: installed packages do not change while it runs.
 * @returns undefined when the stylesheet is not installed or declares no face
 */
export function readFontStylesheet(href: string): FontSource | undefined {
  const hit = cache.get(href);
  if (hit !== undefined) return hit ?? undefined;
  let source: FontSource | null = null;
  const file = findInstalledStylesheet(href);
  const css = file ? (() => { try { return readFileSync(file, 'utf8'); } catch { return undefined; } })() : undefined;
  if (file && css !== undefined) {
    // The package folder: `node_modules/@fontsource/<name>`, the first two segments of the href.
    const pkgDir = path.join(file.slice(0, file.length - href.length), ...href.split('/').slice(0, 2));
    const faces: FontFaceSource[] = [];
    let family = '';
    for (const m of findFontFaces(css)) {
      const body = css.slice(m.bodyStart, m.end - 1);
      family ||= familyOf(body);
      faces.push({ ranges: /unicode-range/i.test(body) ? readUnicodeRanges(`@font-face {${body}}`) ?? [] : undefined, file: faceFile(body, path.dirname(file), pkgDir) });
    }
    if (faces.length > 0 && family) {
      const index: Array<[number, number, number]> = [];
      const unbounded: number[] = [];
      faces.forEach((f, i) => (f.ranges ? f.ranges.forEach(([a, b]) => index.push([a, b, i])) : unbounded.push(i)));
      index.sort((x, y) => x[0] - y[0]);
      const maxEnd: number[] = [];
      index.forEach(([, b], i) => maxEnd.push(Math.max(b, i > 0 ? maxEnd[i - 1]! : -1)));
      source = { href, family, faces, index, maxEnd, unbounded };
    }
  }
  if (cache.size < 4096) cache.set(href, source);
  return source ?? undefined;
}
