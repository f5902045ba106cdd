// Browser tests of the themes: every theme × every sample and seed printed by Chromium, checked in the PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resume } from '../src/model/types.js';
import type { PaperFormat } from '../src/model/options.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { printPdf } from '../src/print/print-pdf.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { renderHtml } from '../src/theme/render-html.js';

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS) console.warn(`theme-print: ${SEEDS} not found, the seed CV cases are skipped`);
const THEMES = ['classic', 'modern', 'compact', 'ats'] as const;
const OUT = mkdtempSync(path.join(os.tmpdir(), 'cvpress-theme-print-'));

interface Sample {
  name: string;
  resume: Resume;
  /** The source text whose every word must reach the PDF. */
  source: string;
  lang: string;
  cvDir: string;
  /** Allowed page counts [min, max] on A4, for every theme. */
  pages: [number, number];
}

/** All string leaves of a model except dates (reformatted), images and meta: the words a reader must find. */
function modelText(resume: Resume): string {
  const out: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (!/date$/i.test(key) && key !== 'image' && key !== '$schema') out.push(/url$/i.test(key) ? v.replace(/^https?:\/\/(www\.)?/, '') : v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'meta') walk(x, k);
  };
  walk(resume, '');
  // The CV's own headings and document title live in meta (the render options there are not content).
  walk(resume.meta?.sectionTitles, 'sectionTitles');
  walk(resume.meta?.documentTitle, 'documentTitle');
  return out.join('\n');
}

/** Checks the PDF text: every word of the model is there, and no source word is lost that the model kept. */
function checkWords(sample: Sample, pdfText: string): void {
  const model = modelText(sample.resume);
  expect(findLostWords(model, pdfText), 'model words missing from the PDF').toEqual([]);
  const lostByParser = new Set(findLostWords(sample.source, model));
  expect(findLostWords(sample.source, pdfText).filter((w) => !lostByParser.has(w)), 'source words the theme lost').toEqual([]);
}

function jsonSample(name: string, file: string, lang: string, pages: [number, number]): Sample {
  const resume = JSON.parse(readFileSync(file, 'utf8')) as Resume;
  return { name, resume, source: modelText(resume), lang, cvDir: path.dirname(file), pages };
}

function markdownSample(name: string, file: string, pages: [number, number]): Sample {
  const text = readFileSync(file, 'utf8');
  const { resume } = parseMarkdown(text, { file });
  const lang = resume.meta?.lang ?? (typeof resume.meta?.detectedLang === 'string' ? resume.meta.detectedLang : undefined) ?? 'en';
  return { name, resume, source: text, lang, cvDir: path.dirname(file), pages };
}

const SAMPLES: Sample[] = [
  jsonSample('john-smith', path.join(ROOT, 'input/john-smith.json'), 'en', [1, 3]),
  markdownSample('jane-doe', path.join(ROOT, 'input/jane-doe.md'), [1, 3]),
  jsonSample('every-field', path.join(ROOT, 'tests/fixtures/themes/every-field/resume.json'), 'en', [2, 4]),
  jsonSample('ru', path.join(ROOT, 'tests/fixtures/themes/ru/resume.json'), 'ru', [1, 1]),
  jsonSample('zh', path.join(ROOT, 'tests/fixtures/themes/zh/resume.json'), 'zh', [1, 1]),
  jsonSample('short', path.join(ROOT, 'tests/fixtures/themes/short/resume.json'), 'pl', [1, 1]),
  markdownSample('de-table', path.join(ROOT, 'tests/fixtures/themes/de-table/cv.md'), [1, 2]),
  markdownSample('fr-dl', path.join(ROOT, 'tests/fixtures/themes/fr-dl/cv.md'), [1, 2]),
  jsonSample('glyphs', path.join(ROOT, 'tests/fixtures/themes/glyphs/resume.json'), 'pl', [1, 1]),
  jsonSample('nested-extras', path.join(ROOT, 'tests/fixtures/themes/nested-extras/resume.json'), 'en', [1, 2]),
  jsonSample('one-line-entries', path.join(ROOT, 'tests/fixtures/themes/one-line-entries/resume.json'), 'en', [1, 2]),
];
const SEED_PAGES: Record<string, [number, number]> = { '000': [1, 3], '001': [1, 4], '002': [4, 10] };
const SEED_SAMPLES: Sample[] = HAVE_SEEDS
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => markdownSample(`seed ${f.slice(0, 3)}`, path.join(SEEDS, f), SEED_PAGES[f.slice(0, 3)] ?? [1, 6]))
  : [];

