// Hostile inputs that attack time and memory: each fails with its clear error or renders safely, in bounded time, Chromium's memory under the bound.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFHexString } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume, type RenderResult } from '../src/batch/render-resume.js';
import { CvpressError } from '../src/model/errors.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { makePngBomb } from '../scripts/lib/make-png-bomb.js';
import { samplePeak, stageCase } from './helpers-hostile.js';

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('hostile bounds skipped: no Chromium found (apt-get install -y chromium)');
}

const GB = 1024 * 1024 * 1024;
/** A CV's head and one entry, whose bullets keep their Markdown (images, links). */
const ENTRY = '# Mallory Hostile\n\nmallory@hostile.test · +1 555 0100\n\n## Experience\n\n### Red Team Lead, Acme\n2019 – 2023\n\n';
const work = mkdtempSync(path.join(tmpdir(), 'cvpress-bounds-'));
let browser: Browser;

/** Renders a staged CV; returns the result or the typed error, and the largest resident memory of any Chromium process meanwhile. */
async function render(file: string, flags: Parameters<typeof renderResume>[1] = {}): Promise<{ result?: RenderResult; error?: CvpressError; peak: number }> {
  const stop = samplePeak(() => browser.process()?.pid);
  try {
    const result = await renderResume(file, { browser, ...flags });
    return { result, peak: stop() };
  } catch (err) {
    const peak = stop();
    if (!(err instanceof CvpressError)) throw err;
    return { error: err, peak };
  }
}

