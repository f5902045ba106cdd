#!/usr/bin/env node
// Raises the corpus ratchet (tests/fixtures/corpus/ratchet.json) to today's parse: run after a parser change that improves real CVs.
// Usage: npm run build && node scripts/ratchet-corpus.js   (never lowers a figure unless --lower is given)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseMarkdown } = await import(pathToFileURL(path.join(root, 'dist/parse/parse-markdown.js')).href);
// the scorer the test uses, compiled on the fly (esbuild is a dev dependency)
const { build } = await import('esbuild');
const compiled = await build({ entryPoints: [path.join(root, 'tests/fixtures/corpus/score-cv.ts')], bundle: true, format: 'esm', write: false, platform: 'node' });
const { scoreCv } = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`);
const file = path.join(root, 'tests/fixtures/corpus/ratchet.json');
const old = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const lower = process.argv.includes('--lower');
const out = {};
for (const corpus of ['corpus', 'corpus-extra']) {
  const dir = path.resolve(root, '../shared', corpus);
  if (!existsSync(path.join(dir, 'md'))) { if (old[corpus]) out[corpus] = old[corpus]; continue; }
  let matched = 0;
  let checks = 0;
  const cvs = {};
  for (const name of readdirSync(path.join(dir, 'md')).sort()) {
    const slug = name.replace(/\.[^.]+$/, '');
    const exp = path.join(dir, 'expected', `${slug}.json`);
    if (!existsSync(exp)) continue;
    const s = scoreCv(JSON.parse(readFileSync(exp, 'utf8')), parseMarkdown(readFileSync(path.join(dir, 'md', name), 'utf8'), { file: name }).resume);
    matched += s.checks - s.misses.length;
    checks += s.checks;
    const share = Math.floor((1000 * (s.checks ? (s.checks - s.misses.length) / s.checks : 1))) / 1000;
    const before = old[corpus]?.cvs?.[slug];
    cvs[slug] = lower || before === undefined ? share : Math.max(before, share);
  }
  const total = Math.floor((1000 * matched) / Math.max(1, checks)) / 1000;
  const before = old[corpus]?.total;
  out[corpus] = { total: lower || before === undefined ? total : Math.max(before, total), cvs };
  console.log(`${corpus}: ${matched}/${checks} fields (${(100 * matched / Math.max(1, checks)).toFixed(1)} %), ratchet ${(100 * out[corpus].total).toFixed(1)} %`);
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
