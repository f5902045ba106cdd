// The real-world corpus (../shared/corpus/md) printed in every built-in theme: no missing glyph, only the theme's own fonts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { loadTheme } from '../src/theme/load-theme.js';
import type { Theme } from '../src/theme/theme-types.js';
import { createPagePool } from './helpers/page-pool.js';
import { countNotdefGlyphs, pdfFonts, themeFontNames } from './helpers/pdf-glyphs.js';

const CORPUS = path.resolve(__dirname, '../../shared/corpus/md');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`corpus-fonts: ${CORPUS} is absent, the corpus walk is skipped`);
const THEMES = ['classic', 'modern', 'compact', 'ats'] as const;
const OUT = mkdtempSync(path.join(os.tmpdir(), 'cvpress-corpus-fonts-'));
const cvs = HAVE_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];

let browser: Browser | undefined;
/** Per theme: what is wrong with its PDFs (empty when all is well), settled when its last CV is checked. */
const problems = new Map<string, Promise<string[]>>();

/** Prints one CV (the whole pipeline, on a page of the pool) and lists what is wrong with its fonts. */
async function checkCv(cv: string, theme: string, page: Page, allowed: string[], themeCache: Map<string, Promise<Theme>>): Promise<string[]> {
  try {
    const r = await renderResume(path.join(CORPUS, cv), { browser: browser!, page, themeCache, flags: { theme } });
    const file = path.join(OUT, theme, cv.replace(/\.md$/, '.pdf'));
    writeFileSync(file, r.pdf);
    const found = r.warnings.filter((w) => w.code === 'missing-glyph').map((w) => `${cv}:${w.line ?? ''} ${w.message}`);
    const notdef = countNotdefGlyphs(file);
    if (notdef > 0) found.push(`${cv}: ${notdef} glyph(s) drawn as .notdef (empty box)`);
    for (const f of await pdfFonts(file)) {
      if (!f.embedded || f.type === 'Type 3' || !allowed.some((a) => f.name.startsWith(a))) found.push(`${cv}: font ${f.name} (${f.type}${f.embedded ? '' : ', not embedded'}) is not one of ${theme}'s`);
    }
    return found;
  } catch (err) {
    return [`${cv}: failed: ${err instanceof Error ? err.message : String(err)}`];
  }
}

// One browser and two reused pages print all CVs × themes (theme after theme, so each theme's fonts stay
// warm in Chromium's cache); the tests below only wait for their theme's results.
beforeAll(async () => {
  if (!HAVE_CORPUS) return;
  browser = await launchBrowser();
  const pool = createPagePool(browser, 2);
  const themeCache = new Map<string, Promise<Theme>>();
  for (const theme of THEMES) {
    mkdirSync(path.join(OUT, theme), { recursive: true });
    const allowed = themeFontNames((await loadTheme(theme, { themeDirs: [] })).manifest);
    const jobs = cvs.map((cv) => pool.run((page) => checkCv(cv, theme, page, allowed, themeCache)));
    const found = Promise.all(jobs).then((lists) => lists.flat());
    found.catch(() => undefined); // awaited (and reported) by the theme's test
    problems.set(theme, found);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (!process.env.CVPRESS_KEEP_TEST_PDFS) rmSync(OUT, { recursive: true, force: true });
});

/**
 * Whatever the parser makes of a CV (it changes), every character it prints must have a glyph: this walk
 * checks the PDFs only, never what landed in which section.
 */
describe.skipIf(!HAVE_CORPUS)('every corpus CV prints in every theme with no missing glyph and only its theme\'s fonts', () => {
  for (const theme of THEMES) {
    it(`${theme}: ${cvs.length} CVs`, async () => {
      expect(cvs.length).toBeGreaterThan(0);
      expect(await problems.get(theme)).toEqual([]);
    }, 900_000);
  }
});
