// Turns a themed CV document into one self-contained web page: styles inline, fonts subset and embedded, images inline, JSON-LD and the model, no script.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_URL, THEME_PREFIX } from '../model/asset-urls.js';
import type { PaperFormat } from '../model/options.js';
import type { Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import type { AssetRoots } from '../print/resolve-asset.js';
import { findPackageRoot } from '../theme/find-package-root.js';
import { buildJsonLd } from './build-json-ld.js';
import { collectUsedText } from './collect-used-text.js';
import { embedCssAssets, type EmbedContext } from './embed-css-assets.js';
import { inlineCssImports } from './inline-css-imports.js';
import { readExportAsset } from './read-export-asset.js';
import { findTags } from '../model/find-tags.js';
import { replaceFound } from '../model/replace-found.js';

const SHEET = /<(link|style)\b/iy;
const SHEET_CLOSERS = { style: /<\/style\s*>/gi };
const CHARSET = /<meta\s+charset/iy;
const HEAD = /<head\b/iy;
const HTML = /<html\b/iy;

/** Options of {@link exportHtml}. */
export interface ExportHtmlOptions {
  /** The theme folder and the CV's folder: the only places resources are read from. */
  roots: AssetRoots;
  /** The model, embedded as JSON-LD and as JSON Resume. */
  resume: Resume;
  format: PaperFormat;
  /** Whether the PDF has more than one page (its print rules then add the running footer). */
  multipage: boolean;
  /** The CV file, named in warnings. */
  file?: string;
}

/** The exported page. */
export interface ExportedHtml {
  html: string;
  /** Size of the UTF-8 file in bytes. */
  bytes: number;
  warnings: CvWarning[];
}

/** No script, no request: everything the page shows is inline or a data: URL. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
const SHEET_WIDTH: Record<string, string> = { A4: '210mm', Letter: '8.5in' };
const SHEET_HEIGHT: Record<string, string> = { A4: '297mm', Letter: '11in' };

/** JSON inside `<script>`: `<`, `>`, `&` and line separators escaped, so no `</script>` or comment can end it early. */
const scriptJson = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const ACTIVE = /<(script|noscript|iframe|object|embed|template)\b/iy;
const ACTIVE_CLOSERS = Object.fromEntries(
  (['script', 'noscript', 'iframe', 'object', 'embed', 'template'] as const).map((n) => [n, new RegExp(`<\\/${n}\\s*>`, 'gi')]),
);
const ACTIVE_TAG = /<(?:script|iframe|object|embed|base|meta\s+http-equiv)\b/iy;
const ANY_TAG = /<[a-z]/iy;
/** An event-handler attribute and the one white-space character before it (the rest of that white space goes too). */
const HANDLER = /\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/** A tag without its event handlers (each with the white space before it, as `/\s+on[a-z]+…/gi` removed them). */
function withoutHandlers(tag: string): string {
  let out = '';
  let last = 0;
  for (const m of tag.matchAll(HANDLER)) {
    let start = m.index;
    while (start > last && /\s/.test(tag[start - 1]!)) start--;
    out += tag.slice(last, start);
    last = m.index + m[0].length;
  }
  return out + tag.slice(last);
}

/** The document without anything executable: script-like elements and event-handler attributes removed. */
function stripActive(html: string): string {
  let out = replaceFound(html, findTags(html, ACTIVE, ACTIVE_CLOSERS), () => '');
  out = replaceFound(out, findTags(out, ACTIVE_TAG), () => '');
  return replaceFound(out, findTags(out, ANY_TAG), (t) => withoutHandlers(out.slice(t.start, t.end)));
}

/** The screen layer: the shared `_base/screen.css`, then the theme's own `screen.css` when it has one. */
async function screenStyles(ctx: EmbedContext): Promise<string[]> {
  const base = path.join(findPackageRoot(), 'themes', '_base', 'screen.css');
  const out = [existsSync(base) ? await readFile(base, 'utf8') : ''];
  if (existsSync(path.join(ctx.roots.themeDir, 'screen.css'))) {
    const own = await readExportAsset(`${THEME_PREFIX}screen.css`, DOCUMENT_URL, ctx.roots);
    if (own.ok) out.push(await inlineCssImports(own.bytes.toString('utf8'), own.url, ctx));
  }
  return out;
}

/** Replaces each `src` attribute that names a theme file or an image beside the CV with a data: URL (others are removed). */
async function embedSources(html: string, ctx: EmbedContext): Promise<string> {
  const found = new Map<string, string | undefined>();
  for (const m of html.matchAll(/\s(src|poster)\s*=\s*"([^"]*)"/gi)) {
    const ref = m[2]!.replace(/&amp;/g, '&');
    if (found.has(ref) || ref.startsWith('data:')) continue;
    const asset = await readExportAsset(ref, DOCUMENT_URL, ctx.roots);
    if (asset.ok) found.set(ref, `data:${asset.contentType};base64,${asset.bytes.toString('base64')}`);
    else {
      ctx.dropped.push({ url: asset.url, why: asset.why });
      found.set(ref, undefined);
    }
  }
  return html.replace(/\s(src|poster)\s*=\s*"([^"]*)"/gi, (m, attr: string, raw: string) => {
    const ref = raw.replace(/&amp;/g, '&');
    if (ref.startsWith('data:')) return m;
    const data = found.get(ref);
    return data ? ` ${attr}="${data}"` : '';
  });
}

