// Inlines a stylesheet's @import rules (bounded) and makes its URLs absolute, so one text holds the whole stylesheet.
import { readExportAsset } from './read-export-asset.js';
import { replaceFound } from '../model/replace-found.js';
import type { EmbedContext } from './embed-css-assets.js';
import { findCssUrls } from './find-css-urls.js';

const MAX_IMPORT_DEPTH = 4;
const IMPORT = /@import\s+/iy;
const URL_OPEN = /url\(\s*"/iy;
const SPACE = /\s/;

/** `css` without its comments (what `.replace(/\/\*[\s\S]*?\*\//g, '')` left), by scanning. */
function withoutComments(css: string): string {
  let out = '';
  let last = 0;
  for (let i = css.indexOf('/*'); i >= 0; i = css.indexOf('/*', last)) {
    const end = css.indexOf('*/', i + 2);
    if (end < 0) break;
    out += css.slice(last, i);
    last = end + 2;
  }
  return out + css.slice(last);
}

/**
 * Each `@import` rule with its target (what `/@import\s+(?:url\(\s*"([^"]*)"\s*\)|"([^"]*)"|'([^']*)')[^;]*;/gi`
 * matched), by scanning: a missing quote, ")" or ";" is looked for once, not again from each later rule.
 */
function* imports(css: string): Generator<{ start: number; end: number; ref: string }> {
  const seen: Record<string, { from: number; at: number }> = {};
  // the next `ch` at or after `from`; the searches only move forward, so each part of `css` is read once per character
  const next = (ch: string, from: number): number => {
    const s = seen[ch];
    if (s && from >= s.from && (s.at < 0 || from <= s.at)) return s.at;
    const at = css.indexOf(ch, from);
    seen[ch] = { from, at };
    return at;
  };
  for (let i = css.indexOf('@'); i >= 0; i = css.indexOf('@', i + 1)) {
    IMPORT.lastIndex = i;
    if (!IMPORT.test(css)) continue;
    const p = IMPORT.lastIndex;
    let ref: string | undefined;
    let after = -1;
    URL_OPEN.lastIndex = p;
    if (URL_OPEN.test(css)) {
      const close = next('"', URL_OPEN.lastIndex);
      let paren = close + 1;
      while (close >= 0 && paren < css.length && SPACE.test(css[paren]!)) paren++;
      if (close >= 0 && css[paren] === ')') [ref, after] = [css.slice(URL_OPEN.lastIndex, close), paren + 1];
    } else if (css[p] === '"' || css[p] === "'") {
      const close = next(css[p]!, p + 1);
      if (close >= 0) [ref, after] = [css.slice(p + 1, close), close + 1];
    }
    if (ref === undefined) continue;
    const semi = next(';', after);
    // no ";" after this rule: no later rule ends either
    if (semi < 0) return;
    yield { start: i, end: semi + 1, ref };
    i = semi;
  }
}

/**
 * Returns `css` with comments removed, every `url()` resolved against `base` (absolute), and every `@import` of a
 * theme or font-package stylesheet replaced by that stylesheet's text, recursively (four levels at most);
 * imports that cannot be read are dropped and listed in `ctx.dropped`.
 */
export async function inlineCssImports(css: string, base: string, ctx: EmbedContext, depth = 0): Promise<string> {
  const bare = withoutComments(css);
  const absolute = replaceFound(bare, findCssUrls(bare), ({ start, end, ref }) => {
    if (ref === '' || ref.startsWith('data:') || ref.startsWith('#')) return bare.slice(start, end);
    try {
      return `url("${new URL(ref, base).href}")`;
    } catch {
      return 'url("about:invalid")';
    }
  });
  const parts: string[] = [];
  let last = 0;
  for (const m of imports(absolute)) {
    parts.push(absolute.slice(last, m.start));
    last = m.end;
    const ref = m.ref;
    const asset = depth < MAX_IMPORT_DEPTH ? await readExportAsset(ref, base, ctx.roots) : { ok: false as const, url: ref, why: 'imports nested too deep' };
    if (asset.ok) parts.push(await inlineCssImports(asset.bytes.toString('utf8'), asset.url, ctx, depth + 1));
    else ctx.dropped.push({ url: asset.url, why: asset.why });
  }
  parts.push(absolute.slice(last));
  return parts.join('');
}

