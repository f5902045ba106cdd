// Renders the same sample CV with every built-in theme and every installed JSON Resume theme package, writing
// docs/themes/<theme>.png, and a right-to-left and a CJK CV (docs/themes/rtl-fa-modern.png, cjk-ja-classic.png);
// first pages; run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let api;
try {
  api = await import(path.join(root, 'dist/index.js'));
} catch (err) {
  console.error(`gallery: cannot load ${path.join(root, 'dist/index.js')} (${err.message}). Run \`npm run build\` first.`);
  process.exit(1);
}
const { listThemes, listJsonResumeThemes, launchBrowser, renderResume } = api;

const sample = path.join(root, process.argv[2] ?? 'input/john-smith.json');
const outDir = path.join(root, 'docs/themes');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cvpress-gallery-'));
mkdirSync(outDir, { recursive: true });

const themes = [
  ...(await listThemes({ themeDirs: [] })).filter((t) => t.dir.startsWith(path.join(root, 'themes'))),
  // The JSON Resume theme packages installed as dev dependencies (docs/themes.md).
  ...listJsonResumeThemes({ themeDirs: [], cwd: root }),
];
/** Other scripts: the language is found in the text (Persian: right to left; Japanese: the Japanese Han forms). */
const scripts = [
  { file: 'tests/fixtures/scripts/fa.json', theme: 'modern', name: 'rtl-fa-modern', what: 'Persian, right to left' },
  { file: 'tests/fixtures/scripts/ja.json', theme: 'classic', name: 'cjk-ja-classic', what: 'Japanese' },
];
const jobs = [
  ...themes.map((t) => ({ file: sample, theme: t.name, name: t.name, what: t.description })),
  ...scripts.map((s) => ({ ...s, file: path.join(root, s.file) })),
];
const browser = await launchBrowser();
try {
  for (const job of jobs) {
    const result = await renderResume(job.file, { flags: { theme: job.theme, format: 'A4' }, browser });
    const pdf = path.join(tmp, `${job.name}.pdf`);
    writeFileSync(pdf, result.pdf);
    // First page at 80 dpi: sharp enough to judge the typography, small enough for the README.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(outDir, job.name)]);
    console.log(`docs/themes/${job.name}.png  (${result.pages} page${result.pages === 1 ? '' : 's'}, ${job.theme}: ${job.what})`);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
