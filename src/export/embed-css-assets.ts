// Makes a stylesheet self-contained: @import inlined, fonts subset to the characters used and embedded, images embedded as data: URLs.
import { findFontFaces } from '../theme/find-font-faces.js';
import { readUnicodeRanges } from '../theme/read-unicode-ranges.js';
import type { AssetRoots } from '../print/resolve-asset.js';
import { replaceFound } from '../model/replace-found.js';
import { findCssUrls } from './find-css-urls.js';
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

/** One `@font-face` rule with its first font file subset to the used characters it covers, or '' when it covers none. */
async function embedFontFace(rule: string, ctx: EmbedContext): Promise<string> {
  const ranges = /unicode-range/i.test(rule) ? readUnicodeRanges(rule) : undefined;
  const inRange = (cp: number) => !ranges || ranges.some(([a, b]) => cp >= a && cp <= b);
  const chars = [...ctx.usedText].filter((ch) => inRange(ch.codePointAt(0)!)).join('');
  if (chars === '') return '';
  const srcMatch = /(^|[;{\s])src\s*:\s*([^;}]*)/i.exec(rule);
  if (!srcMatch) return rule;
  for (const { ref } of findCssUrls(srcMatch[2]!)) {
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
  for (const m of findFontFaces(css)) {
    parts.push(css.slice(last, m.start), await embedFontFace(css.slice(m.start, m.end), ctx));
    last = m.end;
  }
  parts.push(css.slice(last));
  const withFonts = parts.join('');
  const refs = new Map<string, string>();
  for (const { ref } of findCssUrls(withFonts)) {
    if (ref === '' || ref.startsWith('data:') || ref.startsWith('#') || refs.has(ref)) continue;
    const asset = await readExportAsset(ref, ref, ctx.roots);
    if (asset.ok) refs.set(ref, `url(data:${asset.contentType};base64,${asset.bytes.toString('base64')})`);
    else {
      ctx.dropped.push({ url: asset.url, why: asset.why });
      refs.set(ref, 'none');
    }
  }
  return replaceFound(withFonts, findCssUrls(withFonts), (u) => refs.get(u.ref) ?? withFonts.slice(u.start, u.end));
}
