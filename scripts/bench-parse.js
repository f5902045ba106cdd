#!/usr/bin/env node
// Parse throughput benchmark: CVs per second parsing the corpus (../shared/corpus/md) and the reference seeds N times each with the built parser (dist/). Target ≥ 500 CVs/s.
// Also runs the same rounds in one worker thread per core at once (a batch parses each CV in its own thread): the aggregate rate.
// Usage: npm run build && node scripts/bench-parse.js [--rounds 20] [--threads N (default: the number of cores; 0: none)]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
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
const ti = process.argv.indexOf('--threads');
const threads = Number(ti > 0 ? process.argv[ti + 1] : os.availableParallelism?.() ?? os.cpus().length);

// a worker thread: warm up, wait for the start signal, parse every input `rounds` times, report the count
if (!isMainThread) {
  for (let k = 0; k < 3; k++) for (const [, t] of inputs) parseMarkdown(t);
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    for (let r = 0; r < workerData.rounds; r++) for (const [, t] of inputs) parseMarkdown(t);
    parentPort.postMessage(workerData.rounds * inputs.length);
  });
} else {

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

// the same rounds in `threads` worker threads at once, started together once all are warm
if (threads > 1) {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { rounds }, argv: process.argv.slice(2) }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const t0 = process.hrtime.bigint();
  const counts = await Promise.all(workers.map((w) => new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage('go');
  })));
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  await Promise.all(workers.map((w) => w.terminate()));
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(`parse on ${threads} threads at once (as a batch parses): ${total} CVs in ${wall.toFixed(0)} ms → ${(total / (wall / 1000)).toFixed(0)} CVs/s`);
}
}
