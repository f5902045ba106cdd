// Printing with the real Chromium: paper sizes, local fonts, the request sandbox, no scripts, the multi-page footer class.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser, PUPPETEER_DEFAULT_FLAGS } from '../src/print/launch-browser.js';
import { printPdf } from '../src/print/print-pdf.js';
import { contentVersion } from '../src/model/content-version.js';
import type { PrintOptions } from '../src/print/print-types.js';

let browserPath: string | undefined;
try {
  browserPath = findBrowser();
} catch {
  browserPath = undefined;
}
if (!browserPath) console.warn('print tests skipped: no Chromium found (apt-get install -y chromium)');

const root = mkdtempSync(path.join(tmpdir(), 'cvpress-print-'));
const themeDir = path.join(root, 'theme');
const cvDir = path.join(root, 'cv');
const secretDir = path.join(root, 'secret');
mkdirSync(themeDir);
mkdirSync(cvDir);
mkdirSync(secretDir);
writeFileSync(path.join(secretDir, 'secret.txt'), 'TOPSECRETCANARYTEXT');
writeFileSync(path.join(secretDir, 'secret.css'), 'body::after { content: "TOPSECRETCSS"; }');
writeFileSync(path.join(themeDir, 'style.css'), 'body { font-family: "Inter Variable", sans-serif; font-size: 12pt; } @page { margin: 20mm; }\n'
  // Margin boxes take no font from the body: name one (Chromium sees no host font to fall back to).
  + 'html.cv-multipage body { page: cv-paged; } @page cv-paged { margin: 20mm; @bottom-center { font-family: "Inter Variable"; content: "Folio " counter(page) " of " counter(pages); } }');
// 1x1 PNG
writeFileSync(path.join(cvDir, 'photo.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));
symlinkSync(path.join(secretDir, 'secret.txt'), path.join(cvDir, 'escape.png'));
symlinkSync(secretDir, path.join(themeDir, 'linked'));

let canaryHits: string[] = [];
let canary: Server;
let canaryUrl = '';
let browser: Browser;

function doc(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/fonts/@fontsource-variable/inter/wght.css"><link rel="stylesheet" href="/theme/style.css">${head}</head><body>${body}</body></html>`;
}

function pdfText(pdf: Uint8Array): string {
  const f = path.join(root, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}
function pdfTool(tool: string, pdf: Uint8Array): string {
  const f = path.join(root, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync(tool, [f], { encoding: 'utf8' });
}

/** A `width`×1 grey PNG: pdfimages tells two such images apart by width. */
function greyPng(width: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer): number => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 128)]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(row)), chunk('IEND', Buffer.alloc(0))]);
}

const base = (): PrintOptions => ({ format: 'A4', themeDir, cvDir, timeoutMs: 30_000 });

