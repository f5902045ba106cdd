// Stamping printed PDFs: Info and XMP metadata, /Lang, the resume.json attachment, tags and outline kept, reproducible bytes;
// Chromium's prints get an incremental update, other PDFs are rewritten whole, and both say the same.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resume } from '../src/model/types.js';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { printPdf } from '../src/print/print-pdf.js';
import { stampMetadata } from '../src/stamp/stamp-metadata.js';

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('stamp tests skipped: no Chromium found (apt-get install -y chromium)');
}

const root = mkdtempSync(path.join(tmpdir(), 'cvpress-stamp-'));
const resume: Resume = {
  basics: { name: 'Zoë Łukasik', label: 'Data Engineer', summary: 'Builds pipelines. Loves maps.' },
  skills: [
    { name: 'Data', keywords: ['Python', 'SQL', 'Apache Spark'] },
    { name: 'Cloud', keywords: ['AWS', 'python'] },
  ],
  work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }],
  meta: { theme: 'classic' },
};
const html = '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>x</title></head><body><h1>Zoë Łukasik</h1><h2>Experience</h2><p>Acme</p><h2>Skills</h2><p>Python</p></body></html>';
const date = new Date('2024-01-02T03:04:05Z');
const opts = { themeName: 'classic', lang: 'pl', version: '0.1.0', date };

let browser: Browser;
let printed: Uint8Array;
/** A PDF pdf-lib saved with object streams (a cross-reference stream): the stamp rewrites it whole. */
let packed: Uint8Array;
/** A PDF with a classic table whose catalog refers to a /Names dictionary holding named destinations. */
let withNames: Uint8Array;

/** Builds a small PDF with pdf-lib: one page, a named destination in a referenced /Names dictionary. */
async function makePdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawText('Acme Python', { x: 50, y: 700, size: 12 });
  const dests = doc.context.obj({ Names: [PDFString.of('top'), doc.context.obj([page.ref, PDFName.of('Fit')])] });
  doc.catalog.set(PDFName.of('Names'), doc.context.register(doc.context.obj({ Dests: dests })));
  doc.setTitle('old title');
  return doc.save({ useObjectStreams });
}
const inputs = (): Array<[string, Uint8Array]> => [
  ["Chromium's print", printed],
  ['a PDF with object streams', packed],
  ['a PDF whose /Names is a reference', withNames],
];

