// cvpress check: a good PDF scores 100; a PDF whose text is an image, or whose columns interleave, loses fields and says why; --min-score sets the exit code.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import { checkPdf } from '../src/check/check-pdf.js';
import { runCli } from '../src/cli/run-cli.js';
import type { CliIo } from '../src/cli/cli-io.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/preview');

/** A CLI io that records what is written. */
function captureIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: { NO_COLOR: '1' }, cwd, out: () => out, err: () => err };
}

/** The CV of the layout tests, as Markdown: what the PDFs below are compared with. */
const SOURCE = `# Jane Doe

jane.doe@example.com · +44 20 7946 0958

## Experience

### Senior Designer, Acme Corporation
March 2019 – June 2023

- Led the design system.

### Designer, Globex
January 2015 – February 2019

- Shipped the mobile app.

## Education

### BA in Graphic Design, University of Brighton
2011 – 2014

## Skills

- Design: Figma, Sketch, typography
`;

describe('cvpress check', () => {
  let dir: string;
  let good: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-check-'));
    cpSync(FIXTURE, path.join(dir, 'in'), { recursive: true });
    writeFileSync(path.join(dir, 'source.md'), SOURCE);
    for await (const r of renderBatch([path.join(dir, 'in', 'cv.md'), path.join(dir, 'source.md')], { out: path.join(dir, 'out'), noCache: true, concurrency: 1 })) {
      expect(r.status, JSON.stringify(r.error)).toBe('rendered');
    }
    good = path.join(dir, 'out', 'cv.pdf');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores a PDF made by cvpress 100, comparing its text with the attached model', async () => {
    const r = await checkPdf(new Uint8Array(readFileSync(good)), { file: good });
    expect(r.source).toBe('attachment');
    expect(r.misses).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.checked).toBeGreaterThan(10);
    expect(r.problems.filter((p) => p.code !== 'columns')).toEqual([]);
    expect(r.text).toMatch(/^# Jane Doe/);
  });

  it('reads nothing from a PDF whose text is an image: score 0, every field missed, text-in-images and missing-tags', async () => {
    const png = execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path.join(dir, 'out', 'source.pdf')]);
    const doc = await PDFDocument.create();
    const image = await doc.embedPng(png);
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    const scanned = await doc.save();
    const source = (await import('../src/parse/parse-markdown.js')).parseMarkdown(SOURCE).resume;
    const r = await checkPdf(scanned, { source });
    expect(r.score).toBe(0);
    expect(r.misses.map((m) => m.label)).toEqual(expect.arrayContaining(['name', 'email', 'phone']));
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['text-in-images', 'missing-tags']));
  });

  it('misses fields of a PDF whose two columns are drawn line by line across the page, and names the columns', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const left = ['Jane Doe', 'Experience', 'Senior Designer, Acme Corporation', 'March 2019 – June 2023', 'Led the design system.', 'Designer, Globex', 'January 2015 – February 2019', 'Shipped the mobile app.'];
    const right = ['Contact', 'jane.doe@example.com', '+44 20 7946 0958', 'Education', 'BA in Graphic Design', 'University of Brighton', '2011 – 2014', 'Skills: Figma, Sketch'];
    // A main column and a sidebar with its own line spacing, drawn top to bottom across the page: the order a
    // layout without reading order gives.
    const runs = [...left.map((text, i) => ({ text, x: 50, y: 780 - i * 18 })), ...right.map((text, i) => ({ text, x: 380, y: 784 - i * 13 }))];
    for (const r of runs.sort((a, b) => b.y - a.y)) page.drawText(r.text.replace('–', '-'), { x: r.x, y: r.y, size: 10, font });
    const source = (await import('../src/parse/parse-markdown.js')).parseMarkdown(SOURCE).resume;
    const r = await checkPdf(await doc.save(), { source });
    expect(r.score).toBeLessThan(80);
    expect(r.misses.length).toBeGreaterThan(3);
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['columns-interleaved', 'missing-tags']));
  });

  it('exits 0 at or above --min-score, 1 below it or for a file that is not a PDF, 2 for a bad command line', async () => {
    const io = captureIo(dir);
    expect(await runCli(['check', good, '--min-score', '100'], io)).toBe(0);
    expect(io.out()).toContain('ATS 100/100');
    const scanned = await PDFDocument.create();
    scanned.addPage();
    writeFileSync(path.join(dir, 'blank.pdf'), await scanned.save());
    expect(await runCli(['check', path.join(dir, 'blank.pdf'), '--source', path.join(dir, 'source.md'), '--min-score', '90'], captureIo(dir))).toBe(1);
    expect(await runCli(['check', path.join(dir, 'blank.pdf'), '--source', path.join(dir, 'source.md')], captureIo(dir))).toBe(0);
    const notPdf = captureIo(dir);
    expect(await runCli(['check', path.join(dir, 'source.md')], notPdf)).toBe(1);
    expect(notPdf.err()).toMatch(/E_PDF|not a readable PDF/);
    const noModel = captureIo(dir);
    expect(await runCli(['check', path.join(dir, 'blank.pdf')], noModel)).toBe(1);
    expect(noModel.err()).toMatch(/--source/);
    expect(await runCli(['check', good, '--min-score', '101'], captureIo(dir))).toBe(2);
    expect(await runCli(['check'], captureIo(dir))).toBe(2);
    const json = captureIo(dir);
    expect(await runCli(['check', good, '--json'], json)).toBe(0);
    expect((JSON.parse(json.out()) as Array<{ score: number }>)[0]!.score).toBe(100);
  });

  it('render --check adds the score and misses to the progress line, the JSON report and JUnit', async () => {
    const io = captureIo(dir);
    const code = await runCli(['render', path.join(dir, 'in', 'cv.md'), '--out', path.join(dir, 'out2'), '--check', '--html', '--min-score', '90', '--progress', 'plain', '--report', 'r.json', '--junit', 'j.xml'], io);
    expect(code, io.err()).toBe(0);
    expect(io.err()).toMatch(/rendered .*cv\.md → .*cv\.pdf \(\d+ pages?, \d+ ms, web page \d+ kB, ATS 100\)/);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { results: Array<{ check: { score: number; misses: unknown[] }; html: { bytes: number } }> };
    expect(report.results[0]!.check.score).toBe(100);
    expect(report.results[0]!.check.misses).toEqual([]);
    expect(report.results[0]!.html.bytes).toBeGreaterThan(1000);
    expect(readFileSync(path.join(dir, 'j.xml'), 'utf8')).toContain('<property name="ats.score" value="100"/>');
    // A theme that hides the contact details: the CV scores below the threshold, which fails the run and its JUnit case.
    const theme = path.resolve(__dirname, 'fixtures/themes-nocontact/name-only');
    const low = captureIo(dir);
    const lowCode = await runCli(['render', path.join(dir, 'in', 'cv.md'), '--out', path.join(dir, 'out3'), '--theme', theme, '--check', '--min-score', '90', '--progress', 'plain', '--junit', 'j2.xml'], low);
    expect(lowCode, low.err()).toBe(1);
    expect(low.err()).toMatch(/ATS \d+: missed email, phone/);
    const junit = readFileSync(path.join(dir, 'j2.xml'), 'utf8');
    expect(junit).toMatch(/<failure type="ats-score" message="ATS score \d+ is below 90">/);
    expect(junit).toContain('failures="1"');
  });
});