/** Font families the themes may embed (subset prefix aside): the fontsource families, nothing from the host, no Type 3. */
const ALLOWED_FONTS = /^[A-Z]{6}\+(SourceSerif4|SourceSans3|Inter|Noto(Sans|Serif|Naskh|Emoji)\w*|DejaVu(Sans|Serif))\S*\s+CID TrueType/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (!process.env.CVPRESS_KEEP_TEST_PDFS) rmSync(OUT, { recursive: true, force: true });
});

async function print(
  sample: Sample,
  themeName: string,
  format: PaperFormat,
  opts: { density?: number; mutate?: (html: string) => string } = {},
): Promise<{ file: string; pages: number; html: string }> {
  const theme = await loadTheme(themeName, { themeDirs: [] });
  let { html } = renderHtml(sample.resume, theme, { lang: sample.lang, format, density: opts.density ?? 0 });
  if (opts.mutate) html = opts.mutate(html);
  const r = await printPdf(browser, html, { format, themeDir: theme.dir, cvDir: sample.cvDir, timeoutMs: 60_000 });
  const file = path.join(OUT, `${sample.name.replace(/\W+/g, '-')}-${themeName}-${format}-${opts.density ?? 0}.pdf`);
  writeFileSync(file, r.pdf);
  return { file, pages: r.pages, html };
}

const pdftotext = (file: string, page?: number): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']).toString();

function checkFonts(file: string): void {
  const rows = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter((l) => l.trim());
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const cols = row.trim().split(/\s+/);
    expect(cols[cols.length - 5], `embedded: ${row}`).toBe('yes');
    expect(row, 'only fontsource families, no Type 3 or host fonts').toMatch(ALLOWED_FONTS);
  }
}

describe('every theme prints every sample: pages in range, every word, only embedded fontsource fonts', () => {
  for (const sample of [...SAMPLES, ...SEED_SAMPLES]) {
    for (const theme of THEMES) {
      it(`${theme} × ${sample.name}`, async () => {
        const { file, pages } = await print(sample, theme, 'A4');
        expect(pages).toBeGreaterThanOrEqual(sample.pages[0]);
        expect(pages).toBeLessThanOrEqual(sample.pages[1]);
        checkWords(sample, pdftotext(file));
        checkFonts(file);
      }, 180_000);
    }
  }
});

describe('Letter paper', () => {
  for (const theme of THEMES) {
    it(`${theme} prints on Letter with the same words`, async () => {
      const sample = SAMPLES[0]!;
      const { file } = await print(sample, theme, 'Letter');
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+612 x 792 pts/);
      checkWords(sample, pdftotext(file));
    }, 180_000);
  }
});

describe('a run of one-line entries', () => {
  // (25 entries that are only their head, under a summary that fills half of page 1: when a head's break-after chained each
  // such entry to the next, the whole run moved to page 2 and page 1 held the summary alone)
  const sample = SAMPLES.find((s) => s.name === 'one-line-entries')!;
  for (const theme of THEMES) {
    it(`${theme}: breaks between its entries, so page 1 is filled, not left with the summary alone`, async () => {
      const { file } = await print(sample, theme, 'A4');
      // (the first section of entries is education in most themes, work in ats)
      expect(pdftotext(file, 1)).toMatch(/University of Example 0|Agency for Medicines 0/);
    }, 60_000);
  }
});

