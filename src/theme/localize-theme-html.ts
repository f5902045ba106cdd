// Makes a JSON Resume theme's HTML print offline: remote files and scripts out, its own files from the package, fonts from @fontsource.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ASSET_ORIGIN, FONTS_PREFIX, THEME_PREFIX } from '../model/asset-urls.js';
import { findPackageRoot } from './find-package-root.js';
import { readUnicodeRanges, type CodeRanges } from './read-unicode-ranges.js';

/** What {@link localizeThemeHtml} did to a document. */
export interface LocalizedThemeHtml {
  html: string;
  /** Remote URLs the theme asked for, removed (each once, in document order). */
  remote: string[];
  /** `<script>` elements removed (JavaScript is off in the page anyway). */
  scripts: number;
  /** The font families that print with cvpress's local fonts instead of the theme's own. */
  aliased: string[];
}

const REMOTE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Anything with a scheme or host, except `data:` and the sandbox's own origin (the CV's photo, say). */
const isRemote = (url: string): boolean => REMOTE.test(url) && !/^\s*data:/i.test(url) && !url.trim().startsWith(`${ASSET_ORIGIN}/`);
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', '-apple-system', 'blinkmacsystemfont', 'inherit', 'initial', 'unset', 'revert', 'revert-layer']);
/** Families that draw icons from private-use code points: a text font instead would print letters or boxes. */
const ICON_FAMILY = /icon|awesome|glyph|feather|symbol|material|fa-|fontello|ionic|octicon|devicon/i;
const SERIF_FAMILY = /serif(?!.*sans)|georgia|times|garamond|baskerville|palatino|cambria|merriweather|lora|playfair|crimson|caslon|didot|bodoni|book antiqua|minion|charter|libre baskerville|pt serif|source serif|noto serif|slab|roboto slab|bitter|domine|spectral|cormorant|old standard|prata/i;
/** Local fonts: the alias stylesheets, and the fallbacks (CJK, symbols) added when the document has characters the first lack. */
const SANS = ['400', '400-italic', '600', '700', '700-italic'].map((w) => `@fontsource/source-sans-3/${w}.css`);
const SERIF = ['400', '400-italic', '600', '700', '700-italic'].map((w) => `@fontsource/source-serif-4/${w}.css`);
const SANS_CJK = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];
const SERIF_CJK = ['@fontsource/noto-serif-sc/400.css', '@fontsource/noto-serif-sc/700.css'];
const MAX_CSS_BYTES = 2 * 1024 * 1024;

const fontCss = new Map<string, string>();

/** A font package stylesheet with its family renamed to `family` and its files as sandbox URLs (read once). */
function aliasCss(href: string, family: string): string {
  let css = fontCss.get(href);
  if (css === undefined) {
    css = '';
    for (let dir = findPackageRoot(); ; dir = path.dirname(dir)) {
      const file = path.join(dir, 'node_modules', ...href.split('/'));
      if (existsSync(file)) {
        const pkg = href.split('/').slice(0, 2).join('/');
        css = readFileSync(file, 'utf8').replace(/url\(\s*['"]?\.\/([^'")]+)['"]?\s*\)/g, (_m, f: string) => `url(${ASSET_ORIGIN}${FONTS_PREFIX}${pkg}/${f})`);
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    fontCss.set(href, css);
  }
  return css.replace(/font-family:\s*[^;]+;/g, `font-family: ${JSON.stringify(family)};`);
}

let mainRanges: CodeRanges | undefined | null = null;

/** The characters of the document's text that the local Latin fonts lack (CJK, symbols such as ∙ or →). */
function missingCodePoints(html: string): number[] {
  if (mainRanges === null) mainRanges = readUnicodeRanges(SANS.map((h) => aliasCss(h, 'x')).join('\n'));
  const ranges = mainRanges;
  if (!ranges) return [];
  const missing = new Set<number>();
  const text = html.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi, ' ');
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && !/\s/.test(ch) && !ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(cp);
  }
  return [...missing];
}

