// Chromium sees no font of the machine: a page that asks for host fonts gets none, an uncovered character is an empty box, and --report counts it.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { isolateFonts, MISSING_GLYPH_FONT } from '../src/print/isolate-fonts.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { printPdf } from '../src/print/print-pdf.js';
import { countNotdefGlyphs, pdfFonts } from './helpers/pdf-glyphs.js';

const ROOT = path.resolve(__dirname, '..');
const TMP = mkdtempSync(path.join(os.tmpdir(), 'cvpress-print-fonts-'));
/** Fonts that Debian and most Linux machines have (this one too, see `fc-list`). */
const HOST_FAMILIES = ['DejaVu Sans', 'DejaVu Serif', 'Liberation Serif', 'Liberation Sans', 'Noto Sans', 'FreeSans', 'Arial', 'Times New Roman'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(TMP, { recursive: true, force: true });
});

async function print(name: string, body: string, head = ''): Promise<string> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const r = await printPdf(browser, html, { format: 'A4', themeDir: TMP, cvDir: undefined, timeoutMs: 60_000 });
  const file = path.join(TMP, `${name}.pdf`);
  writeFileSync(file, r.pdf);
  return file;
}

describe('no host font, ever', () => {
  it('a page that names the machine\'s fonts, or only generic families, embeds none of them', async () => {
    const body = [...HOST_FAMILIES.map((f) => `<p style="font-family: '${f}'">Hello ${f} Ω и ش א</p>`), '<p style="font-family: serif">serif</p><p style="font-family: sans-serif">sans</p><p style="font-family: monospace">mono</p>'].join('');
    const file = await print('host', body);
    const names = (await pdfFonts(file)).map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    // Everything falls to cvpress's last-resort font, which draws none of it: empty boxes, never another typeface.
    expect(names.every((n) => n === MISSING_GLYPH_FONT.replace(/\s+/g, '')), names.join(', ')).toBe(true);
  });

  it('Chromium\'s fontconfig has one folder, holding only the last-resort font, and no include', () => {
    const profile = mkdtempSync(path.join(TMP, 'profile-'));
    const env = isolateFonts(profile, { PATH: '/usr/bin', FONTCONFIG_SYSROOT: '/', HOME: '/root' });
    expect(env.FONTCONFIG_SYSROOT).toBeUndefined();
    expect(env.PATH).toBe('/usr/bin');
    const conf = readFileSync(env.FONTCONFIG_FILE!, 'utf8');
    expect(conf).not.toMatch(/<include|\/usr\/share\/fonts|~\/|\.fonts/);
    expect([...conf.matchAll(/<dir>([^<]*)<\/dir>/g)].map((m) => m[1])).toEqual([path.join(profile, 'fontconfig', 'fonts')]);
    const listed = execFileSync('fc-list', ['--format', '%{family}\n'], { env: { ...env, FONTCONFIG_FILE: env.FONTCONFIG_FILE } }).toString().trim();
    expect(listed).toBe(MISSING_GLYPH_FONT);
  });

  it('a character no linked font draws prints as an empty box (.notdef), which the checks see', async () => {
    const head = '<link rel="stylesheet" href="/fonts/@fontsource/source-serif-4/400.css">';
    const ok = await print('covered', '<p style="font-family: \'Source Serif 4\'">Zoë café</p>', head);
    expect(countNotdefGlyphs(ok)).toBe(0);
    const bad = await print('uncovered', '<p style="font-family: \'Source Serif 4\'">A → 𓀀 B</p>', head);
    expect(countNotdefGlyphs(bad)).toBeGreaterThan(0);
    expect((await pdfFonts(bad)).map((f) => f.name).every((n) => n.startsWith('SourceSerif4'))).toBe(true);
  });
});