describe('multi-page footer', () => {
  it('a multi-page CV carries the name and translated page X of Y on every page; a one-page CV has none', async () => {
    const long = await print(SAMPLES[2]!, 'classic', 'A4');
    expect(long.pages).toBeGreaterThan(1);
    for (let p = 1; p <= long.pages; p++) expect(pdftotext(long.file, p)).toContain(`John Smith · Page ${p} of ${long.pages}`);
    const short = await print(SAMPLES[5]!, 'classic', 'A4');
    expect(short.pages).toBe(1);
    expect(pdftotext(short.file)).not.toMatch(/Strona 1 z 1|Page 1 of 1/);
    const de = await print({ ...SAMPLES[2]!, lang: 'de' }, 'modern', 'A4');
    expect(pdftotext(de.file, 1)).toContain(`Seite 1 von ${de.pages}`);
  }, 180_000);
});

describe('modern: the sidebar reads as one block', () => {
  for (const sample of [SAMPLES[0]!, SAMPLES[2]!, SAMPLES[3]!, SAMPLES[4]!]) {
    it(`pdftotext gives the sidebar before or after the main column, not interleaved (${sample.name})`, async () => {
      const { file } = await print(sample, 'modern', 'A4');
      const lines = pdftotext(file, 1).split('\n').map((l) => l.trim()).filter(Boolean);
      const sidebarWords = [
        sample.resume.basics?.email ?? '',
        ...(sample.resume.skills ?? []).map((s) => s.name ?? ''),
        ...(sample.resume.languages ?? []).map((l) => l.language ?? ''),
        ...(sample.resume.interests ?? []).map((i) => i.name ?? ''),
      ].filter(Boolean);
      const idx = sidebarWords.map((w) => lines.findIndex((l) => l.startsWith(w)));
      expect(idx.every((i) => i >= 0), JSON.stringify(sidebarWords)).toBe(true);
      const first = Math.min(...idx);
      const last = Math.max(...idx);
      const mainText = (sample.resume.work ?? []).flatMap((w) => [w.position ?? '', w.summary ?? '', ...(w.highlights ?? [])]).filter(Boolean);
      const intruders = lines.slice(first, last + 1).filter((l) => l.length > 6 && mainText.some((m) => m.includes(l)));
      expect(intruders).toEqual([]);
    }, 180_000);
  }
});

/** Inserts invisible probes: `qqzNszqq` at an entry's start, `qqzNhzqq` in its first line after the head, `qqzNezqq` at its end. */
function addProbes(html: string): { html: string; short: boolean[] } {
  const short: boolean[] = [];
  let n = 0;
  const probe = (id: string): string => `<span style="font-size:1px;color:#fff">qqz${id}zqq</span>`;
  const out = html.replace(/<article class="entry([^"]*)">([\s\S]*?)<\/article>/g, (_m, cls: string, body: string) => {
    const i = n++;
    short.push(cls.includes('entry--short'));
    let b = body.replace('<h3 class="entry-title">', `<h3 class="entry-title">${probe(`${i}s`)}`);
    const headEnd = b.indexOf('</div>', b.indexOf('class="entry-head"'));
    const afterHead = /<(li|p)(\s[^>]*)?>/g;
    afterHead.lastIndex = headEnd;
    const m = afterHead.exec(b);
    if (m) b = b.slice(0, m.index + m[0].length) + probe(`${i}h`) + b.slice(m.index + m[0].length);
    const lastClose = Math.max(b.lastIndexOf('</li>'), b.lastIndexOf('</p>'), b.lastIndexOf('</h3>'));
    b = b.slice(0, lastClose) + probe(`${i}e`) + b.slice(lastClose);
    return `<article class="entry${cls}">${b}</article>`;
  });
  return { html: out, short };
}