describe.skipIf(!browserPath)('printPdf', () => {
  beforeAll(async () => {
    canary = createServer((req, res) => {
      canaryHits.push(req.url ?? '');
      res.end('PWNED-BY-CANARY');
    });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', () => r()));
    canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => canary?.close(r));
    rmSync(root, { recursive: true, force: true });
  });

  it('prints a small document on one A4 page with the font embedded', async () => {
    const r = await printPdf(
      browser,
      doc('<h1>Ada Quill</h1><p>Systems engineer in Lisbon.</p><p style="font-family: \'Noto Sans SC\'">张伟 软件工程师</p><img src="photo.png" alt="">',
        '<link rel="stylesheet" href="/fonts/@fontsource/noto-sans-sc/400.css">'),
      base(),
    );
    expect(r.pages).toBe(1);
    expect(r.warnings).toEqual([]);
    const info = pdfTool('pdfinfo', r.pdf);
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // Static fonts are embedded by name; Chromium embeds variable fonts (Inter Variable) as Type 3.
    const fonts = pdfTool('pdffonts', r.pdf);
    expect(fonts).toMatch(/NotoSansSC/);
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\byes\b/);
    expect(fonts).not.toMatch(/DejaVu|Liberation|Helvetica|Arial/);
    expect(pdfText(r.pdf)).toContain('Systems engineer in Lisbon.');
    expect(pdfText(r.pdf)).toContain('张伟 软件工程师');
    expect(pdfText(r.pdf)).not.toContain('Folio');
  });

  it('prints Letter when asked', async () => {
    const r = await printPdf(browser, doc('<p>Letter paper</p>'), { ...base(), format: 'Letter' });
    expect(pdfTool('pdfinfo', r.pdf)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('marks multi-page documents so the theme footer shows page X of Y', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `<p>Paragraph ${i} of a long career.</p>`).join('');
    const r = await printPdf(browser, doc(body), base());
    expect(r.pages).toBeGreaterThan(1);
    const text = pdfText(r.pdf);
    expect(text).toContain(`Folio 1 of ${r.pages}`);
    expect(text).toContain(`Folio ${r.pages} of ${r.pages}`);
  });

  it('adds the footer class even when the document is only a little longer than one page, and prints it once', async () => {
    const page = await browser.newPage();
    // Count the prints: printPdf prints over a DevTools session of its own (Page.printToPDF).
    let prints = 0;
    const createSession = page.createCDPSession.bind(page);
    page.createCDPSession = async () => {
      const session = await createSession();
      const send = session.send.bind(session) as (method: string, params?: object) => Promise<unknown>;
      (session as { send: unknown }).send = (method: string, params?: object) => ((prints += method === 'Page.printToPDF' ? 1 : 0), send(method, params));
      return session;
    };
    const r = await printPdf(browser, doc('<div style="height: 1150px">tall block</div><p>after the block</p>'), { ...base(), page });
    await page.close();
    expect(r.pages).toBe(2);
    expect(pdfText(r.pdf)).toContain('Folio 2 of 2');
    expect(prints, 'guessed right: no second print with the footer class').toBe(1);
  });

  it('refuses a document far longer than the page limit before printing it', async () => {
    const body = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    await expect(printPdf(browser, doc(body), { ...base(), pageLimit: 2, file: 'long.md' })).rejects.toMatchObject({ code: 'E_PAGE_LIMIT', file: 'long.md' });
    const r = await printPdf(browser, doc(body), { ...base(), pageLimit: 20 });
    expect(r.pages).toBeGreaterThan(2);
  });

  it('runs no script and blocks every request outside the allowed folders', async () => {
    canaryHits = [];
    const hostile = doc(
      `<p id="t">clean</p><script>document.getElementById('t').textContent='PWNED'</script>
       <img src="${canaryUrl}/img.png"><img src="file:///etc/passwd"><img src="/cv/../../etc/passwd">
       <img src="/cv/%2e%2e/secret/secret.txt"><img src="/cv/..%2fsecret%2fsecret.txt"><img src="escape.png">
       <img src="/theme/linked/secret.txt"><img src="/fonts/@fontsource-variable/inter/../../../package.json">
       <img src="/fonts/left-pad/index.js"><img src="//127.0.0.1:${new URL(canaryUrl).port}/proto">
       <iframe src="${canaryUrl}/frame"></iframe><object data="${canaryUrl}/obj"></object>
       <video poster="${canaryUrl}/poster.png"></video><img srcset="${canaryUrl}/srcset.png 2x">
       <div style="background:url(${canaryUrl}/bg.png);width:10px;height:10px"></div>`,
      `<style>@import url("${canaryUrl}/import.css"); @font-face { font-family: X; src: url(${canaryUrl}/font.woff2); } p { font-family: X, "Inter Variable"; }</style>
       <link rel="stylesheet" href="${canaryUrl}/style.css"><link rel="stylesheet" href="/theme/linked/secret.css">
       <link rel="prefetch" href="${canaryUrl}/prefetch"><link rel="dns-prefetch" href="${canaryUrl}">`,
    );
    const r = await printPdf(browser, hostile, base());
    const text = pdfText(r.pdf);
    expect(text).toContain('clean');
    expect(text).not.toContain('PWNED');
    expect(text).not.toContain('TOPSECRET');
    expect(text).not.toMatch(/root:x:0/);
    await new Promise((res) => setTimeout(res, 300));
    expect(canaryHits).toEqual([]);
    const codes = new Set(r.warnings.map((w) => w.code));
    expect([...codes]).toEqual(['blocked-request']);
    const blockedUrls = r.warnings.map((w) => w.message).join('\n');
    expect(blockedUrls).toContain(`${canaryUrl}/img.png`);
    // file: URLs are refused by Chromium itself before any request event; they never load either way.
    expect(blockedUrls).toContain('escape.png');
    expect(blockedUrls).toContain('/theme/linked/secret');
  });

  it('serves files in the CV folder and nothing when cvDir is undefined', async () => {
    const html = doc('<img src="photo.png" alt="p">');
    expect((await printPdf(browser, html, base())).warnings).toEqual([]);
    const r = await printPdf(browser, html, { ...base(), cvDir: undefined });
    expect(r.warnings.map((w) => w.code)).toEqual(['blocked-request']);
  });

  it('serves only images from the CV folder, never hidden or text files, and only fonts from font packages', async () => {
    writeFileSync(path.join(cvDir, 'notes.txt'), 'NOTESTEXT');
    writeFileSync(path.join(cvDir, 'notes.css'), 'body::after { content: "NOTESCSS"; }');
    writeFileSync(path.join(cvDir, '.hidden.png'), 'x');
    const r = await printPdf(
      browser,
      doc('<img src="notes.txt"><img src=".hidden.png"><img src="/fonts/@fontsource-variable/inter/package.json"><img src="photo.png">', '<link rel="stylesheet" href="/cv/notes.css">'),
      base(),
    );
    const messages = r.warnings.map((w) => w.message).join('\n');
    for (const u of ['/cv/notes.txt', '/cv/.hidden.png', '/cv/notes.css', 'inter/package.json']) expect(messages).toContain(u);
    expect(messages).not.toContain('photo.png');
    expect(pdfText(r.pdf)).not.toContain('NOTES');
  });

  it('reuses a page passed in and leaves it open', async () => {
    const page = await browser.newPage();
    await printPdf(browser, doc('<p>one</p>'), { ...base(), page });
    const r = await printPdf(browser, doc('<p>two</p>'), { ...base(), page });
    expect(page.isClosed()).toBe(false);
    expect(pdfText(r.pdf)).toContain('two');
    await page.close();
  });

  it('serves each document its own theme and CV files on a reused page (only font packages are cached)', async () => {
    const page = await browser.newPage();
    const sets = [['A', 3], ['B', 5]].map(([k, w]) => {
      const theme = path.join(root, `theme-${k}`);
      const cv = path.join(root, `cv-${k}`);
      mkdirSync(theme, { recursive: true });
      mkdirSync(cv, { recursive: true });
      writeFileSync(path.join(theme, 'style.css'), `body { font-family: "Inter Variable"; } body::after { content: "MARKER-THEME-${k}"; }`);
      writeFileSync(path.join(cv, 'face.png'), greyPng(w as number));
      return { themeDir: theme, cvDir: cv };
    });
    const seen: string[] = [];
    for (const dirs of [...sets, ...sets]) {
      const f = path.join(root, `reuse-${seen.length}.pdf`);
      writeFileSync(f, (await printPdf(browser, doc('<p>body</p><img src="face.png" alt="">'), { ...base(), ...dirs, page })).pdf);
      const theme = /MARKER-THEME-(\w)/.exec(execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }))?.[1];
      const width = execFileSync('pdfimages', ['-list', f], { encoding: 'utf8' }).split('\n')[2]?.trim().split(/\s+/)[3];
      seen.push(`${theme}${width}`);
      // Fonts are embedded in every print, cached or not, and never come from the host.
      const fonts = execFileSync('pdffonts', [f], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row).toMatch(/\byes\b/);
    }
    expect(seen).toEqual(['A3', 'B5', 'A3', 'B5']);
    await page.close();
  });

  it('keeps a theme stylesheet between documents only when its URL carries the version of the bytes served', async () => {
    const page = await browser.newPage();
    const dir = path.join(root, 'theme-versioned');
    mkdirSync(dir, { recursive: true });
    const css = (k: string): string => `body { font-family: "Inter Variable"; } body::after { content: "VERSIONED-${k}"; }`;
    const marker = async (href: string): Promise<string | undefined> =>
      /VERSIONED-(\w+)/.exec(pdfText((await printPdf(browser, doc('<p>body</p>', `<link rel="stylesheet" href="${href}">`), { ...base(), themeDir: dir, page })).pdf))?.[1];
    const seen: Array<string | undefined> = [];
    for (const [k, href] of [['A', `/theme/v.css?v=${contentVersion(css('A'))}`], ['B', `/theme/v.css?v=${contentVersion(css('A'))}`], ['C', '/theme/w.css?v=0000000000000000'], ['D', '/theme/w.css?v=0000000000000000']] as const) {
      writeFileSync(path.join(dir, href.includes('v.css') ? 'v.css' : 'w.css'), css(k));
      seen.push(await marker(href));
    }
    // The versioned URL names A's bytes: the page keeps them (B, written under the same name, is not asked for);
    // a URL whose version does not match what is served is never kept.
    expect(seen).toEqual(['A', 'A', 'C', 'D']);
    await page.close();
  });

  it('launches a browser that cannot reach the network even without interception (defence in depth)', async () => {
    canaryHits = [];
    for (const u of [`${canaryUrl}/direct`, canaryUrl.replace('127.0.0.1', 'localhost') + '/by-name']) {
      const page = await browser.newPage();
      try {
        await expect(page.goto(u, { timeout: 10_000 })).rejects.toThrow(/ERR_/);
      } finally {
        // Chromium sometimes never acknowledges closing a page after failed navigations; do not wait forever.
        await Promise.race([page.close(), new Promise((r) => setTimeout(r, 3000))]);
      }
    }
    expect(canaryHits).toEqual([]);
  });

  it('fails with E_TIMEOUT naming the file when the time limit is exceeded', async () => {
    const pagesBefore = (await browser.pages()).length;
    await expect(printPdf(browser, doc('<p>slow</p>'), { ...base(), timeoutMs: 1, file: 'slow.md' })).rejects.toMatchObject({ code: 'E_TIMEOUT', file: 'slow.md' });
    // The page the print opened is closed (on a loaded machine it may still be opening when the limit passes:
    // then it is closed as soon as it exists). Wait for that, however long the machine takes.
    await expect.poll(async () => (await browser.pages()).length, { timeout: 60_000, interval: 200 }).toBeLessThanOrEqual(pagesBefore);
  });
});

