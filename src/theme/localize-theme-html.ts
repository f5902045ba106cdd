// Makes a JSON Resume theme's HTML print offline: remote files and scripts out, its own files from the package, fonts from @fontsource.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ASSET_ORIGIN, FONTS_PREFIX, THEME_PREFIX } from '../model/asset-urls.js';
import { findTags } from '../model/find-tags.js';
import { replaceFound } from '../model/replace-found.js';
import { findCssUrlArgs } from './find-css-url-args.js';
import { findFontFaces } from './find-font-faces.js';
import { findPackageRoot } from './find-package-root.js';
import { isQuote } from './is-quote.js';
import { makeStopFinder } from './make-stop-finder.js';
import { readUnicodeRanges, type CodeRanges } from './read-unicode-ranges.js';
import { skipSpace } from './skip-space.js';

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
const SERIF_NAMES = /georgia|times|garamond|baskerville|palatino|cambria|merriweather|lora|playfair|crimson|caslon|didot|bodoni|book antiqua|minion|charter|libre baskerville|pt serif|source serif|noto serif|slab|roboto slab|bitter|domine|spectral|cormorant|old standard|prata/i;

/** A serif family: a known serif name, or "serif" with no "sans" after it on its line (what `/serif(?!.*sans)|georgia|…/i` matched). */
function isSerifFamily(family: string): boolean {
  if (SERIF_NAMES.test(family)) return true;
  const lower = family.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return lower.split(/[\n\r\u2028\u2029]/).some((line) => {
    const at = line.lastIndexOf('serif');
    return at >= 0 && !line.includes('sans', at + 5);
  });
}
/** Local fonts: the alias stylesheets, and the fallbacks (CJK, symbols) added when the document has characters the first lack. */
const SANS = ['400', '400-italic', '600', '700', '700-italic'].map((w) => `@fontsource/source-sans-3/${w}.css`);
const SERIF = ['400', '400-italic', '600', '700', '700-italic'].map((w) => `@fontsource/source-serif-4/${w}.css`);
const SANS_CJK = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];
const SERIF_CJK = ['@fontsource/noto-serif-sc/400.css', '@fontsource/noto-serif-sc/700.css'];
const MAX_CSS_BYTES = 2 * 1024 * 1024;