/**
 * Makes one self-contained HTML file of a themed CV document (from `renderHtml`): every stylesheet inline
 * (`<link>` and `@import` resolved), fonts subset to the characters the page uses and embedded as WOFF data:
 * URLs (a face that covers none of them is dropped), images beside the CV and theme files as data: URLs; a
 * screen layer (`themes/_base/screen.css` and the theme's `screen.css`) shows it as a sheet of paper on a
 * screen and reflows it on a phone, while the print rules stay, so it prints like the PDF. It carries the
 * résumé as schema.org JSON-LD and as JSON Resume (`<script type="application/json" id="resume">`), both
 * data that browsers do not run; any other script or event handler is removed and a Content-Security-Policy
 * forbids scripts and requests. Resources are read only through the print sandbox's rule (`resolveAsset`).
 */
export async function exportHtml(themed: string, opts: ExportHtmlOptions): Promise<ExportedHtml> {
  const ctx: EmbedContext = { roots: opts.roots, usedText: '', dropped: [] };
  let html = stripActive(themed);
  // Stylesheets in document order: linked ones read through the sandbox, inline ones as they are.
  const sheets: string[] = [];
  const slots: string[] = [];
  const linked = html;
  html = replaceFound(linked, findTags(linked, SHEET, SHEET_CLOSERS), (t) => {
    slots.push(linked.slice(t.start, t.end));
    sheets.push(t.name === 'style' ? linked.slice(t.openEnd, t.bodyEnd) : '');
    return `\u0000sheet${slots.length - 1}\u0000`;
  });
  for (let i = 0; i < slots.length; i++) {
    const tag = slots[i]!;
    if (tag.toLowerCase().startsWith('<style')) sheets[i] = await inlineCssImports(sheets[i]!, DOCUMENT_URL, ctx);
    else if (/\brel\s*=\s*"?stylesheet/i.test(tag)) {
      const href = /\bhref\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.replace(/&amp;/g, '&') ?? '';
      const asset = await readExportAsset(href, DOCUMENT_URL, ctx.roots);
      if (asset.ok) sheets[i] = await inlineCssImports(asset.bytes.toString('utf8'), asset.url, ctx);
      else ctx.dropped.push({ url: asset.url, why: asset.why });
    }
  }
  const screen = await screenStyles(ctx);
  const page = `@page { size: ${opts.format === 'Letter' ? 'letter' : 'A4'}; }\n:root { --cv-sheet-width: ${SHEET_WIDTH[opts.format] ?? '210mm'}; --cv-sheet-height: ${SHEET_HEIGHT[opts.format] ?? '297mm'}; }`;
  ctx.usedText = collectUsedText(html, [...sheets, ...screen]);
  const embedded = await Promise.all(sheets.map((css) => (css.trim() === '' ? '' : embedCssAssets(css, ctx))));
  const screenCss = await Promise.all(screen.map((css) => embedCssAssets(css, ctx)));
  html = html.replace(/\u0000sheet(\d+)\u0000/g, (_, i: string) => (embedded[Number(i)] ? `<style>\n${embedded[Number(i)]}\n</style>` : ''));
  html = await embedSources(html, ctx);
  // The policy comes first in <head>, before anything it governs.
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  const anchor = findTags(html, CHARSET).next().value ?? findTags(html, HEAD).next().value;
  if (anchor) html = `${html.slice(0, anchor.end)}\n${csp}${html.slice(anchor.end)}`;
  const head = [
    `<style>\n${page}\n${screenCss.join('\n')}\n</style>`,
    `<script type="application/ld+json">${scriptJson(buildJsonLd(opts.resume))}</script>`,
    `<script type="application/json" id="resume">${scriptJson(opts.resume)}</script>`,
  ].join('\n');
  html = /<\/head\s*>/i.test(html) ? html.replace(/<\/head\s*>/i, `${head}\n</head>`) : `${head}\n${html}`;
  if (opts.multipage) {
    const root = findTags(html, HTML).next().value;
    if (root) {
      const tag = html.slice(root.start, root.end);
      const attrs = tag.slice('<html'.length, -1);
      const marked = /\bclass\s*=\s*"/i.test(attrs) ? tag.replace(/\bclass\s*=\s*"/i, 'class="cv-multipage ') : `<html${attrs} class="cv-multipage">`;
      html = html.slice(0, root.start) + marked + html.slice(root.end);
    }
  }
  const warnings = [...new Map(ctx.dropped.map((d) => [d.url, d])).values()].map((d) =>
    createWarning('html-dropped', `The web page leaves out ${d.url.length > 120 ? `${d.url.slice(0, 117)}...` : d.url}: ${d.why}.`, undefined, opts.file),
  );
  return { html, bytes: Buffer.byteLength(html), warnings };
}
