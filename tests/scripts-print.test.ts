// One short CV per script, printed by Chromium in every theme: the script's own fonts, no missing glyph, no host font, reading order, mirrored RTL layout.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { loadTheme } from '../src/theme/load-theme.js';
import type { Theme } from '../src/theme/theme-types.js';
import { createPagePool } from './helpers/page-pool.js';
import { countNotdefGlyphs, findLetters, lettersOf, pdfFonts, pdfLetters, themeFontNames } from './helpers/pdf-glyphs.js';

const FIXTURES = path.resolve(__dirname, 'fixtures/scripts');
const THEMES = ['classic', 'modern', 'compact', 'ats'] as const;
const SERIF = new Set(['classic']);
const OUT = mkdtempSync(path.join(os.tmpdir(), 'cvpress-scripts-'));

/** Per fixture: the language cvpress must find in the text, and the script font families it must embed (serif theme, sans themes). */
const EXPECTED: Record<string, { lang: string; serif: string[]; sans: string[] }> = {
  ar: { lang: 'ar', serif: ['NotoNaskhArabic'], sans: ['NotoSansArabic'] },
  fa: { lang: 'fa', serif: ['NotoNaskhArabic'], sans: ['NotoSansArabic'] },
  he: { lang: 'he', serif: ['NotoSerifHebrew'], sans: ['NotoSansHebrew'] },
  hi: { lang: 'hi', serif: ['NotoSerifDevanagari'], sans: ['NotoSansDevanagari'] },
  th: { lang: 'th', serif: ['NotoSerifThai'], sans: ['NotoSansThai'] },
  ja: { lang: 'ja', serif: ['NotoSerifJP'], sans: ['NotoSansJP'] },
  ko: { lang: 'ko', serif: ['NotoSerifKR'], sans: ['NotoSansKR'] },
  'zh-hans': { lang: 'zh-Hans', serif: ['NotoSerifSC'], sans: ['NotoSansSC'] },
  'zh-hant': { lang: 'zh-Hant', serif: ['NotoSerifTC'], sans: ['NotoSansTC'] },
  el: { lang: 'el', serif: [], sans: [] },
  uk: { lang: 'uk', serif: [], sans: [] },
  vi: { lang: 'vi', serif: [], sans: [] },
  emoji: { lang: 'en', serif: ['NotoEmoji', 'NotoSansSymbols2'], sans: ['NotoEmoji', 'NotoSansSymbols2'] },
};
/** Han fonts: a CJK CV embeds exactly the one of its language. */
const HAN_FONTS = /^Noto(Serif|Sans)(JP|KR|SC|TC)/;

interface Fixture {
  name: string;
  file: string;
  resume: {
    basics: { name: string; label: string; summary: string; phone?: string };
    work: Array<{ position: string; startDate: string; highlights: string[] }>;
  };
}
const fixtures: Fixture[] = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort().map((f) => ({
  name: f.replace(/\.json$/, ''),
  file: path.join(FIXTURES, f),
  resume: JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Fixture['resume'],
}));

let browser: Browser;
const themes = new Map<string, Theme>();
/** Every fixture × theme, printed once on two reused pages of one browser, in test order; the tests await theirs. */
const printed = new Map<string, Promise<Printed>>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const t of THEMES) themes.set(t, await loadTheme(t, { themeDirs: [] }));
  const pool = createPagePool(browser, 2);
  const themeCache = new Map<string, Promise<Theme>>();
  for (const fixture of fixtures) {
    for (const theme of THEMES) {
      const job = pool.run((page) => render(fixture, theme, page, themeCache));
      job.catch(() => undefined); // awaited (and reported) by its test
      printed.set(`${fixture.name}-${theme}`, job);
    }
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (!process.env.CVPRESS_KEEP_TEST_PDFS) rmSync(OUT, { recursive: true, force: true });
});

interface Printed {
  file: string;
  warnings: string[];
  lang: string;
}

/** Renders a fixture through the whole pipeline (language found from the text) to a PDF file. */
async function render(fixture: Fixture, theme: string, page: Page, themeCache: Map<string, Promise<Theme>>): Promise<Printed> {
  const r = await renderResume(fixture.file, { browser, page, themeCache, flags: { theme } });
  const file = path.join(OUT, `${fixture.name}-${theme}.pdf`);
  writeFileSync(file, r.pdf);
  const lang = /\/Lang\s*\(([^)]*)\)/g;
  const tags = [...Buffer.from(r.pdf).toString('latin1').matchAll(lang)].map((m) => m[1]!);
  return { file, warnings: r.warnings.filter((w) => w.code === 'missing-glyph').map((w) => w.message), lang: tags[tags.length - 1] ?? '' };
}

/** The PDF of `fixture` in `theme`, printed in the background since the tests started. */
function printedPdf(fixture: Fixture, theme: string): Promise<Printed> {
  return printed.get(`${fixture.name}-${theme}`)!;
}