const SCRIPT = /<(script)\b/iy;
const SCRIPT_CLOSER = { script: /<\/script\s*>/gi };
const STYLE = /<(style)\b/iy;
const STYLE_CLOSER = { style: /<\/style\s*>/gi };
const BASE = /<base\b/iy;
const LINK = /<link\b/iy;
const IMG = /<img\b/iy;
const HEAD = /<head\b/iy;
const HTML = /<html\b/iy;
const HIDDEN = /<(style|script)\b/iy;
const IMPORT_AT = /@import\s+/iy;
const URL_AT = /url\(/iy;
const LANG = /\slang\s*=/i;

const SPACE = /\s/;
const WORD = /[\w-]/;

/**
 * Each `@import` rule and its target as `/@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)['"]?\s*\)?[^;]*;/gi` finds
 * them, by scanning: after `@import` and its white space, maybe `url(` and white space, maybe a quote, the target
 * runs to the first quote, ")", white space or ";"; the rule ends at the next ";". When `url(…` holds no
 * target, the pattern reads the target from the `url(` itself.
 */
function* cssImports(css: string): Generator<{ start: number; end: number; url: string }> {
  const stop = (c: string): boolean => c === ')' || c === ';' || isQuote(c) || SPACE.test(c);
  const runEnd = (c0: number): number => {
    let e = c0;
    while (e < css.length && !stop(css[e]!)) e++;
    return e;
  };
  const target = (at: number): [number, number] | undefined => {
    const c0 = isQuote(css[at]) ? at + 1 : at;
    const e = runEnd(c0);
    return e > c0 ? [c0, e] : undefined;
  };
  const semicolon = makeStopFinder(css, (c) => c === ';');
  for (let i = css.indexOf('@'); i >= 0; i = css.indexOf('@', i + 1)) {
    IMPORT_AT.lastIndex = i;
    if (!IMPORT_AT.test(css)) continue;
    const p = IMPORT_AT.lastIndex;
    URL_AT.lastIndex = p;
    const found = (URL_AT.test(css) && target(skipSpace(css, p + 4))) || target(p);
    if (!found) continue;
    const semi = semicolon(found[1]);
    // no ";" after this rule: no later rule ends either
    if (semi < 0) return;
    yield { start: i, end: semi + 1, url: css.slice(found[0], found[1]) };
    i = semi;
  }
}

/**
 * Each font declaration, as `/((?:^|[;{\s])(font-family|font|--[\w-]*font[\w-]*)\s*:)([^;{}]*)/gi` finds them,
 * by scanning: after the start or one of `; { white space`, the property (`font-family`, `font`, or a custom
 * property whose name holds "font"), white space and ":", then the value up to `; { }`.
 */
function* fontDeclarations(css: string): Generator<{ start: number; end: number; head: string; prop: string; value: string }> {
  const valueEnd = makeStopFinder(css, (c) => c === ';' || c === '{' || c === '}');
  const propEnd = (s0: number): number => {
    for (const name of ['font-family', 'font']) if (css.slice(s0, s0 + name.length).toLowerCase() === name) return s0 + name.length;
    if (!css.startsWith('--', s0)) return -1;
    let r = s0 + 2;
    while (r < css.length && WORD.test(css[r]!)) r++;
    return css.slice(s0 + 2, r).toLowerCase().includes('font') ? r : -1;
  };
  for (let i = 0; i < css.length; i++) {
    const starts = i === 0 ? [0, ...(/[;{\s]/.test(css[0] ?? '') ? [1] : [])] : /[;{\s]/.test(css[i]!) ? [i + 1] : [];
    for (const s0 of starts) {
      const r = propEnd(s0);
      const colon = r < 0 ? -1 : skipSpace(css, r);
      if (colon < 0 || css[colon] !== ':') continue;
      const v = valueEnd(colon + 1);
      const end = v < 0 ? css.length : v;
      yield { start: i, end, head: css.slice(i, colon + 1), prop: css.slice(s0, r), value: css.slice(colon + 1, end) };
      i = end - 1;
      break;
    }
  }
}

/**
 * The markup of a document that shows nothing: `<style>` and `<script>` elements (from the name on, the open
 * tag's ">" not needed) and every other tag, as `/<(style|script)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi` finds them.
 */
function* hiddenMarkup(html: string): Generator<{ start: number; end: number }> {
  const unclosed = new Set<string>();
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    HIDDEN.lastIndex = i;
    const name = HIDDEN.exec(html)?.[1]?.toLowerCase();
    if (name && !unclosed.has(name)) {
      const closer = name === 'style' ? STYLE_CLOSER.style : SCRIPT_CLOSER.script;
      closer.lastIndex = HIDDEN.lastIndex;
      const c = closer.exec(html);
      if (c) {
        yield { start: i, end: c.index + c[0].length };
        i = c.index + c[0].length - 1;
        continue;
      }
      unclosed.add(name);
    }
    const gt = html.indexOf('>', i + 1);
    // no ">" left: no tag and no closing tag ends any more
    if (gt < 0) return;
    yield { start: i, end: gt + 1 };
    i = gt;
  }
}

/** Whether an `<html` tag names a language (`/<html\b[^>]*\slang\s*=/i`), by scanning each tag once. */
function hasLang(html: string): boolean {
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    HTML.lastIndex = i;
    if (!HTML.test(html)) continue;
    const gt = html.indexOf('>', HTML.lastIndex);
    if (LANG.test(html.slice(HTML.lastIndex, gt < 0 ? html.length : gt))) return true;
    // a later "<html" inside this tag (or with no ">" left) sees part of the same text
    if (gt < 0) return false;
    i = gt;
  }
  return false;
}

/** Each `font-family:` declaration up to its ";" (what `/font-family:\s*[^;]+;/g` matched), by scanning. */
function* familyDeclarations(css: string): Generator<{ start: number; end: number }> {
  for (let i = css.indexOf('font-family:'); i >= 0; i = css.indexOf('font-family:', i + 1)) {
    const semi = css.indexOf(';', i + 12);
    // the value needs one character at least; no ";" left: no later declaration ends either
    if (semi < 0) return;
    if (semi === i + 12) continue;
    yield { start: i, end: semi + 1 };
    i = semi;
  }
}

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
        const text = readFileSync(file, 'utf8');
        css = replaceFound(text, findCssUrlArgs(text, { prefix: './', closing: 'any', caseless: false }), (u) => `url(${ASSET_ORIGIN}${FONTS_PREFIX}${pkg}/${u.arg})`);
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    fontCss.set(href, css);
  }
  return replaceFound(css, familyDeclarations(css), () => `font-family: ${JSON.stringify(family)};`);
}