describe('--report counts missing glyphs', () => {
  it('per CV and in the summary, with a warning naming the character and its line', () => {
    const cv = path.join(TMP, 'glyphs.md');
    writeFileSync(cv, '# Ada Quill\n\nada@example.com\n\n## Summary\n\nReads hieroglyphs like 𓀀 and 𓁐 for fun.\n');
    const report = path.join(TMP, 'report.json');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cvpress.js'), 'render', cv, '--out', path.join(TMP, 'out'), '--report', report, '--force'], { cwd: TMP, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/glyphs\.md:7: warning: No font of the theme "classic" draws the characters "𓀀" \(U\+13000\), "𓁐" \(U\+13050\)/);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { summary: { missingGlyphs: number }; results: Array<{ missingGlyphs: number }> };
    expect(json.summary.missingGlyphs).toBe(2);
    expect(json.results[0]!.missingGlyphs).toBe(2);
  }, 120_000);

  it('for a theme that declares no font: one warning for the theme instead of one per line, the report counting its characters', () => {
    const cv = path.join(TMP, 'bare.md');
    writeFileSync(cv, '# Ada Quill\n\nada@example.com\n\n## Experience\n\n### Engineer, Acme (2020 – 2021)\n\n- Wrote the parser\n- Kept the lights on\n- Moved the café’s books to a database\n');
    const report = path.join(TMP, 'bare-report.json');
    const theme = path.join(ROOT, 'tests/fixtures/themes-nofonts/bare');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cvpress.js'), 'render', cv, '--theme', theme, '--out', path.join(TMP, 'bare-out'), '--report', report, '--force'], { cwd: TMP, encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status, out).toBe(0);
    expect(out.match(/declares no font/g)).toHaveLength(1);
    expect(out).not.toMatch(/No font of the theme "bare" draws/);
    const n = Number(/bare\.md: warning: The theme "bare" declares no font .*empty boxes \((\d+) different characters\)/.exec(out)?.[1]);
    expect(n).toBeGreaterThan(20);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { summary: { missingGlyphs: number }; results: Array<{ missingGlyphs: number; warnings: Array<{ code: string }> }> };
    expect(json.results[0]!.warnings.filter((w) => w.code === 'missing-glyph')).toHaveLength(1);
    expect(json.results[0]!.missingGlyphs).toBe(n);
    expect(json.summary.missingGlyphs).toBe(n);
  }, 120_000);
});

describe('text the browser would set in a generic family', () => {
  const CV = '# Ada Quill\n\nada@quill.dev\n\n## Experience\n\n### Engineer, Acme (2020 – 2021)\n\n- Wrote the `ORACLE JOIN(+)` predicate, <kbd>Ctrl</kbd> keys and <samp>OK</samp> in C\n';
  const write = (name: string): string => {
    const file = path.join(TMP, name);
    writeFileSync(file, CV);
    return file;
  };

  it('code, keyboard and sample text in a CV\'s entries print in the theme\'s font, not as empty boxes', async () => {
    const r = await renderResume(write('code.md'), { browser, flags: { theme: 'classic' } });
    const file = path.join(TMP, 'code.pdf');
    writeFileSync(file, r.pdf);
    expect((await pdfFonts(file)).map((f) => f.name).filter((n) => !n.startsWith('SourceSerif4'))).toEqual([]);
    expect(countNotdefGlyphs(file)).toBe(0);
    expect(r.warnings.filter((w) => w.code === 'missing-glyph')).toEqual([]);
  }, 120_000);

  it('a theme rule naming only a generic family prints empty boxes and warns, though every character has a font', async () => {
    const theme = path.join(TMP, 'generic-theme');
    cpSync(path.join(ROOT, 'themes', 'classic'), theme, { recursive: true });
    appendFileSync(path.join(theme, 'style.css'), '\n.entry-bullets { font-family: monospace; }\n');
    const r = await renderResume(write('generic.md'), { browser, flags: { theme } });
    const file = path.join(TMP, 'generic.pdf');
    writeFileSync(file, r.pdf);
    expect((await pdfFonts(file)).map((f) => f.name)).toContain(MISSING_GLYPH_FONT.replace(/\s+/g, ''));
    const warned = r.warnings.filter((w) => w.code === 'missing-glyph');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.message).toMatch(/Some text printed as empty boxes: its style names no font of the theme "classic".*monospace/);
  }, 120_000);
});