describe('every script prints in its own fonts, with no missing glyph and no host font', () => {
  it('has a fixture for each script the issue names', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const fixture of fixtures) {
    for (const theme of THEMES) {
      it(`${fixture.name} × ${theme}`, async () => {
        const expected = EXPECTED[fixture.name]!;
        const { file, warnings, lang } = await printedPdf(fixture, theme);
        expect(lang, 'the language found in the text').toBe(expected.lang);
        expect(warnings, 'missing-glyph warnings').toEqual([]);
        expect(countNotdefGlyphs(file), '.notdef glyphs drawn').toBe(0);
        const fonts = await pdfFonts(file);
        const allowed = themeFontNames(themes.get(theme)!.manifest);
        for (const f of fonts) {
          expect(f.embedded, `${f.name} embedded`).toBe(true);
          expect(f.type, `${f.name}: no Type 3`).not.toBe('Type 3');
          expect(allowed.some((a) => f.name.startsWith(a)), `${f.name} comes from the theme's font packages`).toBe(true);
        }
        const want = SERIF.has(theme) ? expected.serif : expected.sans;
        for (const family of want) expect(fonts.some((f) => f.name.startsWith(family)), `${family} embedded`).toBe(true);
        const han = [...new Set(fonts.filter((f) => HAN_FONTS.test(f.name)).map((f) => HAN_FONTS.exec(f.name)![0]))];
        expect(han, 'Han fonts').toEqual(want.filter((w) => HAN_FONTS.test(w)));
        if (want.length === 0) expect(fonts.every((f) => !/^Noto/.test(f.name)), 'no script font for a script the main fonts draw').toBe(true);

        // Reading order: name, label, summary, first highlight, as written (letters and digits compared). Naskh
        // (classic's Arabic) lowers some final letters, which pdftotext then puts on a line of their own: there
        // a tenth of a phrase's letters may be elsewhere, but its Latin words and numbers must keep their order.
        const text = await pdfLetters(file);
        const tolerance = SERIF.has(theme) && (fixture.name === 'ar' || fixture.name === 'fa') ? 0.1 : 0;
        const { basics, work } = fixture.resume;
        let at = 0;
        for (const phrase of [basics.name, basics.label, basics.summary, work[0]!.highlights[0]!]) {
          const found = findLetters(text, phrase, at, tolerance);
          expect(found, `"${phrase}" in reading order`).toBeGreaterThanOrEqual(at);
          const latin = phrase.match(/[A-Za-z0-9\u06f0-\u06f9]+/g)?.join('') ?? '';
          if (latin) expect(text.slice(found).replace(/[^A-Za-z0-9\u06f0-\u06f9]/g, '').startsWith(latin), `Latin words and numbers of "${phrase}" in order`).toBe(true);
          at = found;
        }
        if (basics.phone) expect(text).toContain(lettersOf(basics.phone));
      }, 120_000);
    }
  }
});

/** Words of the first page with their boxes, from `pdftotext -bbox`. */
async function words(file: string): Promise<Array<{ text: string; xMin: number; xMax: number; yMin: number; yMax: number }>> {
  const html = (await promisify(execFile)('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'])).stdout;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!,
  }));
}

describe('right-to-left CVs mirror the layout in every theme', () => {
  const PAGE_WIDTH = 595.28;
  for (const name of ['ar', 'fa', 'he']) {
    for (const theme of THEMES) {
      it(`${name} × ${theme}: starts on the right; dates and sidebar swap sides`, async () => {
        const fixture = fixtures.find((f) => f.name === name)!;
        const { file } = await printedPdf(fixture, theme);
        const all = await words(file);
        // pdftotext -bbox writes right-to-left words in visual order (reversed): compare both ways.
        const same = (word: string, s: string): boolean => lettersOf(word) === lettersOf(s) || [...lettersOf(word)].reverse().join('') === lettersOf(s);
        // The name: a right-aligned heading.
        const first = fixture.resume.basics.name.split(' ');
        const nameWords = all.filter((w) => first.some((p) => same(w.text, p)));
        expect(nameWords.length, 'name words found').toBeGreaterThan(0);
        expect(Math.max(...nameWords.map((w) => w.xMax)), 'the name ends at the right margin').toBeGreaterThan(PAGE_WIDTH * 0.8);
        expect(Math.min(...nameWords.map((w) => w.xMin)), 'the name does not start at the left').toBeGreaterThan(PAGE_WIDTH * 0.45);
        // The first entry: its title starts the line at the right, its dates sit at the left end of that line
        // (in ats, on their own line, right-aligned).
        const year = fixture.resume.work[0]!.startDate.slice(0, 4);
        const persian = year.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
        const date = all.filter((w) => w.text.includes(year) || w.text.includes(persian)).sort((a, b) => a.yMin - b.yMin)[0];
        expect(date, 'entry date found').toBeTruthy();
        const middle = (date!.yMin + date!.yMax) / 2;
        const line = all.filter((w) => w.yMin < middle && w.yMax > middle);
        const left = Math.min(...line.map((w) => w.xMin));
        const right = Math.max(...line.map((w) => w.xMax));
        expect(right, 'the line ends at the right margin').toBeGreaterThan(PAGE_WIDTH * 0.8);
        if (theme === 'ats') expect(date!.xMax, 'ats: the dates start on the right').toBeGreaterThan(PAGE_WIDTH * 0.5);
        else expect(date!.xMax, 'the dates at the left end of the title line').toBeLessThan((left + right) / 2);
        // modern: the sidebar (contact) sits to the left of the main column.
        if (theme === 'modern') {
          const email = all.find((w) => w.text.includes('@'))!;
          expect(email.xMax, 'sidebar on the left').toBeLessThan(PAGE_WIDTH * 0.45);
        }
      }, 120_000);
    }
  }

  it('a left-to-right CV keeps its layout (control)', async () => {
    const fixture = fixtures.find((f) => f.name === 'uk')!;
    const { file } = await printedPdf(fixture, 'classic');
    const all = await words(file);
    const nameWord = all.find((w) => w.text === fixture.resume.basics.name.split(' ')[0])!;
    expect(nameWord.xMin).toBeLessThan(PAGE_WIDTH * 0.2);
  });
});
