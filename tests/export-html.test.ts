// render --html: one self-contained, script-free web page per CV, fonts subset, JSON-LD, that reflows on a phone and prints like the PDF.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import type { BatchResult } from '../src/batch/batch-types.js';
import { exportHtml } from '../src/export/export-html.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { findPackageRoot } from '../src/theme/find-package-root.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { renderHtml } from '../src/theme/render-html.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/preview');

/** Number of glyphs of a WOFF font (its `maxp` table). */
function woffGlyphs(woff: Buffer): number {
  const n = woff.readUInt16BE(12);
  for (let i = 0; i < n; i++) {
    const dir = 44 + i * 20;
    if (woff.toString('latin1', dir, dir + 4) !== 'maxp') continue;
    const off = woff.readUInt32BE(dir + 4);
    const comp = woff.readUInt32BE(dir + 8);
    const orig = woff.readUInt32BE(dir + 12);
    const table = comp < orig ? inflateSync(woff.subarray(off, off + comp)) : woff.subarray(off, off + orig);
    return table.readUInt16BE(4);
  }
  throw new Error('no maxp table');
}

/** The @font-face rules of a stylesheet: weight, style, unicode-range and the first src URL. */
function faces(css: string): Array<{ key: string; src: string }> {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
    const body = m[1]!;
    const get = (k: string) => new RegExp(`${k}\\s*:\\s*([^;]*)`).exec(body)?.[1]?.trim() ?? '';
    return { key: `${get('font-weight')}|${get('font-style')}|${get('unicode-range').replace(/\s/g, '')}`, src: /url\(\s*"?([^)"]*)"?\s*\)/.exec(body)?.[1] ?? '' };
  });
}