describe('page breaks, measured on the printed PDF', () => {
  const cases = [...SEED_SAMPLES.filter((s) => s.name === 'seed 002'), SAMPLES[2]!];
  for (const sample of cases) {
    for (const theme of THEMES) {
      it(`${theme} × ${sample.name}: short entries never split, heads stay with their first lines, no heading ends a page`, async () => {
        let short: boolean[] = [];
        const { file, pages } = await print(sample, theme, 'A4', {
          mutate: (h) => {
            const r = addProbes(h);
            short = r.short;
            return r.html;
          },
        });
        const pageOf = new Map<string, number>();
        const lastLines: string[] = [];
        for (let p = 1; p <= pages; p++) {
          const t = pdftotext(file, p);
          for (const m of t.matchAll(/qqz(\d+[she])zq/g)) if (!pageOf.has(m[1]!)) pageOf.set(m[1]!, p);
          const lines = t
            .split('\n')
            .map((l) => l.replace(/qqz\d+[she]zq+/g, '').trim())
            .filter((l) => l && !/Page \d+ of \d+/.test(l));
          lastLines.push(lines[lines.length - 1] ?? '');
        }
        const problems: string[] = [];
        short.forEach((isShort, i) => {
          const s = pageOf.get(`${i}s`);
          const e = pageOf.get(`${i}e`);
          const h = pageOf.get(`${i}h`);
          if (s === undefined || e === undefined) problems.push(`entry ${i}: probe missing`);
          else if (isShort && s !== e) problems.push(`short entry ${i} split over pages ${s}-${e}`);
          if (s !== undefined && h !== undefined && s !== h) problems.push(`entry ${i}: head on page ${s}, first line on ${h}`);
        });
        expect(problems).toEqual([]);
        const loaded = await loadTheme(theme, { themeDirs: [] });
        const titles = new Set(
          [...renderHtml(sample.resume, loaded, { lang: sample.lang, format: 'A4' }).html.matchAll(/<h2 class="section-title">([^<]*)<\/h2>/g)].map((m) =>
            m[1]!.toLowerCase(),
          ),
        );
        lastLines.slice(0, -1).forEach((l, i) => expect(titles.has(l.toLowerCase()), `page ${i + 1} ends with heading "${l}"`).toBe(false));
        // No over-correction: keeping things together costs at most one page over a print with no break rules.
        const loose = await print(sample, theme, 'A4', {
          mutate: (h) => h.replace('</head>', '<style>*, *::before { break-inside: auto !important; break-after: auto !important; break-before: auto !important; orphans: 1 !important; widows: 1 !important; }</style></head>'),
        });
        expect(pages).toBeLessThanOrEqual(loose.pages + 1);
      }, 90_000);
    }
  }
});

/** What the multicol measurement found: columns used and the boxes that cross a column (page) boundary. */
interface Fragmentation {
  columns: number;
  splitShort: string[];
  headAlone: string[];
  headingAlone: string[];
}