describe('launchBrowser', () => {
  it('starts Chromium with the same default flags puppeteer\'s own launcher would give it', async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const theirs = puppeteer.defaultArgs({ headless: true }).filter((a) => !a.startsWith('--user-data-dir') && a !== 'about:blank');
    expect([...PUPPETEER_DEFAULT_FLAGS].sort()).toEqual(theirs.sort());
  });

  it.skipIf(!browserPath)('closes by ending the whole Chromium process group and deleting its profile folder', async () => {
    const b = await launchBrowser();
    const proc = b.process();
    expect(proc?.pid).toBeGreaterThan(0);
    const profile = /--user-data-dir=(\S+)/.exec(proc!.spawnargs.join(' '))?.[1];
    expect(profile && existsSync(profile)).toBe(true);
    await b.close();
    expect(proc!.exitCode !== null || proc!.signalCode !== null).toBe(true);
    expect(existsSync(profile!)).toBe(false);
    // no live process of that group is left (killed helpers may linger as zombies until init reaps them, and a helper
    // the group's SIGKILL has reached may still show as running for a moment on a loaded machine: polled, not sampled once)
    const live = (): string[] => execFileSync('ps', ['-eo', 'pgid=,stat=']).toString().split('\n').filter((l) => l.trim().split(/\s+/)[0] === String(proc!.pid) && !/^\S+\s+Z/.test(l.trim()));
    await expect.poll(live, { timeout: 5000, interval: 100 }).toEqual([]);
  });

  it('fails with E_BROWSER_LAUNCH naming the executable when it is not a browser or does not exist', async () => {
    for (const bad of ['/bin/false', path.join(root, 'no-such-chromium')]) {
      await expect(launchBrowser({ executablePath: bad, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'E_BROWSER_LAUNCH', message: expect.stringContaining(bad) });
    }
  });
});

describe('findBrowser', () => {
  it.skipIf(!existsSync('/usr/lib/chromium/chromium'))('starts Debian\'s binaries directly, not their launcher scripts, and prefers the headless shell', () => {
    const found = findBrowser({ PATH: '/usr/bin' });
    expect(found.startsWith('/usr/lib/chromium/')).toBe(true);
    if (existsSync('/usr/lib/chromium/chromium-headless-shell')) expect(found).toBe('/usr/lib/chromium/chromium-headless-shell');
  });

  it('honours PUPPETEER_EXECUTABLE_PATH and rejects a bad one', () => {
    if (browserPath) expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: browserPath })).toBe(browserPath);
    expect(() => findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' })).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });
  it('says exactly what to install when nothing is found', () => {
    try {
      findBrowser({ PATH: '', HOME: root }, { knownPaths: [] });
      throw new Error('expected E_NO_BROWSER');
    } catch (e) {
      expect(e).toMatchObject({ code: 'E_NO_BROWSER' });
      expect(String((e as Error).message)).toContain('apt-get install -y chromium');
    }
  });
});