describe('render --html', () => {
  let dir: string;
  let results: BatchResult[];
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-html-'));
    cpSync(FIXTURE, path.join(dir, 'in'), { recursive: true });
    // A hostile CV: script in its text, a remote image, an event handler.
    writeFileSync(
      path.join(dir, 'in', 'hostile.md'),
      '# Eve </script><script>alert(1)</script> Mallory\n\neve@example.com\n\n![x](https://evil.example/track.png) <img src="x" onerror="alert(2)">\n\n## Experience\n\n### Engineer, Acme </script>\n2019 – 2021\n\n- Did <script>alert(3)</script> things\n- Escaped `</script>` in templates\n',
    );
    results = [];
    for await (const r of renderBatch([path.join(dir, 'in')], { out: path.join(dir, 'out'), html: true, flags: { theme: 'modern' }, noCache: true, concurrency: 1 })) results.push(r);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes <out>/<name>.html beside the PDF and reports its size', () => {
    for (const r of results) {
      expect(r.status, JSON.stringify(r.error)).toBe('rendered');
      expect(r.html?.output).toBe(r.output.replace(/\.pdf$/, '.html'));
      expect(r.html?.bytes).toBe(readFileSync(r.html!.output).byteLength);
    }
  });

  it('is self-contained and script-free: no external resource, only data: URLs, no script but the two data blocks', () => {
    for (const r of results) {
      const html = readFileSync(r.html!.output, 'utf8');
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/@import/i);
      // The data blocks hold the CV's text as written (a URL in it is data); everything else is the page.
      const shown = html.replace(/<script type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/g, '');
      for (const m of shown.matchAll(/\s(?:src|poster)\s*=\s*"([^"]*)"/gi)) expect(m[1]).toMatch(/^data:/);
      for (const m of shown.matchAll(/url\(\s*["']?([^)"']*)/gi)) expect(m[1]).toMatch(/^data:/);
      // The remote image is gone; a URL the CV names stays a link, as in the PDF.
      expect(shown).not.toMatch(/<(?!a\b)[^>]*evil\.example/);
      expect(shown).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!.trim());
      expect(scripts).toEqual(['type="application/ld+json"', 'type="application/json" id="resume"']);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    }
  });

  it('carries the résumé as schema.org JSON-LD (Person, worksFor, alumniOf) and as JSON Resume, with </script> escaped', () => {
    const jane = readFileSync(results.find((r) => r.input.endsWith('cv.md'))!.html!.output, 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(jane)![1]!) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Person');
    expect(ld.name).toBe('Jane Doe');
    expect((ld.worksFor as Array<Record<string, unknown>>).length).toBeGreaterThan(0);
    expect((ld.worksFor as Array<{ worksFor: { name: string } }>)[0]!.worksFor.name).toBeTruthy();
    expect((ld.alumniOf as unknown[]).length).toBeGreaterThan(0);
    const model = JSON.parse(/<script type="application\/json" id="resume">([\s\S]*?)<\/script>/.exec(jane)![1]!) as { basics: { name: string } };
    expect(model.basics.name).toBe('Jane Doe');
    const eve = readFileSync(results.find((r) => r.input.endsWith('hostile.md'))!.html!.output, 'utf8');
    // The model holds "</script>" as text; escaped, it cannot end the data block early.
    const eveModel = JSON.parse(/<script type="application\/json" id="resume">([\s\S]*?)<\/script>/.exec(eve)![1]!) as unknown;
    expect(JSON.stringify(eveModel)).toContain('</script>');
    expect(eve.match(/<\/script>/gi)?.length).toBe(2);
  });

  it('embeds fonts subset to the characters used: fewer glyphs and fewer bytes than each original font file', async () => {
    const theme = await loadTheme('classic', { themeDirs: [] });
    const resume = { basics: { name: 'Ab Ba' } };
    const { html } = renderHtml(resume, theme, { lang: 'en', format: 'A4' });
    const page = await exportHtml(html, { roots: { themeDir: theme.dir, cvDir: undefined }, resume, format: 'A4', multipage: false });
    const embedded = faces(page.html);
    expect(embedded.length).toBeGreaterThan(0);
    const fontDir = path.join(findPackageRoot(), 'node_modules', '@fontsource', 'source-serif-4');
    const originals = new Map(faces(readFileSync(path.join(fontDir, '400.css'), 'utf8') + readFileSync(path.join(fontDir, '700.css'), 'utf8')).map((f) => [f.key, f.src]));
    let compared = 0;
    for (const f of embedded) {
      const font = Buffer.from(f.src.replace(/^data:font\/woff;base64,/, ''), 'base64');
      expect(woffGlyphs(font)).toBeLessThan(200);
      const original = originals.get(f.key);
      if (!original) continue;
      compared++;
      expect(font.byteLength).toBeLessThan(readFileSync(path.join(fontDir, original)).byteLength);
    }
    expect(compared).toBeGreaterThan(0);
    // Only the faces whose ranges hold a used character: no Cyrillic, Greek or Vietnamese faces for "Ab Ba".
    expect(embedded.every((f) => f.key.includes('U+0000-00FF'))).toBe(true);
  });

  it('loads in Chromium without a single request, looks like a sheet on a screen, reflows on a phone and prints to as many pages as the PDF', async () => {
    const r = results.find((x) => x.input.endsWith('cv.md'))!;
    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (!req.url().startsWith('data:') && req.url() !== 'about:blank') requests.push(req.url());
        void req.continue();
      });
      await page.setJavaScriptEnabled(false);
      await page.setContent(readFileSync(r.html!.output, 'utf8'), { waitUntil: 'load' });
      expect(requests).toEqual([]);
      expect(await page.$eval('h1', (e) => e.textContent)).toContain('Jane Doe');
      await page.setViewport({ width: 1200, height: 900 });
      const sheet = await page.$eval('body', (b) => b.getBoundingClientRect().width);
      expect(sheet).toBeGreaterThan(780);
      expect(sheet).toBeLessThan(800);
      await page.setViewport({ width: 390, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      expect(pages).toBe(r.pages);
    } finally {
      await page.close();
    }
  });
});