/** The faces of a fallback stylesheet that cover one of `missing`, declared upright and italic (so italic text finds them too). */
function fallbackFaces(href: string, family: string, missing: number[]): string {
  return (aliasCss(href, family).match(/@font-face\s*\{[^}]*\}/gi) ?? [])
    .filter((face) => readUnicodeRanges(face)?.some(([a, b]) => missing.some((cp) => cp >= a && cp <= b)) ?? true)
    .flatMap((face) => [face, face.replace(/font-style:\s*normal/i, 'font-style: italic')])
    .join('\n');
}

/** The family names of a `font-family` / `font` value (quotes removed, generic keywords and variables left out). */
function familiesOf(prop: string, value: string): string[] {
  const parts = value.replace(/!important/i, '').split(',');
  if (/^font$/i.test(prop) && parts[0] !== undefined) {
    // `font: italic bold 1em/1.5 Open Sans, …`: the family starts after the size.
    const words = parts[0].trim().split(/\s+/);
    const size = words.reduce((last, w, i) => (/[\d/%]/.test(w) ? i : last), -1);
    parts[0] = words.slice(size + 1).join(' ');
  }
  return parts.map((p) => p.trim().replace(/^['"]|['"]$/g, '').trim()).filter((f) => f && !f.includes('(') && !GENERIC.has(f.toLowerCase()));
}

/** Rewrites one stylesheet: remote imports, fonts and images out (recorded), relative URLs onto `base`, generic families behind local fonts. */
function localizeCss(css: string, base: string, found: { remote: Set<string>; used: Set<string>; wanted: Set<string>; defined: Set<string> }): string {
  let out = css.replace(/@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)['"]?\s*\)?[^;]*;/gi, (m, url: string) => (isRemote(url) ? (found.remote.add(url), '') : m));
  out = out.replace(/@font-face\s*\{[^}]*\}/gi, (block) => {
    const family = /font-family\s*:\s*(['"]?)([^;'"}]+)\1/i.exec(block)?.[2]?.trim();
    const urls = [...block.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)].map((m) => m[1]!);
    if (family && urls.length && urls.every(isRemote)) {
      urls.forEach((u) => found.remote.add(u));
      found.wanted.add(family);
      return '';
    }
    if (family) found.defined.add(family.toLowerCase());
    return block;
  });
  out = out.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi, (m, _q: string, url: string) => {
    if (/^\s*(data:|#)/i.test(url)) return m;
    if (isRemote(url)) return (found.remote.add(url.trim()), 'url(data:,)');
    return url.startsWith('/') ? m : `url(${JSON.stringify(new URL(url.trim(), base).href)})`;
  });
  return out.replace(/((?:^|[;{\s])(font-family|font|--[\w-]*font[\w-]*)\s*:)([^;{}]*)/gi, (_m, head: string, prop: string, value: string) => {
    familiesOf(prop, value).forEach((f) => found.used.add(f));
    return head + value.replace(/(^|[\s,])(sans-serif|serif|monospace|system-ui|-apple-system)(?=\s*(?:,|!|$))/gi, (_g, pre: string, kw: string) =>
      `${pre}"${kw.toLowerCase() === 'serif' ? 'cvpress-serif' : 'cvpress-sans'}", ${kw}`);
  });
}

/** A `<link>` element: remote ones go (recorded), a local stylesheet inside the package is inlined. */
function localizeLink(tag: string, themeDir: string, found: Parameters<typeof localizeCss>[2]): string {
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  const href = attr('href');
  const rel = (attr('rel') ?? '').toLowerCase();
  if (!href) return tag;
  if (isRemote(href)) {
    if (!/preconnect|dns-prefetch|prefetch/.test(rel)) found.remote.add(href);
    return '';
  }
  if (!/stylesheet/.test(rel) || href.startsWith('/')) return tag;
  const rel0 = decodeURI(href.split(/[?#]/)[0] ?? '');
  const file = path.resolve(themeDir, rel0);
  const inside = file.startsWith(themeDir + path.sep);
  // A stylesheet the package does not ship (an optional user override.css, say) is left out: the CV's folder is never served.
  if (!inside || !existsSync(file) || !statSync(file).isFile()) return '';
  if (statSync(file).size > MAX_CSS_BYTES) return tag;
  const base = `${ASSET_ORIGIN}${THEME_PREFIX}${path.relative(themeDir, path.dirname(file)).split(path.sep).map(encodeURIComponent).join('/')}/`.replace(/\/+$/, '/');
  return `<style>${localizeCss(readFileSync(file, 'utf8'), base, found)}</style>`;
}

/**
 * Prepares the HTML a JSON Resume theme package rendered for the print sandbox, so that it prints the
 * same on every machine with no request leaving it: scripts are removed (JavaScript is off in the page);
 * remote stylesheets, `@import`s, web fonts, images and `url()`s are removed and listed; the package's own
 * stylesheets (relative `<link>`s) are inlined with their URLs pointing into the package (`/theme/…`);
 * a `<base>` makes every other relative URL resolve inside the package, never next to the CV; and each
 * font family the theme names (Lato, Helvetica…, and the generic ones) is defined from cvpress's
 * `@fontsource` packages (Source Sans 3, Source Serif 4 for serif families, then Noto Sans/Serif SC when the
 * document has characters those lack: CJK, symbols), so no host font is used. Icon fonts are left alone.
 * @param html - the theme's document
 * @param opts - `themeDir`: the package folder (its files are served under `/theme/`)
 */
export function localizeThemeHtml(html: string, opts: { themeDir: string; lang?: string }): LocalizedThemeHtml {
  const found = { remote: new Set<string>(), used: new Set<string>(), wanted: new Set<string>(), defined: new Set<string>() };
  let scripts = 0;
  let out = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>|<script\b([^>]*)\/>/gi, (_m, a?: string, b?: string) => {
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(a ?? b ?? '')?.[1];
    if (src && isRemote(src)) found.remote.add(src);
    return (scripts++, '');
  });
  out = out.replace(/<base\b[^>]*>/gi, '');
  out = out.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_m, open: string, css: string, close: string) => open + localizeCss(css, `${ASSET_ORIGIN}${THEME_PREFIX}`, found) + close);
  out = out.replace(/(<[a-z][^<>]*?\sstyle\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, (_m, attr: string, dq?: string, sq?: string) =>
    `${attr}"${localizeCss(`;${dq ?? sq ?? ''}`, `${ASSET_ORIGIN}${THEME_PREFIX}`, found).slice(1).replace(/"/g, '&quot;')}"`);
  // After the <style> pass: the package's stylesheets come in already localized.
  out = out.replace(/<link\b[^>]*>/gi, (tag) => localizeLink(tag, opts.themeDir, found));
  out = out.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)?.slice(1).find((v) => v !== undefined);
    return src && isRemote(src) ? (found.remote.add(src), '') : tag;
  });
  const families = [...new Set([...found.used, ...found.wanted])].filter((f) => !found.defined.has(f.toLowerCase()) && !ICON_FAMILY.test(f) && !f.startsWith('cvpress-'));
  const missing = missingCodePoints(out);
  const css: string[] = [];
  for (const family of ['cvpress-sans', 'cvpress-serif', ...families]) {
    const serif = family === 'cvpress-serif' || (family !== 'cvpress-sans' && SERIF_FAMILY.test(family));
    // The fallback first: of faces covering the same character, the browser uses the one defined last.
    if (missing.length) for (const href of serif ? SERIF_CJK : SANS_CJK) css.push(fallbackFaces(href, family, missing));
    for (const href of serif ? SERIF : SANS) css.push(aliasCss(href, family));
  }
  const head = `<base href="${ASSET_ORIGIN}${THEME_PREFIX}"><style>/* cvpress: local fonts for the theme's families */\n${css.join('\n')}\nhtml { font-family: "cvpress-sans", sans-serif; }</style>`;
  if (/<head\b[^>]*>/i.test(out)) out = out.replace(/<head\b[^>]*>/i, (m) => m + head);
  else if (/<html\b[^>]*>/i.test(out)) out = out.replace(/<html\b[^>]*>/i, (m) => `${m}<head>${head}</head>`);
  else out = `${head}${out}`;
  if (opts.lang && !/<html\b[^>]*\slang\s*=/i.test(out)) out = out.replace(/<html\b/i, `<html lang="${opts.lang.replace(/[^A-Za-z0-9-]/g, '')}"`);
  return { html: out, remote: [...found.remote], scripts, aliased: families };
}
