// Fit to N pages and the page limit, with real Chromium: density stepping, the floor warning, LimitError.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { launchBrowser } from '../src/print/launch-browser.js';

const seed000 = path.resolve(__dirname, '../../shared/seeds/000_c19a8a4eef62e750.txt');
const hasSeed = existsSync(seed000);
if (!hasSeed) console.warn(`e2e-fit: ${seed000} is absent, the seed fit test is skipped`);

/** A fictional CV long enough to need several pages at any size. */
function longCv(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-fit-'));
  const jobs = Array.from({ length: 14 }, (_, i) => [
    `### Engineer ${i + 1}, Company Number ${i + 1} — ${2000 + i} to ${2001 + i}`,
    ...Array.from({ length: 8 }, (_, k) => `- Delivered project ${i + 1}.${k + 1}, which improved throughput and reliability for several teams`),
  ].join('\n'));
  const file = path.join(dir, 'long.md');
  writeFileSync(file, `# Alex Long\nalex.long@example.org\n\n## Experience\n${jobs.join('\n\n')}\n`);
  return file;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('fit to pages', () => {
  it.skipIf(!hasSeed)('seed 000 fits on one page in compact with maxPages 1', async () => {
    const r = await renderResume(seed000, { browser, flags: { theme: 'compact', maxPages: 1 } });
    expect(r.pages).toBe(1);
    expect(r.warnings.some((w) => w.code === 'fit-overflow')).toBe(false);
  });

  it('a CV that cannot fit is printed at the floor, no longer than at normal size, with a warning naming the page count', async () => {
    const file = longCv();
    const normal = await renderResume(file, { browser });
    const fitted = await renderResume(file, { browser, flags: { maxPages: 1 } });
    expect(normal.pages).toBeGreaterThan(1);
    expect(fitted.pages).toBeGreaterThan(1);
    expect(fitted.pages).toBeLessThanOrEqual(normal.pages);
    const warning = fitted.warnings.find((w) => w.code === 'fit-overflow');
    expect(warning?.message).toContain(`${fitted.pages} pages`);
  });

  it('more pages than the page limit fails the CV with LimitError', async () => {
    const file = longCv();
    await expect(renderResume(file, { browser, config: { pageLimit: 1 } })).rejects.toMatchObject({ code: 'E_PAGE_LIMIT' });
  });
});
