#!/usr/bin/env node
// Preview and web-page benchmark: time from a save of reference CV 000 to the preview page showing the change (without and with --pdf), and the size of the --html page of each reference CV.
// Usage: npm run build && node scripts/bench-preview.js [--rounds 10]   (run by `npm run bench`)
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
if (!existsSync(path.join(root, 'dist/preview/start-preview.js'))) {
  console.error('bench-preview: dist/ is not built; run "npm run build" first.');
  process.exit(2);
}
const seedsDir = path.resolve(root, '../shared/seeds');
if (!existsSync(seedsDir)) {
  console.error(`bench-preview: ${seedsDir} is missing (the reference CVs).`);
  process.exit(2);
}
const roundsAt = process.argv.indexOf('--rounds');
const rounds = Number(roundsAt > 0 ? process.argv[roundsAt + 1] : process.env.BENCH_PREVIEW_ROUNDS ?? 10);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const { startPreview } = await import(dist('preview/start-preview.js'));
const { findBrowser, renderHtml } = await import(dist('index.js'));
const { prepareResume } = await import(dist('batch/prepare-resume.js'));
const { exportHtml } = await import(dist('export/export-html.js'));
const puppeteer = (await import('puppeteer-core')).default;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs)} ms (min ${Math.min(...xs)}, max ${Math.max(...xs)}, ${xs.length} saves)`;

/** Saves the CV `rounds` times with a new word and measures, in the page, when that word is shown. */
async function measure(viewer, withPdf) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-bench-preview-'));
  const cv = path.join(dir, 'cv.md');
  copyFileSync(path.join(seedsDir, seeds[0]), cv);
  const original = readFileSync(cv, 'utf8');
  const preview = await startPreview(cv, { cwd: dir, ...(withPdf ? { pdfOut: path.join(dir, 'out', 'cv.pdf') } : {}) });
  await preview.ready;
  const page = await viewer.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(preview.url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.dataset.revision !== undefined, { timeout: 120_000 });
  const shown = [];
  const builds = [];
  for (let i = 0; i < rounds + 1; i++) {
    const word = `Benchmark${i}x${Date.now() % 100000}`;
    const built = new Promise((resolve) => preview.once('build', resolve));
    const t0 = Date.now();
    writeFileSync(cv, original.replace('Portuguese citizen', `Portuguese ${word} citizen`));
    await page.waitForFunction((w) => document.querySelector('#pages')?.textContent?.includes(w), { timeout: 120_000, polling: 'raf' }, word);
    const at = Number(await page.evaluate(() => document.body.dataset.shownAt));
    const state = await built;
    // The first save warms the page up (fonts decoded, pdf.js loaded): not counted.
    if (i > 0) {
      shown.push(at - t0);
      builds.push(state.ms);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await page.close();
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
  return { shown, builds };
}

console.log(`preview : a save of ${seeds[0]} to the page showing it, ${rounds} saves each, ${os.availableParallelism()} CPUs (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
const viewer = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const plain = await measure(viewer, false);
  console.log(`preview : ${fmt(plain.shown)} to the page; the build itself ${fmt(plain.builds)} (target ≤ 300 ms)`);
  const pdf = await measure(viewer, true);
  console.log(`--pdf   : ${fmt(pdf.shown)} to the page; the build itself ${fmt(pdf.builds)} (target ≤ 1 s)`);
} finally {
  await viewer.close();
}

// The web page (--html) of each reference CV with each built-in theme.
const themes = ['classic', 'modern', 'compact', 'ats'];
console.log(`\n--html  : file size of the web page of each reference CV (fonts subset and embedded, images inline)`);
console.log(`          ${'CV'.padEnd(26)}${themes.map((t) => t.padStart(10)).join('')}`);
for (const seed of seeds) {
  const sizes = [];
  for (const theme of themes) {
    const prep = await prepareResume(path.join(seedsDir, seed), { flags: { theme } });
    const { html } = renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format });
    const page = await exportHtml(html, { roots: { themeDir: prep.theme.dir, cvDir: seedsDir }, resume: prep.resume, format: prep.options.format, multipage: true });
    sizes.push(`${Math.round(page.bytes / 1024)} kB`);
  }
  console.log(`          ${seed.padEnd(26)}${sizes.map((s) => s.padStart(10)).join('')}`);
}