/** Every link annotation's URI in a PDF. */
async function linkUris(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const uris: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString) ?? (action?.lookup(PDFName.of('URI')) as PDFHexString | undefined);
      if (uri) uris.push(uri.decodeText());
    }
  }
  return uris;
}

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('hostile inputs: time and memory', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  it('an SVG <use> bomb beside the CV is cleaned before Chromium sees it: the CV renders, no process near the memory bound', async () => {
    const dir = stageCase('svg-use-bomb', work);
    const { result, error, peak } = await render(path.join(dir, 'cv.md'));
    expect(error).toBeUndefined();
    expect(result!.warnings.map((w) => w.code)).toContain('sanitized-image');
    expect(result!.warnings.find((w) => w.code === 'sanitized-image')!.message).toMatch(/<use>/);
    expect(peak).toBeLessThan(GB);
  });

  it('a 20000 × 20000 PNG beside the CV fails it with E_LIMIT before it is decoded', async () => {
    const dir = path.join(work, 'png-bomb');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'huge.png'), makePngBomb(20_000, 20_000));
    writeFileSync(path.join(dir, 'cv.md'), `${ENTRY}- ![photo](huge.png): a photo of 400 megapixels\n`);
    const { error, peak } = await render(path.join(dir, 'cv.md'));
    expect(error).toMatchObject({ code: 'E_LIMIT', file: path.join(dir, 'cv.md') });
    expect(error!.message).toMatch(/huge\.png is 20000 × 20000 pixels.*1526 MB.*256 MB/);
    expect(peak).toBeLessThan(GB);
  });

  it('a data: photo of 20000 × 20000 pixels in a JSON Resume fails with E_LIMIT', async () => {
    const dir = path.join(work, 'data-bomb');
    mkdirSync(dir);
    const image = `data:image/png;base64,${makePngBomb(20_000, 20_000).toString('base64')}`;
    writeFileSync(path.join(dir, 'cv.json'), JSON.stringify({ basics: { name: 'Mallory Hostile', email: 'mallory@hostile.test', image } }));
    const { error, peak } = await render(path.join(dir, 'cv.json'));
    expect(error).toMatchObject({ code: 'E_LIMIT' });
    expect(error!.message).toMatch(/inline \(data:\) photo is 20000 × 20000 pixels/);
    expect(peak).toBeLessThan(GB);
  });

  it('table spans of 65534 are lowered by the sanitizer: the CV renders, no process near the memory bound', async () => {
    const dir = stageCase('table-spans', work);
    const { result, error, peak } = await render(path.join(dir, 'cv.md'));
    expect(error).toBeUndefined();
    // The parser reads a table inside a list item as its cells' text, so no span reaches Chromium here.
    expect(peak).toBeLessThan(GB);
    // Where table markup does reach the theme, the sanitizer lowers the spans (the bound itself).
    const table = readFileSync(path.join(dir, 'cv.md'), 'utf8').split('\n').find((l) => l.includes('<table>'))!.slice(2);
    const clean = sanitizeHtml(table);
    expect(clean.warnings.map((w) => w.code)).toContain('table-span');
    const spans = [...clean.html.matchAll(/(col|row)span="(\d+)"/g)];
    expect(spans.length).toBeGreaterThan(0);
    for (const [, kind, n] of spans) expect(Number(n)).toBeLessThanOrEqual(kind === 'col' ? 20 : 50);
  });

  it('YAML aliases: a .yaml CV expanding a 1.9 MB value 99 times fails with E_TOO_LARGE; front matter whose aliases expand too far renders with a warning, unexpanded', async () => {
    const dir = path.join(work, 'alias-size');
    mkdirSync(dir);
    const big = 'x'.repeat(1_900_000);
    const refs = Array.from({ length: 99 }, (_, i) => `  - *big # ${i}`).join('\n');
    writeFileSync(path.join(dir, 'cv.yaml'), `basics:\n  name: Mallory\n  summary: &big ${big}\ninterests:\n${refs.replace(/ {2}- \*big/g, '  - name: *big')}\n`);
    const yaml = await render(path.join(dir, 'cv.yaml'));
    expect(yaml.error).toMatchObject({ code: 'E_TOO_LARGE', file: path.join(dir, 'cv.yaml') });
    expect(yaml.error!.message).toMatch(/expands \(through YAML aliases\) to more than/);
    // Front matter is at most 256 KB and may expand to twice its text (plus 64 KB): 20 KB of words
    // referenced 99 times (2 MB, hundreds of pages) is refused as front matter and its text kept as CV text.
    const words = 'mallory '.repeat(2500);
    writeFileSync(path.join(dir, 'cv.md'), `---\nname: Mallory\nlabel: &big ${words}\nkeywords:\n${refs}\n---\n# Mallory\n\nmallory@hostile.test\n`);
    const md = await render(path.join(dir, 'cv.md'));
    expect(md.error).toBeUndefined();
    expect(md.result!.warnings).toContainEqual(expect.objectContaining({ code: 'bad-front-matter', message: expect.stringMatching(/grows too large through its aliases/) }));
    expect(md.result!.pages).toBeLessThan(40);
  });

  it('a renderer that passes the memory bound is stopped at once and its CV fails with E_LIMIT (here a bound below any renderer)', async () => {
    const dir = stageCase('relative-links', work);
    const { error } = await render(path.join(dir, 'cv.md'), { config: { memoryLimitMb: 16, timeout: 90_000 } });
    expect(error).toMatchObject({ code: 'E_LIMIT' });
    expect(error!.message).toMatch(/memory limit of 16 MB in Chromium/);
    // The browser lives on for the next CV.
    expect(browser.connected).toBe(true);
  });

  it('a CV whose parse never ends fails with E_TIMEOUT at its time limit (or renders, once the parser is linear)', async () => {
    const dir = stageCase('redos-pipes', work);
    const { result, error } = await render(path.join(dir, 'cv.md'), { flags: { timeoutMs: 20_000 } });
    if (error) {
      expect(error).toMatchObject({ code: 'E_TIMEOUT' });
      expect(error.message).toMatch(/time limit of 20 s \(while reading and parsing it\)/);
    } else expect(result!.pages).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasBrowser)('hostile inputs: files and smaller errors', () => {
  beforeAll(async () => {
    if (!browser?.connected) browser = await launchBrowser();
  }, 120_000);

  it('a CV naming its own theme folder by path renders with the default theme and a warning; the folder\'s linked secret is never read', async () => {
    const root = mkdtempSync(path.join(work, 'theme-'));
    writeFileSync(path.join(root, 'secret.txt'), 'SECRETTOKEN-theme-link\n');
    const dir = stageCase('theme-path-symlink', root);
    symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'evil', 'layout.hbs'));
    mkdirSync(path.join(dir, 'evil', 'partials'), { recursive: true }); // git keeps no empty folder
    symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'evil', 'partials', 'x.hbs'));
    const { result, error } = await render(path.join(dir, 'cv.md'));
    expect(error).toBeUndefined();
    expect(result!.theme).toBe('classic');
    expect(result!.warnings).toContainEqual(expect.objectContaining({ code: 'theme-ignored', message: expect.stringContaining('"./evil" is a path') }));
    writeFileSync(path.join(dir, 'out.pdf'), result!.pdf);
    expect(execFileSync('pdftotext', [path.join(dir, 'out.pdf'), '-'], { encoding: 'utf8' })).not.toContain('SECRETTOKEN');
  });

  it('relative links lose their target (text kept), never printed as https://cvpress.invalid/…', async () => {
    const dir = stageCase('relative-links', work);
    const { result } = await render(path.join(dir, 'cv.md'));
    const uris = await linkUris(result!.pdf);
    expect(uris.some((u) => u.includes('cvpress.invalid'))).toBe(false);
    expect(uris).toContain('https://www.example.org/cv');
    expect(result!.warnings.filter((w) => w.code === 'relative-link').length).toBeGreaterThanOrEqual(2);
    writeFileSync(path.join(dir, 'out.pdf'), result!.pdf);
    expect(execFileSync('pdftotext', [path.join(dir, 'out.pdf'), '-'], { encoding: 'utf8' })).toMatch(/Portfolio[\s\S]*raw relative/);
  });

  it('counts pages from the page tree: headings spelling "/Type /Pages /Count 150" do not fool it', async () => {
    const dir = stageCase('page-count-heading', work);
    const { result } = await render(path.join(dir, 'cv.md'));
    writeFileSync(path.join(dir, 'out.pdf'), result!.pdf);
    const info = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'out.pdf')], { encoding: 'utf8' }))![1]);
    expect(result!.pages).toBe(info);
    expect(result!.pages).toBeLessThan(5);
  });

  it('duplicate JSON keys render with a warning naming the key and both lines, keeping the last value', async () => {
    const dir = stageCase('duplicate-keys', work);
    const { result, error } = await render(path.join(dir, 'cv.json'));
    expect(error).toBeUndefined();
    const dup = result!.warnings.find((w) => w.code === 'duplicate-key');
    expect(dup).toMatchObject({ line: 5 });
    expect(dup!.message).toMatch(/"name" twice in one object \(lines 3 and 5\)/);
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(result!.pdf), encoding: 'utf8' });
    expect(text).toContain('Someone Else');
    expect(text).not.toContain('Mallory Hostile');
  });

  it('duplicate YAML keys (a .yaml JSON Resume, Markdown front matter) render with a warning naming the file, the key and both lines, keeping the last value', async () => {
    for (const [name, file, lines] of [['duplicate-keys-yaml', 'cv.yaml', [2, 4]], ['duplicate-keys-front-matter', 'cv.md', [2, 4]]] as const) {
      const cv = path.join(stageCase(name, work), file);
      const { result, error } = await render(cv);
      expect(error, name).toBeUndefined();
      const dups = result!.warnings.filter((w) => w.code === 'duplicate-key');
      expect(dups, name).toEqual([expect.objectContaining({ file: cv, line: lines[1] })]);
      expect(dups[0]!.message).toContain(`"name" twice in one object (lines ${lines[0]} and ${lines[1]}); the value at line ${lines[1]} is used`);
      const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(result!.pdf), encoding: 'utf8' });
      expect(text, name).toContain('Someone Else');
      expect(text, name).not.toContain('Mallory Hostile');
      expect(text, name).toContain('mallory@hostile.test');
    }
  });

  it('front matter never closed renders with a warning saying so; a --- block holding a list renders as CV text, nothing lost', async () => {
    const unclosed = await render(path.join(stageCase('front-matter-unclosed', work), 'cv.md'));
    expect(unclosed.error).toBeUndefined();
    expect(unclosed.result!.warnings).toContainEqual(expect.objectContaining({ code: 'unclosed-front-matter', line: 1 }));
    const list = await render(path.join(stageCase('front-matter-list', work), 'cv.md'));
    expect(list.error).toBeUndefined();
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(list.result!.pdf), encoding: 'utf8' });
    expect(text).toMatch(/theme[\s\S]*classic/);
    expect(text).toContain('Front matter that is a list');
  });

  it('says by how much a CV is over the size limit, with enough precision to tell the two apart', async () => {
    const dir = path.join(work, 'size');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'cv.md'), Buffer.alloc(2 * 1024 * 1024 + 1, 'a'));
    const { error } = await render(path.join(dir, 'cv.md'));
    expect(error).toMatchObject({ code: 'E_TOO_LARGE' });
    const m = /is (.+), more than the limit of (.+?)\./.exec(error!.message)!;
    expect(m[1]).not.toBe(m[2]);
    expect(error!.message).toMatch(/is 2\.0000 MB, more than the limit of 2\.0000 MB|is 2,097,153 bytes, more than the limit of 2,097,152 bytes/);
  });

  it('an image beside the CV that is a FIFO is refused without hanging the print', async () => {
    const dir = path.join(work, 'fifo-image');
    mkdirSync(dir);
    execFileSync('mkfifo', [path.join(dir, 'photo.png')]);
    writeFileSync(path.join(dir, 'cv.md'), `${ENTRY}- ![photo](photo.png): a photo that is a pipe\n`);
    const { result, error } = await render(path.join(dir, 'cv.md'), { flags: { timeoutMs: 600_000 } });
    expect(error).toBeUndefined();
    expect(result!.warnings.map((w) => w.code)).toContain('blocked-request');
  });
});