const save = (pdf: Uint8Array): string => {
  const f = path.join(root, `s-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, pdf);
  return f;
};
const pdfinfo = (pdf: Uint8Array): string => execFileSync('pdfinfo', ['-isodates', save(pdf)], { encoding: 'utf8' });

describe.skipIf(!hasBrowser)('stampMetadata', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    printed = (await printPdf(browser, html, { format: 'A4', themeDir: root, cvDir: undefined, timeoutMs: 30_000 })).pdf;
    packed = await makePdf(true);
    withNames = await makePdf(false);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(root, { recursive: true, force: true });
  });

  describe.each([0, 1, 2])('from input %i (0: Chromium, 1: object streams, 2: /Names by reference)', (i) => {
    const input = (): Uint8Array => inputs()[i]![1];
    /** Only Chromium's print is tagged and has an outline. */
    const chromium = i === 0;
    it('writes the Info dictionary that pdfinfo shows, and stays tagged', async () => {
      const info = pdfinfo(await stampMetadata(input(), resume, opts));
      expect(info).toMatch(/^Title:\s+Zoë Łukasik — Data Engineer$/m);
      expect(info).toMatch(/^Author:\s+Zoë Łukasik$/m);
      expect(info).toMatch(/^Subject:\s+Data Engineer$/m);
      expect(info).toMatch(/^Keywords:\s+Data, Python, SQL, Apache Spark, Cloud, AWS$/m);
      expect(info).toMatch(/^Creator:\s+cvpress 0\.1\.0 \(classic\)$/m);
      expect(info).toMatch(/^Producer:\s+cvpress 0\.1\.0 with pdf-lib$/m);
      expect(info).toMatch(/^CreationDate:\s+2024-01-02T03:04:05(Z|\+00)/m);
      expect(info).toMatch(/^ModDate:\s+2024-01-02T03:04:05(Z|\+00)/m);
      if (chromium) expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
      expect(info).not.toMatch(/HeadlessChrome|Skia/);
    });

    it('falls back to "Résumé" and the first sentence of the summary', async () => {
      const info = pdfinfo(await stampMetadata(input(), { basics: { name: 'Ada', summary: 'I build **reliable** systems. And more.' } }, opts));
      expect(info).toMatch(/^Title:\s+Ada — Résumé$/m);
      expect(info).toMatch(/^Subject:\s+I build reliable systems\.$/m);
    });

    it('sets /Lang, an XMP packet, and keeps the outline and structure tree', async () => {
      const doc = await PDFDocument.load(await stampMetadata(input(), resume, opts), { updateMetadata: false });
      const lang = doc.catalog.lookup(PDFName.of('Lang'));
      expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('pl');
      if (chromium) {
        expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
        expect(doc.catalog.get(PDFName.of('MarkInfo'))).toBeDefined();
        expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
      }
      const meta = doc.catalog.lookup(PDFName.of('Metadata'));
      expect(meta).toBeInstanceOf(PDFRawStream);
      const xmp = new TextDecoder().decode((meta as PDFRawStream).contents);
      expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Zoë Łukasik — Data Engineer</rdf:li>');
      expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Zoë Łukasik</rdf:li>');
      expect(xmp).toContain('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Data Engineer</rdf:li>');
      expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>pl</rdf:li>');
      expect(xmp).toContain('<pdf:Keywords>Data, Python, SQL, Apache Spark, Cloud, AWS</pdf:Keywords>');
      expect(xmp).toContain('<xmp:CreateDate>2024-01-02T03:04:05Z</xmp:CreateDate>');
      expect(xmp).toContain('<xmp:ModifyDate>2024-01-02T03:04:05Z</xmp:ModifyDate>');
      expect(xmp).toContain('<xmp:CreatorTool>cvpress 0.1.0 (classic)</xmp:CreatorTool>');
      expect(xmp).toContain('<pdf:Producer>cvpress 0.1.0 with pdf-lib</pdf:Producer>');
    });

    it('writes a malformed language as "und" instead of breaking the PDF', async () => {
      const stamped = await stampMetadata(input(), resume, { ...opts, lang: 'en) /JS (x' });
      expect(pdfinfo(stamped)).toMatch(/^Pages:\s+\d+$/m);
      const doc = await PDFDocument.load(stamped, { updateMetadata: false });
      const lang = doc.catalog.lookup(PDFName.of('Lang'));
      expect(lang instanceof PDFString ? lang.decodeText() : undefined).toBe('und');
    });

    it('attaches the model as resume.json, once', async () => {
      const f = save(await stampMetadata(input(), resume, opts));
      const list = execFileSync('pdfdetach', ['-list', f], { encoding: 'utf8' });
      expect(list).toMatch(/^1 embedded files$/m);
      expect(list).toContain('resume.json');
      const out = path.join(root, 'resume.json');
      execFileSync('pdfdetach', ['-save', '1', '-o', out, f]);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(resume);
    });
  });

  it('gives byte-identical output for the same input and date, even across prints at different times', async () => {
    const a = await stampMetadata(printed, resume, opts);
    const b = await stampMetadata(printed, resume, opts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    await new Promise((r) => setTimeout(r, 1100)); // Chromium stamps its own clock time, to the second
    const reprinted = (await printPdf(browser, html, { format: 'A4', themeDir: root, cvDir: undefined, timeoutMs: 30_000 })).pdf;
    expect(Buffer.from(reprinted).equals(Buffer.from(printed))).toBe(false);
    const c = await stampMetadata(reprinted, resume, opts);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
    const trailer = Buffer.from(a).toString('latin1').match(/\/ID \[\s*<([0-9A-F]+)>\s*<([0-9A-F]+)>\s*\]/);
    expect(trailer?.[1]).toHaveLength(32);
    const other = await stampMetadata(printed, { ...resume, basics: { name: 'Other' } }, opts);
    expect(Buffer.from(other).toString('latin1')).not.toContain(`<${trailer?.[1]}>`);
  });

  it("appends to Chromium's print instead of rewriting it: its pages stay byte for byte, its old Info is emptied", async () => {
    const stamped = Buffer.from(await stampMetadata(printed, resume, opts));
    const original = Buffer.from(printed);
    expect(stamped.length).toBeGreaterThan(original.length);
    const text = stamped.toString('latin1');
    expect(text).toMatch(/\/Prev \d+/);
    expect(text).not.toMatch(/Skia|\(Chromium\)/);
    // Only the old Info dictionary's body differs from the original bytes.
    let differing = 0;
    for (let k = 0; k < original.length; k++) if (stamped[k] !== original[k]) differing++;
    const oldInfo = /\n1 0 obj\n?<<[\s\S]*?\nendobj/.exec(original.toString('latin1'));
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThanOrEqual(oldInfo?.[0].length ?? 0);
    const doc = await PDFDocument.load(stamped, { updateMetadata: false });
    const before = await PDFDocument.load(printed, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(before.getPageCount());
    const text1 = execFileSync('pdftotext', [save(printed), '-'], { encoding: 'utf8' });
    expect(execFileSync('pdftotext', [save(stamped), '-'], { encoding: 'utf8' })).toBe(text1);
  });

  it('keeps the named destinations of a referenced /Names dictionary next to the attachment', async () => {
    const stamped = await stampMetadata(withNames, resume, opts);
    expect(Buffer.from(stamped).toString('latin1')).toMatch(/\/Prev \d+/);
    const doc = await PDFDocument.load(stamped, { updateMetadata: false });
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
    expect(names.lookup(PDFName.of('Dests'), PDFDict).get(PDFName.of('Names'))).toBeDefined();
    expect(names.lookup(PDFName.of('EmbeddedFiles'), PDFDict).get(PDFName.of('Names'))).toBeDefined();
    expect(execFileSync('pdfdetach', ['-list', save(stamped)], { encoding: 'utf8' })).toMatch(/^1 embedded files$/m);
    expect(pdfinfo(stamped)).not.toMatch(/old title/);
  });

  it('rewrites a PDF with object streams whole, with the same metadata', async () => {
    const stamped = await stampMetadata(packed, resume, opts);
    expect(Buffer.from(stamped).toString('latin1')).not.toMatch(/\/Prev \d+/);
    expect(pdfinfo(stamped)).toMatch(/^Title:\s+Zoë Łukasik — Data Engineer$/m);
  });

  it('says the input is not a PDF with E_PDF', async () => {
    await expect(stampMetadata(new TextEncoder().encode('%PDF-1.4 nothing else'), resume, opts)).rejects.toMatchObject({ code: 'E_PDF' });
  });
});
