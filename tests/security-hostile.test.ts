// The hostile corpus through the whole pipeline: no request leaves, no outside file is read, no script runs, every input ends safely.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResume } from '../src/batch/render-resume.js';
import { CvpressError } from '../src/model/errors.js';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';

const FIXTURES = path.resolve(__dirname, 'fixtures/hostile');
const expectations = JSON.parse(readFileSync(path.join(FIXTURES, 'expect.json'), 'utf8')) as Record<string, string[]>;

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('hostile corpus skipped: no Chromium found (apt-get install -y chromium)');
}

const work = mkdtempSync(path.join(tmpdir(), 'cvpress-hostile-'));
const secretToken = `SECRETTOKEN${randomBytes(8).toString('hex')}`;
const PWNED_FILE = '/tmp/cvpress-pwned';

/** Generated inputs too big or too repetitive to commit. */
function generated(name: string): Buffer {
  switch (name) {
    case 'huge-50mb.md':
      return Buffer.alloc(50 * 1024 * 1024, '# Big\n\n- line of a huge CV\n');
    case 'nested-lists.md':
      return Buffer.from(`# Mallory Hostile\n\n## Experience\n\n${'- '.repeat(10_000)}deepest\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`);
    case 'nested-html.md':
      return Buffer.from(`# Mallory Hostile\n\n## Experience\n\n<div>${'<ul><li>'.repeat(10_000)}deepest${'</li></ul>'.repeat(10_000)}</div>\n`);
    case 'max-size-text.md': {
      // Under the 2 MB input limit, but hundreds of pages: must fail fast on the page bound.
      const lines = ['# Mallory Hostile', '', '## Experience', ''];
      for (let i = 0; lines.length < 15_000; i++) lines.push(`- Bullet ${i} alpha beta gamma delta system design review ship`);
      return Buffer.from(`${lines.join('\n')}\n`);
    }
    case 'deep.json':
      return Buffer.from(`{"basics":{"name":"Deep"},"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    default:
      throw new Error(`unknown generated input ${name}`);
  }
}

let canary: Server;
let host = '';
const hits: string[] = [];
let browser: Browser;

/** Copies (or generates) one input into its own folder beside the secret; returns the CV path. */
function stage(name: string): string {
  const dir = path.join(work, name.replace(/[/.]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const base = path.basename(name);
  const raw = name.startsWith('generated/') ? generated(base) : readFileSync(path.join(FIXTURES, name));
  const bytes = raw.length < 1_000_000 ? Buffer.from(raw.toString('latin1').replaceAll('CANARY', host), 'latin1') : raw;
  writeFileSync(path.join(dir, base), bytes);
  symlinkSync(path.join(work, 'secret', 'secret.txt'), path.join(dir, 'escape.png'));
  symlinkSync(path.join(work, 'secret'), path.join(dir, 'linked-dir'));
  return path.join(dir, base);
}

/** Every link annotation's URI in a PDF. */
async function linkUris(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const uris: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (!action) continue;
      const s = action.lookup(PDFName.of('S'));
      uris.push(s === PDFName.of('URI') ? String((action.lookup(PDFName.of('URI')) as PDFString | PDFHexString).decodeText()) : `action:${String(s)}`);
    }
  }
  return uris;
}

const names = [...Object.keys(expectations)];

describe.skipIf(!hasBrowser)('hostile corpus', () => {
  beforeAll(async () => {
    mkdirSync(path.join(work, 'secret'));
    writeFileSync(path.join(work, 'secret', 'secret.txt'), `${secretToken}\n`);
    rmSync(PWNED_FILE, { force: true });
    canary = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.end('canary');
    });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', () => r()));
    host = `127.0.0.1:${(canary.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => canary?.close(r));
    rmSync(work, { recursive: true, force: true });
  });

  it('has an expected outcome for every committed input, and at least 20 inputs', () => {
    // Folders (cases/) hold the inputs of the bounds, files and faults tests, each with its own expectations.
    const committed = readdirSync(FIXTURES, { withFileTypes: true }).filter((f) => f.isFile() && f.name !== 'expect.json' && f.name !== 'README.md').map((f) => f.name);
    expect(committed.length).toBeGreaterThanOrEqual(20);
    for (const f of committed) expect(expectations, `missing expectation for ${f}`).toHaveProperty([f]);
  });

  it.each(names)('%s renders safely or fails with its typed error', async (name) => {
    const file = stage(name);
    const allowed = expectations[name]!;
    let outcome: string;
    let pdf: Uint8Array | undefined;
    let warnings: { code: string; message: string }[] = [];
    try {
      const r = await renderResume(file, { browser, flags: { timeoutMs: 60_000 } });
      outcome = 'render';
      pdf = r.pdf;
      warnings = r.warnings;
    } catch (err) {
      if (!(err instanceof CvpressError)) throw err;
      outcome = err.code;
      // Errors name the CV (theme errors name the theme folder instead: see the report on theme paths in front matter).
      if (!err.code.startsWith('E_THEME')) expect(err.message).toContain(path.basename(file));
      expect(err.message).not.toContain(secretToken);
    }
    expect(allowed, `outcome ${outcome} of ${name}`).toContain(outcome);
    if (!pdf) return;

    const pdfFile = `${file}.pdf`;
    writeFileSync(pdfFile, pdf);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(text).not.toContain('PWNED');
    expect(text).not.toContain(secretToken);
    expect(text).not.toMatch(/root:.*:0:0:/);
    expect(text).not.toContain('canary');
    expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(/^JavaScript:\s+no$/m);
    for (const uri of await linkUris(pdf)) {
      expect(uri, `link in ${name}`).toMatch(/^(https?:|mailto:|tel:)/i);
    }
    const original = name.startsWith('generated/') ? '' : readFileSync(path.join(FIXTURES, name), 'latin1');
    if (original.includes('CANARY') && !name.endsWith('.json')) {
      expect(warnings.map((w) => w.code).some((c) => ['blocked-request', 'blocked-html', 'remote-image'].includes(c)), `warnings of ${name}`).toBe(true);
    }
  });

  it('the canary received no request and no script touched the file system', async () => {
    await new Promise((r) => setTimeout(r, 500));
    expect(hits).toEqual([]);
    expect(existsSync(PWNED_FILE)).toBe(false);
  });
});