let mainRanges: CodeRanges | undefined | null = null;

/** The characters of the document's text that the local Latin fonts lack (CJK, symbols such as ∙ or →). */
function missingCodePoints(html: string): number[] {
  if (mainRanges === null) mainRanges = readUnicodeRanges(SANS.map((h) => aliasCss(h, 'x')).join('\n'));
  const ranges = mainRanges;
  if (!ranges) return [];
  const missing = new Set<number>();
  const text = replaceFound(html, hiddenMarkup(html), () => ' ');
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && !/\s/.test(ch) && !ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(cp);
  }
  return [...missing];
}

/** The faces of a fallback stylesheet that cover one of `missing`, declared upright and italic (so italic text finds them too). */
function fallbackFaces(href: string, family: string, missing: number[]): string {
  const css = aliasCss(href, family);
  return [...findFontFaces(css)].map((f) => css.slice(f.start, f.end))
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
  let out = replaceFound(css, cssImports(css), (m) => (isRemote(m.url) ? (found.remote.add(m.url), '') : css.slice(m.start, m.end)));
  const faced = out;
  out = replaceFound(faced, findFontFaces(faced), (f) => {
    const block = faced.slice(f.start, f.end);
    const family = /font-family\s*:\s*(['"]?)([^;'"}]+)\1/i.exec(block)?.[2]?.trim();
    const urls = [...findCssUrlArgs(block, { prefix: '', closing: 'any', caseless: true })].map((u) => u.arg);
    if (family && urls.length && urls.every(isRemote)) {
      urls.forEach((u) => found.remote.add(u));
      found.wanted.add(family);
      return '';
    }
    if (family) found.defined.add(family.toLowerCase());
    return block;
  });
  const linked = out;
  out = replaceFound(linked, findCssUrlArgs(linked, { prefix: '', closing: 'same', caseless: true }), ({ start, end, arg: url }) => {
    const m = linked.slice(start, end);
    if (/^\s*(data:|#)/i.test(url)) return m;
    if (isRemote(url)) return (found.remote.add(url.trim()), 'url(data:,)');
    return url.startsWith('/') ? m : `url(${JSON.stringify(new URL(url.trim(), base).href)})`;
  });
  const declared = out;
  return replaceFound(declared, fontDeclarations(declared), ({ head, prop, value }) => {
    familiesOf(prop, value).forEach((f) => found.used.add(f));
    return head + value.replace(/(^|[\s,])(sans-serif|serif|monospace|system-ui|-apple-system)(?=\s*(?:,|!|$))/gi, (_g, pre: string, kw: string) =>
      `${pre}"${kw.toLowerCase() === 'serif' ? 'cvpress-serif' : 'cvpress-sans'}", ${kw}`);
  });
}

/** One attribute of a tag: its name, then its value (double-quoted, single-quoted or bare). A literal, so the ReDoS check sees it. */
const ATTRIBUTE = /\s([^\s=>"'/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** A `<link>` element: remote ones go (recorded), a local stylesheet inside the package is inlined. */
function localizeLink(tag: string, themeDir: string, found: Parameters<typeof localizeCss>[2]): string {
  const attr = (name: string): string | undefined => {
    for (const m of tag.matchAll(ATTRIBUTE)) if (m[1]!.toLowerCase() === name) return m[2] ?? m[3] ?? m[4];
    return undefined;
  };
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
  let base = `${ASSET_ORIGIN}${THEME_PREFIX}${path.relative(themeDir, path.dirname(file)).split(path.sep).map(encodeURIComponent).join('/')}/`;
  while (base.endsWith('//')) base = base.slice(0, -1);
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
 * document has characters those lack: CJK, symbols), so no host font is used; `code`, `pre`, `kbd`, `samp` and
 * `tt`, which the browser would set in its own `monospace`, default to the sans one. Icon fonts are left alone.
 * @param html - the theme's document
 * @param opts - `themeDir`: the package folder (its files are served under `/theme/`)
 */
export function localizeThemeHtml(html: string, opts: { themeDir: string; lang?: string }): LocalizedThemeHtml {
  const found = { remote: new Set<string>(), used: new Set<string>(), wanted: new Set<string>(), defined: new Set<string>() };
  let scripts = 0;
  let out = replaceFound(html, findTags(html, SCRIPT, SCRIPT_CLOSER, { selfClosing: true }), (t) => {
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(html.slice(t.start + '<script'.length, t.openEnd - (t.end === t.openEnd ? 2 : 1)))?.[1];
    if (src && isRemote(src)) found.remote.add(src);
    return (scripts++, '');
  });
  const based = out;
  out = replaceFound(based, findTags(based, BASE), () => '');
  const styled = out;
  out = replaceFound(styled, findTags(styled, STYLE, STYLE_CLOSER), (t) =>
    styled.slice(t.start, t.openEnd) + localizeCss(styled.slice(t.openEnd, t.bodyEnd), `${ASSET_ORIGIN}${THEME_PREFIX}`, found) + styled.slice(t.bodyEnd, t.end));
  out = out.replace(/(<[a-z][^<>]*?\sstyle\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, (_m, attr: string, dq?: string, sq?: string) =>
    `${attr}"${localizeCss(`;${dq ?? sq ?? ''}`, `${ASSET_ORIGIN}${THEME_PREFIX}`, found).slice(1).replace(/"/g, '&quot;')}"`);
  // After the <style> pass: the package's stylesheets come in already localized.
  const withLinks = out;
  out = replaceFound(withLinks, findTags(withLinks, LINK), (t) => localizeLink(withLinks.slice(t.start, t.end), opts.themeDir, found));
  const withImages = out;
  out = replaceFound(withImages, findTags(withImages, IMG), (t) => {
    const tag = withImages.slice(t.start, t.end);
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)?.slice(1).find((v) => v !== undefined);
    return src && isRemote(src) ? (found.remote.add(src), '') : tag;
  });
  const families = [...new Set([...found.used, ...found.wanted])].filter((f) => !found.defined.has(f.toLowerCase()) && !ICON_FAMILY.test(f) && !f.startsWith('cvpress-'));
  const missing = missingCodePoints(out);
  const css: string[] = [];
  for (const family of ['cvpress-sans', 'cvpress-serif', ...families]) {
    const serif = family === 'cvpress-serif' || (family !== 'cvpress-sans' && isSerifFamily(family));
    // The fallback first: of faces covering the same character, the browser uses the one defined last.
    if (missing.length) for (const href of serif ? SERIF_CJK : SANS_CJK) css.push(fallbackFaces(href, family, missing));
    for (const href of serif ? SERIF : SANS) css.push(aliasCss(href, family));
  }
  const head = `<base href="${ASSET_ORIGIN}${THEME_PREFIX}"><style>/* cvpress: local fonts for the theme's families */\n${css.join('\n')}\nhtml { font-family: "cvpress-sans", sans-serif; }\n/* the browser's own monospace for these names no font here */\npre, code, kbd, samp, tt { font-family: "cvpress-sans", monospace; }</style>`;
  const headTag = findTags(out, HEAD).next().value;
  const htmlTag = headTag ? undefined : findTags(out, HTML).next().value;
  if (headTag) out = out.slice(0, headTag.end) + head + out.slice(headTag.end);
  else if (htmlTag) out = `${out.slice(0, htmlTag.end)}<head>${head}</head>${out.slice(htmlTag.end)}`;
  else out = `${head}${out}`;
  if (opts.lang && !hasLang(out)) out = out.replace(/<html\b/i, `<html lang="${opts.lang.replace(/[^A-Za-z0-9-]/g, '')}"`);
  return { html: out, remote: [...found.remote], scripts, aliased: families };
}