/** Prints `html`, then lays the same page out again as columns of one page's content box and measures. */
async function measureBreaks(html: string, themeDir: string, cvDir: string): Promise<{ f: Fragmentation; pages: number }> {
  const page = await browser.newPage();
  try {
    const printed = await printPdf(browser, html, { format: 'A4', themeDir, cvDir, timeoutMs: 60_000, page });
    await page.emulateMediaType('print');
    const f = await page.evaluate((): Fragmentation => {
      const mm = (v: string): number => {
        const probe = document.createElement('div');
        probe.style.cssText = `position:absolute;visibility:hidden;width:${v || '0'}`;
        document.body.appendChild(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      };
      const margin = { top: '0', right: '0', bottom: '0', left: '0' };
      for (const sheet of Array.from(document.styleSheets)) {
        for (const rule of Array.from(sheet.cssRules)) {
          if (rule instanceof CSSPageRule && rule.selectorText === '') {
            margin.top = rule.style.marginTop || margin.top;
            margin.right = rule.style.marginRight || margin.right;
            margin.bottom = rule.style.marginBottom || margin.bottom;
            margin.left = rule.style.marginLeft || margin.left;
          }
        }
      }
      const width = mm('210mm') - mm(margin.left) - mm(margin.right);
      const height = mm('297mm') - mm(margin.top) - mm(margin.bottom);
      const body = document.body;
      body.style.cssText += `;width:${width}px;height:${height}px;column-width:${width}px;column-gap:0;column-fill:auto;margin:0`;
      const left = body.getBoundingClientRect().left;
      const colsOf = (el: Element): number[] =>
        [...new Set(Array.from(el.getClientRects()).filter((r) => r.height > 0.5).map((r) => Math.floor((r.left - left + 1) / width)))];
      const first = (el: Element | null): number | undefined => (el ? colsOf(el)[0] : undefined);
      const label = (el: Element): string => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const out: Fragmentation = { columns: 0, splitShort: [], headAlone: [], headingAlone: [] };
      for (const el of Array.from(document.querySelectorAll('body *'))) for (const c of colsOf(el)) out.columns = Math.max(out.columns, c + 1);
      for (const e of Array.from(document.querySelectorAll('.entry'))) {
        if (e.classList.contains('entry--short') && colsOf(e).length > 1) out.splitShort.push(label(e));
        const head = e.querySelector('.entry-head');
        const next = head?.nextElementSibling ?? null;
        if (head && next && first(head) !== first(next)) out.headAlone.push(label(head));
      }
      for (const h of Array.from(document.querySelectorAll('.section-title'))) {
        const next = h.nextElementSibling;
        if (next && first(h) !== first(next)) out.headingAlone.push(label(h));
      }
      return out;
    });
    return { f, pages: printed.pages };
  } finally {
    await page.close();
  }
}

describe('page breaks, measured in Chrome (element boxes against page boundaries)', () => {
  // After printing, the same page lays the document out again as columns of exactly one page's content
  // box (the same fragmentation engine as printing); every element's boxes then show which page(s) it is on.
  const cases = [...SEED_SAMPLES.filter((s) => s.name === 'seed 002'), SAMPLES[2]!];
  for (const sample of cases) {
    for (const theme of THEMES) {
      it(`${theme} × ${sample.name}: short entries whole, heads with their first lines, headings with their content`, async () => {
        const loaded = await loadTheme(theme, { themeDirs: [] });
        const { html } = renderHtml(sample.resume, loaded, { lang: sample.lang, format: 'A4' });
        const { f, pages } = await measureBreaks(html, loaded.dir, sample.cvDir);
        expect(f.splitShort).toEqual([]);
        expect(f.headAlone).toEqual([]);
        expect(f.headingAlone).toEqual([]);
        // The column layout is the print layout: the same number of pages, give or take one.
        expect(f.columns).toBeGreaterThan(1);
        expect(Math.abs(f.columns - pages)).toBeLessThanOrEqual(1);
      }, 90_000);
    }
  }

  it.skipIf(!HAVE_SEEDS)('the measurement is not vacuous: without the break rules it finds broken entries on seed 002', async () => {
    const sample = SEED_SAMPLES.find((s) => s.name === 'seed 002')!;
    const loaded = await loadTheme('classic', { themeDirs: [] });
    const { html } = renderHtml(sample.resume, loaded, { lang: sample.lang, format: 'A4' });
    const loose = html.replace('</head>', '<style>*, *::before { break-inside: auto !important; break-after: auto !important; break-before: auto !important; orphans: 1 !important; widows: 1 !important; }</style></head>');
    const { f } = await measureBreaks(loose, loaded.dir, sample.cvDir);
    expect(f.splitShort.length + f.headAlone.length + f.headingAlone.length).toBeGreaterThan(0);
  }, 90_000);
});

describe('fit floor', () => {
  it.skipIf(!HAVE_SEEDS)('seed 000 fits on one page in compact at the fit floor (density 1)', async () => {
    const seed = SEED_SAMPLES.find((s) => s.name === 'seed 000')!;
    const normal = await print(seed, 'compact', 'A4');
    const floor = await print(seed, 'compact', 'A4', { density: 1 });
    expect(floor.pages).toBeLessThanOrEqual(normal.pages);
    expect(floor.pages).toBe(1);
  }, 180_000);
});
