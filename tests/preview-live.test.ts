// The live preview in a real Chromium: edits show up without a reload, errors show on the page and clear, the server refuses everything else.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, renameSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/find-browser.js';
import { startPreview } from '../src/preview/start-preview.js';
import type { PreviewHandle, PreviewState } from '../src/preview/preview-types.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/preview');
const WAIT = { timeout: 90_000, polling: 100 } as const;

/** A raw HTTP request (the path is sent as written, not normalized), resolving with status and body. */
function raw(port: number, method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    // An empty Host value sends no Host header at all.
    const hostHeader = 'Host' in headers ? (headers.Host ? { Host: headers.Host } : {}) : { Host: `127.0.0.1:${port}` };
    const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'Host'));
    const req = request({ host: '127.0.0.1', port, method, path: target, setHost: false, headers: { ...hostHeader, ...rest } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Waits for the preview's next build that satisfies `ok`. */
function nextBuild(preview: PreviewHandle, ok: (s: PreviewState) => boolean = () => true): Promise<PreviewState> {
  return new Promise((resolve) => {
    const on = (s: PreviewState) => {
      if (!ok(s)) return;
      preview.off('build', on);
      resolve(s);
    };
    preview.on('build', on);
  });
}

describe('cvpress preview (real Chromium)', () => {
  let dir: string;
  let cv: string;
  let preview: PreviewHandle;
  let viewer: Browser;
  let page: Page;
  const refused: Array<{ url: string; status: number }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-preview-'));
    cpSync(FIXTURE, path.join(dir, 'cv'), { recursive: true });
    writeFileSync(path.join(dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'cv', 'link.png'));
    cv = path.join(dir, 'cv', 'cv.md');
    preview = await startPreview(cv, { pdfOut: path.join(dir, 'out', 'cv.pdf'), cwd: dir });
    preview.on('refused', (r) => refused.push(r));
    const first = await preview.ready;
    expect(first.error, JSON.stringify(first.error)).toBeNull();
    // The viewer is an ordinary browser that may reach 127.0.0.1 (cvpress's own print browser cannot reach anything).
    viewer = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await viewer.newPage();
    await page.goto(preview.url, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await viewer?.close();
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the CV page by page as images with its text, and writes the PDF with --pdf', async () => {
    await page.waitForFunction(() => document.body.dataset.revision !== undefined && document.querySelectorAll('.page img').length > 0, WAIT);
    const pages = await page.$$eval('.page', (els) => els.map((e) => ({ img: e.querySelector('img')?.getAttribute('src'), w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height })));
    expect(pages.length).toBe(preview.state.pages.length);
    // A4 proportions, an image per page.
    for (const p of pages) {
      expect(p.img).toMatch(/^\/pages\/\d+\/\d+\.jpg$/);
      expect(p.h / p.w).toBeCloseTo(297 / 210, 1);
    }
    expect(await page.$eval('#pages', (e) => e.textContent)).toContain('Jane Doe');
    expect(existsSync(path.join(dir, 'out', 'cv.pdf'))).toBe(true);
    expect(readdirSync(path.join(dir, 'out')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The only script on the page is cvpress's own reload code, under a policy that allows nothing else.
    expect(await page.$$eval('script', (s) => s.map((x) => x.getAttribute('src')))).toEqual(['/preview.js']);
    const res = await raw(preview.port, 'GET', '/');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-security-policy'])).toMatch(/default-src 'none'; script-src 'self'/);
  });

  it('shows an edit of the CV without a manual reload, also when the editor saves by rename', async () => {
    await page.evaluate(() => ((window as unknown as { cvpressMarker: number }).cvpressMarker = 42));
    const text = readFileSync(cv, 'utf8');
    writeFileSync(cv, text.replace('Senior Product Designer', 'Principal Zebra Designer'));
    await page.waitForFunction(() => document.querySelector('#pages')?.textContent?.includes('Principal Zebra Designer'), WAIT);
    // Save by rename, as vim and many editors do: a new file renamed over the old one.
    writeFileSync(path.join(dir, 'cv', '.cv.md.swp'), text.replace('Senior Product Designer', 'Quokka Wrangler'));
    renameSync(path.join(dir, 'cv', '.cv.md.swp'), cv);
    await page.waitForFunction(() => document.querySelector('#pages')?.textContent?.includes('Quokka Wrangler'), WAIT);
    // Still the same document: nothing reloaded the page.
    expect(await page.evaluate(() => (window as unknown as { cvpressMarker?: number }).cvpressMarker)).toBe(42);
  });

  it('shows a broken front matter on the page as a warning with file and line, still renders, and clears it once fixed', async () => {
    const good = readFileSync(cv, 'utf8');
    writeFileSync(cv, good.replace('lang: en', 'lang: [en'));
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.problem--warning')).some((e) => /front matter/i.test(e.textContent ?? '')), WAIT);
    const shown = await page.$$eval('.problem--warning', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    expect(shown).toMatch(/cv\/cv\.md:\d+: warning: .*front matter/i);
    expect(preview.state.status).not.toBe('error');
    expect(await page.$('.problem--error')).toBeNull();
    writeFileSync(cv, good);
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('.problem--warning')).some((e) => /front matter/i.test(e.textContent ?? '')), WAIT);
    expect(preview.state.error).toBeNull();
  });

  it('rebuilds when an image the CV shows changes, and switches theme and paper from the page', async () => {
    const changed = new Promise<string[]>((resolve) => preview.once('change', resolve));
    const photo = path.join(dir, 'cv', 'photo.png');
    utimesSync(photo, new Date(), new Date());
    writeFileSync(photo, readFileSync(photo));
    expect(await changed).toContain(photo);
    await nextBuild(preview);
    const switched = nextBuild(preview, (s) => s.theme === 'modern');
    await page.select('#theme', 'modern');
    expect((await switched).error).toBeNull();
    const letter = nextBuild(preview, (s) => s.format === 'Letter');
    await page.select('#format', 'Letter');
    await letter;
    await page.waitForFunction(() => {
      const p = document.querySelector('.page');
      if (!p) return false;
      const r = p.getBoundingClientRect();
      return Math.abs(r.height / r.width - 11 / 8.5) < 0.01;
    }, WAIT);
  });

  it('answers nothing outside its page: traversal, encoded dots, absolute paths, symlinks, other Host headers, foreign settings', async () => {
    const port = preview.port;
    for (const target of ['/cv/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/cv/%2e%2e%2fsecret.txt', '//etc/passwd', '/etc/passwd', '/cv/link.png', '/cv/photo.png', '/theme/style.css', '/fonts/@fontsource/inter/400.css', '/pages/1/../../secret.txt', '/pages/9999/1.jpg', 'http://example.com/']) {
      const r = await raw(port, 'GET', target);
      expect(r.status, target).toBe(404);
      expect(r.body).not.toContain('TOP-SECRET');
    }
    for (const host of ['evil.example:' + port, 'localhost.evil.example', `127.0.0.1:${port + 1}`, '']) {
      const r = await raw(port, 'GET', '/state', { Host: host });
      // Node itself answers 400 to a request with no Host header at all.
      expect(host === '' ? [400, 421] : [421], host).toContain(r.status);
      expect(r.body).not.toContain('Jane Doe');
    }
    const token = await page.$eval('meta[name="cvpress-token"]', (m) => m.getAttribute('content') ?? '');
    expect((await raw(port, 'POST', '/settings', { 'Content-Type': 'application/json' }, '{"theme":"ats"}')).status).toBe(403);
    expect((await raw(port, 'POST', '/settings', { 'Content-Type': 'application/json', 'X-Cvpress-Token': token, Origin: 'http://evil.example' }, '{"theme":"ats"}')).status).toBe(403);
    expect((await raw(port, 'POST', '/settings', { 'Content-Type': 'application/json', 'X-Cvpress-Token': token }, '{"theme":"../../etc"}')).status).toBe(400);
    expect((await raw(port, 'PUT', '/state')).status).toBe(405);
    const page1 = await raw(port, 'GET', '/');
    expect(refused.some((r) => r.status === 421)).toBe(true);
    expect(page1.body).not.toContain('TOP-SECRET');
  });
});
