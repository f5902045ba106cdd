// The library-free incremental stamp: byte for byte what the pdf-lib one writes, on Chromium's prints and on the plain shapes it reads; other shapes are left to pdf-lib.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import * as pdfLib from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resume } from '../src/model/types.js';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { printPdf } from '../src/print/print-pdf.js';
import { appendStamp } from '../src/stamp/append-stamp.js';
import { appendStampWithPdfLib } from '../src/stamp/append-stamp-with-pdf-lib.js';
import { describeStamp, type StampFields } from '../src/stamp/describe-stamp.js';
import { readPdfValue } from '../src/stamp/read-pdf-value.js';
import { stampMetadata } from '../src/stamp/stamp-metadata.js';

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
}

const resumes: Resume[] = [
  { basics: { name: 'Zoë Łukasik 𝒜', label: 'Data Engineer', summary: 'Builds pipelines. Loves maps.' }, skills: [{ name: 'Data', keywords: ['Python', 'SQL'] }] },
  { basics: { name: 'Ada', summary: 'I build **reliable** systems. And more.' } },
  { basics: {} },
];
const fieldsOf = (r: Resume, lang = 'pl'): StampFields => describeStamp(r, { themeName: 'classic', lang, version: '0.1.0', date: new Date('2024-01-02T03:04:05Z') });

/** A one-page PDF made by pdf-lib (a classic cross-reference table unless `objectStreams`), its catalog changed by `edit`. */
async function makePdf(edit: (doc: PDFDocument) => void, objectStreams = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]).drawText('Acme', { x: 50, y: 700, size: 12 });
  edit(doc);
  doc.setTitle('old title');
  return doc.save({ useObjectStreams: objectStreams });
}
const set = (doc: PDFDocument, key: string, value: unknown): void => doc.catalog.set(PDFName.of(key), doc.context.obj(value as never));

/** Shapes both writers handle: the plain stamp must give pdf-lib's bytes. */
const plainShapes: Record<string, (doc: PDFDocument) => void> = {
  'a bare catalog': () => undefined,
  'a /Names dictionary by reference': (doc) => {
    const dests = doc.context.obj({ Names: [PDFString.of('top'), doc.context.obj([doc.getPage(0).ref, PDFName.of('Fit')])] });
    doc.catalog.set(PDFName.of('Names'), doc.context.register(doc.context.obj({ Dests: dests })));
  },
  'an inline /Names dictionary with hex strings': (doc) => set(doc, 'Names', { Dests: { Names: [PDFHexString.of('AB01'), doc.getPage(0).ref] } }),
  'viewer preferences, a language, page labels and a null entry': (doc) => {
    set(doc, 'ViewerPreferences', { HideToolbar: true, Direction: 'R2L' });
    doc.catalog.set(PDFName.of('Lang'), PDFString.of('de'));
    set(doc, 'PageLabels', { Nums: [0, { S: 'r' }, 3, { S: 'D', St: 1 }] });
    set(doc, 'Extra', null);
  },
};

/** Shapes the plain stamp leaves to pdf-lib (which appends or rewrites them as before). */
const declinedShapes: Record<string, (doc: PDFDocument) => void> = {
  'a real number': (doc) => doc.catalog.set(PDFName.of('Version2'), PDFNumber.of(1.5)),
  'a string with escapes': (doc) => doc.catalog.set(PDFName.of('Lang'), PDFString.of('en\\(x\\)')),
  'a name with # escapes': (doc) => doc.catalog.set(PDFName.of('Odd'), PDFName.of('a b')),
  'a null /Names': (doc) => set(doc, 'Names', null),
  'an /AF array': (doc) => set(doc, 'AF', []),
  'viewer preferences by reference': (doc) => doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.register(doc.context.obj({ HideToolbar: true }))),
};

describe('appendStamp (no pdf-lib)', () => {
  for (const [what, edit] of Object.entries(plainShapes)) {
    it(`writes pdf-lib's bytes for ${what}`, async () => {
      const pdf = await makePdf(edit);
      for (const r of resumes) {
        const fields = fieldsOf(r);
        const plain = appendStamp(pdf, fields);
        expect(plain).toBeDefined();
        expect(Buffer.from(plain!).equals(Buffer.from(appendStampWithPdfLib(pdfLib, pdf, fields)!))).toBe(true);
      }
    });
  }

  for (const [what, edit] of Object.entries(declinedShapes)) {
    it(`leaves ${what} to pdf-lib, and stampMetadata still stamps it`, async () => {
      const pdf = await makePdf(edit);
      expect(appendStamp(pdf, fieldsOf(resumes[0]!))).toBeUndefined();
      const doc = await PDFDocument.load(await stampMetadata(pdf, resumes[0]!, { themeName: 'classic', lang: 'pl', version: '0.1.0' }), { updateMetadata: false });
      expect(doc.getTitle()).toBe('Zoë Łukasik 𝒜 — Data Engineer');
    });
  }

  it('leaves a PDF with object streams and a comment in the catalog to pdf-lib', async () => {
    expect(appendStamp(await makePdf(() => undefined, true), fieldsOf(resumes[0]!))).toBeUndefined();
    expect(readPdfValue(new TextEncoder().encode('<</Type /Catalog % note\n>>'), 0)).toBeUndefined();
    expect(readPdfValue(new TextEncoder().encode('<</Length 3>>\nstream\nabc'), 0)).toBeUndefined();
    expect(readPdfValue(new TextEncoder().encode('<</A 1 /A 2>>'), 0)).toBeUndefined();
  });

  it('reads values as pdf-lib writes them back', () => {
    const read = readPdfValue(new TextEncoder().encode('<</T /Catalog/P 17 0 R/N [1 2 0 R true null (x y) <0A>] /D<</M false>>>>'), 0);
    expect(read?.value).toEqual({
      kind: 'dict',
      entries: new Map<string, unknown>([
        ['T', { kind: 'atom', text: '/Catalog' }],
        ['P', { kind: 'ref', num: 17, gen: 0 }],
        ['N', { kind: 'array', items: [{ kind: 'atom', text: '1' }, { kind: 'ref', num: 2, gen: 0 }, { kind: 'atom', text: 'true' }, { kind: 'atom', text: 'null' }, { kind: 'atom', text: '(x y)' }, { kind: 'atom', text: '<0A>' }] }],
        ['D', { kind: 'dict', entries: new Map([['M', { kind: 'atom', text: 'false' }]]) }],
      ]),
    });
  });

  describe.skipIf(!hasBrowser)("on Chromium's prints", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
    });

    it("writes pdf-lib's bytes for one- and two-page prints, with and without an outline", async () => {
      const pages = ['<h1>Zoë</h1><h2>Work</h2><p>Acme</p>', `<h1>Long</h1>${'<h2>Part</h2><p>text</p>'.repeat(60)}`, '<p>no headings</p>'];
      for (const body of pages) {
        const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Zoë (x)</title></head><body>${body}</body></html>`;
        const pdf = (await printPdf(browser, html, { format: 'A4', themeDir: process.cwd(), cvDir: undefined, timeoutMs: 30_000 })).pdf;
        for (const r of resumes) {
          const fields = fieldsOf(r, 'fr');
          const plain = appendStamp(pdf, fields);
          expect(plain).toBeDefined();
          expect(Buffer.from(plain!).equals(Buffer.from(appendStampWithPdfLib(pdfLib, pdf, fields)!))).toBe(true);
        }
      }
    }, 60_000);
  });
});
