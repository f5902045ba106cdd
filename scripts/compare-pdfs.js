#!/usr/bin/env node
// Compares two folders of PDFs (same file names) in what a reader and a machine see: pages, text, fonts, tags, outline and page pictures.
// Usage: node scripts/compare-pdfs.js <before-dir> <after-dir> [--dpi 100] [--diff DIR]
//   For each PDF in <before-dir> (searched recursively) it compares the same relative path in <after-dir>:
//   page count and "Tagged" (pdfinfo), text (pdftotext), embedded fonts (pdffonts, subset prefixes dropped),
//   the structure tree (pdfinfo -struct-text), the outline (pdf-lib) and every page rendered at --dpi in grey
//   (pdftoppm): pixels that differ at all, and by more than 32 of 255. --diff DIR writes a PGM per differing page
//   (white = same). Exit 0 when everything matches, 1 when anything differs, 2 on bad usage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFDict, PDFName, PDFHexString, PDFString } from 'pdf-lib';

const [before, after] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const opt = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const dpi = Number(opt('dpi', 100));
const diffDir = opt('diff', undefined);
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error('usage: node scripts/compare-pdfs.js <before-dir> <after-dir> [--dpi 100] [--diff DIR]');
  process.exit(2);
}

const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'latin1', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
const pdfs = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).map(String).sort();

/** pdfinfo fields that say what the document is (not when or by whom it was made). */
function info(file) {
  const text = run('pdfinfo', [file]);
  const get = (k) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
  return { pages: Number(get('Pages')), tagged: get('Tagged'), size: get('Page size') };
}

/** pdffonts without object numbers and subset tags (ABCDEF+Name: the prefix is random per print). */
function fonts(file) {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.replace(/^[A-Z]{6}\+/, '').replace(/\s+\d+\s+\d+\s*$/, '').replace(/\s+/g, ' ').trim())
    .sort();
}

/** The structure tree with its text; element IDs (`node00000509`: Chromium numbers them per renderer, so they
 * depend on what the renderer printed before) renumbered in order of appearance. */
function structure(file) {
  const ids = new Map();
  return run('pdfinfo', ['-struct-text', file]).replace(/\bnode\d+\b/g, (id) => {
    if (!ids.has(id)) ids.set(id, `node#${ids.size}`);
    return ids.get(id);
  });
}

/** The outline as indented titles. */
async function outline(file) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out = [];
  const title = (d) => {
    const t = d.lookup(PDFName.of('Title'));
    return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
  };
  const walk = (node, depth) => {
    for (let item = node.lookup(PDFName.of('First')); item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      out.push(`${'  '.repeat(depth)}${title(item)}`);
      walk(item, depth + 1);
      if (out.length > 10_000) break;
    }
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'));
  if (root instanceof PDFDict) walk(root, 0);
  return out;
}

/** Reads a binary PGM (P5) from pdftoppm. */
function readPgm(file) {
  const buf = readFileSync(file);
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error(`${file}: not a binary PGM`);
  return { width: Number(m[1]), height: Number(m[2]), data: buf.subarray(m[0].length) };
}

function rasterize(file, dir) {
  mkdirSync(dir, { recursive: true });
  run('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(dir, 'p')]);
  return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => path.join(dir, f));
}

/** Differing pixels between two page pictures: at all, and by more than 32 grey levels. */
function diffPages(a, b, name, page) {
  const pa = readPgm(a);
  const pb = readPgm(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return { size: `${pa.width}×${pa.height} vs ${pb.width}×${pb.height}`, any: Infinity, big: Infinity };
  let any = 0;
  let big = 0;
  const diff = Buffer.alloc(pa.data.length, 255);
  for (let i = 0; i < pa.data.length; i++) {
    const d = Math.abs(pa.data[i] - pb.data[i]);
    if (d > 0) {
      any++;
      diff[i] = 255 - Math.min(255, d * 2);
    }
    if (d > 32) big++;
  }
  if (any && diffDir) {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(path.join(diffDir, `${name.replace(/[\\/]/g, '_')}-p${page}.pgm`), Buffer.concat([Buffer.from(`P5\n${pa.width} ${pa.height}\n255\n`), diff]));
  }
  return { any, big, total: pa.data.length };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cvpress-compare-'));
let differences = 0;
const names = pdfs(before);
for (const name of names) {
  const a = path.join(before, name);
  const b = path.join(after, name);
  const problems = [];
  if (!existsSync(b)) {
    console.log(`✗ ${name}: missing in ${after}`);
    differences++;
    continue;
  }
  const [ia, ib] = [info(a), info(b)];
  if (JSON.stringify(ia) !== JSON.stringify(ib)) problems.push(`pdfinfo ${JSON.stringify(ia)} vs ${JSON.stringify(ib)}`);
  if (run('pdftotext', [a, '-']) !== run('pdftotext', [b, '-'])) problems.push('text (pdftotext) differs');
  const [fa, fb] = [fonts(a), fonts(b)];
  if (JSON.stringify(fa) !== JSON.stringify(fb)) problems.push(`fonts differ:\n      ${fa.join('\n      ')}\n    vs\n      ${fb.join('\n      ')}`);
  if (structure(a) !== structure(b)) problems.push('structure tree (pdfinfo -struct-text) differs');
  const [oa, ob] = [await outline(a), await outline(b)];
  if (JSON.stringify(oa) !== JSON.stringify(ob)) problems.push(`outline differs: ${oa.length} vs ${ob.length} entries`);
  const ra = rasterize(a, path.join(tmp, 'a', name));
  const rb = rasterize(b, path.join(tmp, 'b', name));
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const d = diffPages(ra[i], rb[i], name, i + 1);
    if (d.any) problems.push(`page ${i + 1}: ${d.size ?? `${d.any} pixels differ (${((d.any / d.total) * 100).toFixed(3)} %), ${d.big} by more than 32/255`}`);
  }
  if (problems.length) {
    differences++;
    console.log(`✗ ${name}\n    ${problems.join('\n    ')}`);
  } else console.log(`✓ ${name}: ${ia.pages} page${ia.pages === 1 ? '' : 's'}, text, ${fa.length} fonts, tags, ${oa.length} outline entries and ${ra.length} page pictures at ${dpi} dpi identical`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(differences ? `\n${differences} of ${names.length} PDFs differ.` : `\nall ${names.length} PDFs match.`);
process.exit(differences ? 1 : 0);
