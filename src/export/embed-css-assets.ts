// Makes a stylesheet self-contained: @import inlined, fonts subset to the characters used and embedded, images embedded as data: URLs.
import { readUnicodeRanges } from '../theme/read-unicode-ranges.js';
import type { AssetRoots } from '../print/resolve-asset.js';
import { readExportAsset } from './read-export-asset.js';
import { subsetFontFile } from './subset-font-file.js';

/** What embedding needs besides the stylesheet: the roots, the characters the page uses, a sink for what was dropped. */
export interface EmbedContext {
  roots: AssetRoots;
  /** Every character the page may draw (see `collectUsedText`). */
  usedText: string;
  /** URLs that were not embedded, with the reason. */
  dropped: Array<{ url: string; why: string }>;
}

/** A CSS `url()` with its argument quoted either way or bare. */
export const URL_RE = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)'"\s]*))\s*\)/gi;
/** One `@font-face` rule with its first font file subset to the used characters it covers, or '' when it covers none. */
async function embedFontFace(rule: string, ctx: EmbedContext): Promise<string> {
  const ranges = /unicode-range/i.test(rule) ? readUnicodeRanges(rule) : undefined;
  const inRange = (cp: number) => !ranges || ranges.some(([a, b]) => cp >= a && cp <= b);
  const chars = [...ctx.usedText].filter((ch) => inRange(ch.codePointAt(0)!)).join('');
  if (chars === '') return '';
  const srcMatch = /(^|[;{\s])src\s*:\s*([^;}]*)/i.exec(rule);
  if (!srcMatch) return rule;
  for (const u of srcMatch[2]!.matchAll(URL_RE)) {
    const ref = u[1] ?? u[2] ?? u[3] ?? '';
    if (ref.startsWith('data:')) return rule;
    const asset = await readExportAsset(ref, ref, ctx.roots);
    if (!asset.ok) {
      ctx.dropped.push({ url: asset.url, why: asset.why });
      continue;
    }
    const subset = await subsetFontFile(asset.bytes, chars, asset.file);
    const src = `src: url(data:font/woff;base64,${subset.toString('base64')}) format("woff")`;
    return rule.replace(srcMatch[0], `${srcMatch[1]}${src}`);
  }
  return '';
}

/**
 * Embeds what a stylesheet (with imports already inlined, URLs absolute) refers to: each `@font-face` gets its
 * font subset to the characters of `ctx.usedText` within its `unicode-range` as a WOFF data: URL (a face that
 * covers none of them is dropped); every other `url()` that names a theme file or an image beside the CV
 * becomes a data: URL; anything else becomes `none` and is listed in `ctx.dropped`.
 */
export async function embedCssAssets(css: string, ctx: EmbedContext): Promise<string> {
  const parts: string[] = [];
  let last = 0;
  for (const m of css.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    parts.push(css.slice(last, m.index), await embedFontFace(m[0], ctx));
    last = m.index + m[0].length;
  }
  parts.push(css.slice(last));
  const withFonts = parts.join('');
  const refs = new Map<string, string>();
  for (const u of withFonts.matchAll(URL_RE)) {
    const ref = u[1] ?? u[2] ?? u[3] ?? '';
    if (ref === '' || ref.startsWith('data:') || ref.startsWith('#') || refs.has(ref)) continue;
    const asset = await readExportAsset(ref, ref, ctx.roots);
    if (asset.ok) refs.set(ref, `url(data:${asset.contentType};base64,${asset.bytes.toString('base64')})`);
    else {
      ctx.dropped.push({ url: asset.url, why: asset.why });
      refs.set(ref, 'none');
    }
  }
  return withFonts.replace(URL_RE, (m, a?: string, b?: string, c?: string) => refs.get(a ?? b ?? c ?? '') ?? m);
}
