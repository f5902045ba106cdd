// End to end with real Chromium: the seeds and samples render, keep every word, carry metadata and the model, on A4/Letter, reproducibly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { launchBrowser } from '../src/print/launch-browser.js';

const seedsDir = path.resolve(__dirname, '../../shared/seeds');
const hasSeeds = existsSync(seedsDir);
if (!hasSeeds) console.warn(`e2e-seeds: ${seedsDir} is absent, the seed tests are skipped`);
const seeds = hasSeeds ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f)) : [];
const samples = [path.resolve(__dirname, 'fixtures/cli/good/jane-doe.md'), path.resolve(__dirname, 'fixtures/cli/good/john-roe.json')];
const version = (JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cvpress-e2e-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function renderToFile(file: string, flags = {}): Promise<{ pdfPath: string; pages: number; pdf: Uint8Array }> {
  const r = await renderResume(file, { browser, flags });
  const pdfPath = path.join(tmp, `${path.basename(file)}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(pdfPath, r.pdf);
  return { pdfPath, pages: r.pages, pdf: r.pdf };
}

function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file]).toString();
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

describe.skipIf(!hasSeeds)('the three reference CVs', () => {
  for (const seed of seeds) {
    it(`${path.basename(seed)} renders and keeps every word`, async () => {
      const { pdfPath, pages } = await renderToFile(seed);
      expect(pages).toBeGreaterThanOrEqual(1);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString();
      expect(findLostWords(readFileSync(seed, 'utf8'), text)).toEqual([]);
      const info = pdfinfo(pdfPath);
      expect(info.Tagged).toBe('yes');
      expect(info.Creator).toBe(`cvpress ${version} (classic)`);
      expect(info.Title).toBeTruthy();
      expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(execFileSync('pdfdetach', ['-list', pdfPath]).toString()).toMatch(/resume\.json/);
    });
  }
});

describe('sample CVs (Markdown and JSON Resume)', () => {
  for (const sample of samples) {
    it(`${path.basename(sample)} renders with its words, metadata and the model attached`, async () => {
      const { pdfPath } = await renderToFile(sample);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString();
      if (sample.endsWith('.md')) expect(findLostWords(readFileSync(sample, 'utf8'), text)).toEqual([]);
      else for (const word of ['John Roe', 'Northwind Retail', 'dbt', 'Portuguese']) expect(text).toContain(word);
      const info = pdfinfo(pdfPath);
      expect(info.Author).toMatch(/(Jane Doe|John Roe)/);
      expect(info.Tagged).toBe('yes');
      const list = execFileSync('pdfdetach', ['-list', pdfPath]).toString();
      expect(list).toMatch(/resume\.json/);
      execFileSync('pdfdetach', ['-save', '1', '-o', `${pdfPath}.json`, pdfPath]);
      const model = JSON.parse(readFileSync(`${pdfPath}.json`, 'utf8'));
      expect(model.basics.name).toMatch(/(Jane Doe|John Roe)/);
    });
  }

  it('prints Letter on request', async () => {
    const { pdfPath } = await renderToFile(samples[1]!, { format: 'Letter' });
    expect(pdfinfo(pdfPath)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('with SOURCE_DATE_EPOCH set, two renders are byte-identical and dated by it', async () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      for (const sample of samples) {
        const a = await renderToFile(sample);
        const b = await renderToFile(sample);
        expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
        expect(pdfinfo(a.pdfPath).CreationDate).toMatch(/2023/);
      }
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});
