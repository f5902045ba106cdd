#!/usr/bin/env node
// Times the Markdown parser's source pass (readMarkdownSource, htmlToLines on each raw HTML block, readFrontMatterCv) per CV of the corpus, built code (dist/).
// Usage: npm run build && node scripts/bench-parse-source.js [--rounds 50] [corpus/md folder]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = async (f) => {
  const p = path.join(root, 'dist/parse/md', f);
  if (!existsSync(p)) {
    console.error(`bench-parse-source: ${path.relative(process.cwd(), p)} is missing; run "npm run build" first.`);
    process.exit(2);
  }
  return import(pathToFileURL(p).href);
};
const { readMarkdownSource } = await load('read-markdown-source.js');
const { htmlToLines } = await load('html-to-lines.js');
const { readFrontMatterCv } = await load('read-front-matter-cv.js');

const args = process.argv.slice(2);
const r = args.indexOf('--rounds');
const rounds = Number(r >= 0 ? args[r + 1] : 50);
const dir = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--rounds') ?? path.resolve(root, '../shared/corpus/md');
if (!existsSync(dir)) {
  console.error(`bench-parse-source: ${dir} is absent.`);
  process.exit(2);
}
const md = new MarkdownIt({ html: true });
const cvs = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const source = readMarkdownSource(text, f);
    const blocks = md.parse(source.body, {}).filter((t) => t.type === 'html_block' && t.map);
    return { f, text, data: source.frontMatter?.data, blocks };
  });

/** The fastest of `rounds` runs of fn, in ms (the least disturbed by other processes). */
const best = (fn) => {
  let min = Infinity;
  for (let k = 0; k < rounds; k++) {
    const s = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - s) / 1e6);
  }
  return min;
};
for (let k = 0; k < 20; k++) for (const cv of cvs) readMarkdownSource(cv.text);
const rows = cvs.map((cv) => ({
  f: cv.f,
  kb: Buffer.byteLength(cv.text) / 1024,
  source: best(() => readMarkdownSource(cv.text, cv.f)),
  html: cv.blocks.length ? best(() => cv.blocks.forEach((t, k) => htmlToLines(t.content, t.map[0] + 1, k))) : 0,
  frontMatter: cv.data ? best(() => readFrontMatterCv(cv.data)) : 0,
}));
const sum = (k) => rows.reduce((n, x) => n + x[k], 0);
const max = (k) => rows.reduce((m, x) => (x[k] > m[k] ? x : m));
for (const k of ['source', 'html', 'frontMatter']) {
  const m = max(k);
  console.log(`${k.padEnd(11)} mean ${(sum(k) / rows.length).toFixed(3)} ms/CV, max ${m[k].toFixed(3)} ms (${m.f}, ${m.kb.toFixed(1)} KB)`);
}
const total = rows.map((x) => x.source + x.html + x.frontMatter);
console.log(`all three   mean ${(total.reduce((a, b) => a + b, 0) / rows.length).toFixed(3)} ms/CV over ${rows.length} CVs (best of ${rounds} rounds each)`);
if (args.includes('--each')) for (const x of rows) console.log(`  ${x.f}: ${x.kb.toFixed(1)} KB source ${x.source.toFixed(3)} html ${x.html.toFixed(3)} fm ${x.frontMatter.toFixed(3)}`);
