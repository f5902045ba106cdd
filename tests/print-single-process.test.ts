// A Chromium for one CV runs as one process and prints the same page as the usual many-process Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { renderResume } from '../src/batch/render-resume.js';
import { CvpressError } from '../src/model/errors.js';

let browserPath: string | undefined;
try {
  browserPath = findBrowser();
} catch {
  browserPath = undefined;
}
if (!browserPath) console.warn('single-process print tests skipped: no Chromium found (apt-get install -y chromium)');

const dir = mkdtempSync(path.join(tmpdir(), 'cvpress-single-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HTML = '<html lang="en"><body><h1>Ada Lovelace</h1><p>Analytical Engine, 1843</p></body></html>';

/** The processes of the Chromium session (it is spawned detached: its own session, led by its pid). */
function processCount(browser: Browser): number {
  const pid = browser.process()?.pid;
  const out = execFileSync('ps', ['-o', 'pid=', '-s', String(pid)], { encoding: 'utf8' });
  return out.trim().split(/\s+/).filter(Boolean).length;
}

/** Prints HTML on the browser's start-up tab; returns the PDF's text and the process count meanwhile. */
async function printHello(singleProcess: boolean): Promise<{ text: string; processes: number }> {
  const browser = await launchBrowser({ singleProcess });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setContent(HTML);
    const pdf = await page.pdf({ format: 'A4' });
    const processes = processCount(browser);
    const file = path.join(dir, `${singleProcess ? 'single' : 'multi'}.pdf`);
    writeFileSync(file, pdf);
    return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), processes };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!browserPath || process.platform !== 'linux')('Chromium for a single CV', () => {
  it('runs as one process and prints the same text as the usual Chromium of several processes', async () => {
    const single = await printHello(true);
    const multi = await printHello(false);
    expect(single.processes).toBe(1);
    expect(multi.processes).toBeGreaterThan(1);
    expect(single.text).toContain('Lovelace');
    expect(single.text).toBe(multi.text);
  }, 60_000);

  it('is held to the memory bound: a CV over it fails with E_LIMIT (here a bound below any page)', async () => {
    const cv = path.join(dir, 'cv.md');
    // (pages of text: what the page takes beyond the browser's own part is well above the bound whatever the machine's load)
    const points = Array.from({ length: 400 }, (_, i) => `- Wrote program ${i + 1} for the Analytical Engine, with notes on its operations.`).join('\n');
    writeFileSync(cv, `# Ada Lovelace\n\nada@example.org\n\n## Experience\n\n### Analyst, Engine Works\n1842 – 1843\n\n${points}\n`);
    const error = await renderResume(cv, { config: { memoryLimitMb: 16 } }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(CvpressError);
    expect(error).toMatchObject({ code: 'E_LIMIT' });
    expect((error as Error).message).toMatch(/memory limit of 16 MB in Chromium/);
  }, 60_000);

  it('renders a CV within the default memory bound', async () => {
    const cv = path.join(dir, 'small.md');
    writeFileSync(cv, '# Ada Lovelace\n\nada@example.org\n\n## Experience\n\n### Analyst, Engine Works\n1842 – 1843\n\n- Wrote the first program.\n');
    const result = await renderResume(cv);
    expect(result.pages).toBe(1);
  }, 60_000);
});
