// Inlines a stylesheet's @import rules (bounded) and makes its URLs absolute, so one text holds the whole stylesheet.
import { readExportAsset } from './read-export-asset.js';
import { URL_RE, type EmbedContext } from './embed-css-assets.js';

const MAX_IMPORT_DEPTH = 4;

/**
 * Returns `css` with comments removed, every `url()` resolved against `base` (absolute), and every `@import` of a
 * theme or font-package stylesheet replaced by that stylesheet's text, recursively (four levels at most);
 * imports that cannot be read are dropped and listed in `ctx.dropped`.
 */
export async function inlineCssImports(css: string, base: string, ctx: EmbedContext, depth = 0): Promise<string> {
  const absolute = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(URL_RE, (m, a?: string, b?: string, c?: string) => {
    const ref = a ?? b ?? c ?? '';
    if (ref === '' || ref.startsWith('data:') || ref.startsWith('#')) return m;
    try {
      return `url("${new URL(ref, base).href}")`;
    } catch {
      return 'url("about:invalid")';
    }
  });
  const parts: string[] = [];
  let last = 0;
  for (const m of absolute.matchAll(/@import\s+(?:url\(\s*"([^"]*)"\s*\)|"([^"]*)"|'([^']*)')[^;]*;/gi)) {
    parts.push(absolute.slice(last, m.index));
    last = m.index + m[0].length;
    const ref = m[1] ?? m[2] ?? m[3] ?? '';
    const asset = depth < MAX_IMPORT_DEPTH ? await readExportAsset(ref, base, ctx.roots) : { ok: false as const, url: ref, why: 'imports nested too deep' };
    if (asset.ok) parts.push(await inlineCssImports(asset.bytes.toString('utf8'), asset.url, ctx, depth + 1));
    else ctx.dropped.push({ url: asset.url, why: asset.why });
  }
  parts.push(absolute.slice(last));
  return parts.join('');
}

