#!/usr/bin/env node
// Parse throughput benchmark: CVs per second parsing the corpus (../shared/corpus/md) and the reference seeds N times each with the built parser (dist/). Target ≥ 500 CVs/s.
// Usage: npm run build && node scripts/bench-parse.js [--rounds 20]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/parse/parse-markdown.js');
if (!existsSync(built)) {
  console.error(`bench-parse: ${path.relative(process.cwd(), built)} is missing; run "npm run build" first.`);
  process.exit(2);
}
const { parseMarkdown } = await import(pathToFileURL(built).href);

const seedsDir = path.resolve(root, '../shared/seeds');
const corpusDir = path.resolve(root, '../shared/corpus/md');
const fixturesDir = path.join(root, 'tests/fixtures/parse');
const inputs = [];
if (existsSync(corpusDir)) {
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort()) inputs.push([f, readFileSync(path.join(corpusDir, f), 'utf8')]);
}
if (existsSync(seedsDir)) {
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) inputs.push([f, readFileSync(path.join(seedsDir, f), 'utf8')]);
} else {
  console.warn(`bench-parse: ${seedsDir} is absent; using the fixture CVs only.`);
  for (const d of readdirSync(fixturesDir)) {
    const f = path.join(fixturesDir, d, 'input.md');
    if (existsSync(f)) inputs.push([d, readFileSync(f, 'utf8')]);
  }
}
if (inputs.length === 0) {
  console.error('bench-parse: no input CVs found.');
  process.exit(2);
}
const i = process.argv.indexOf('--rounds');
const rounds = Number(i > 0 ? process.argv[i + 1] : process.env.BENCH_ROUNDS ?? 20);

// warm up the JIT, then measure
for (let k = 0; k < 3; k++) for (const [, t] of inputs) parseMarkdown(t);
const per = new Map(inputs.map(([f]) => [f, 0]));
const bytes = inputs.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for (const [f, t] of inputs) {
    const s = process.hrtime.bigint();
    parseMarkdown(t);
    per.set(f, per.get(f) + Number(process.hrtime.bigint() - s) / 1e6);
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const n = rounds * inputs.length;
const rate = n / (ms / 1000);
console.log(`parse: ${n} CVs in ${ms.toFixed(0)} ms → ${rate.toFixed(0)} CVs/s, ${((bytes * rounds) / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s (target ≥ 500 CVs/s: ${rate >= 500 ? 'met' : 'NOT met'})`);
console.log('  slowest:');
for (const [f, t] of [...per].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${f}: ${(t / rounds).toFixed(2)} ms/CV`);
