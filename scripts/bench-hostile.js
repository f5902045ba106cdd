#!/usr/bin/env node
// Hostile batch: 300 reference CVs with one of each hostile input mixed in, rendered by the built CLI; checks every reference CV renders, each hostile one ends (rendered safely or failed with its code) in bounded time, and the run's memory stays bounded.
// Usage: npm run build && node scripts/bench-hostile.js [--count 100] [--memory-mb 1024]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePngBomb } from './lib/make-png-bomb.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 100);
const memoryMb = arg('--memory-mb', 1024);
const seedsDir = path.resolve(root, '../shared/seeds');
const hostileDir = path.join(root, 'tests/fixtures/hostile');
const bin = path.join(root, 'bin/cvpress.js');
if (!existsSync(path.join(root, 'dist'))) {
  console.error('bench-hostile: dist/ is missing; run "npm run build" first.');
  process.exit(2);
}
if (!existsSync(seedsDir)) {
  console.error(`bench-hostile: ${seedsDir} is absent; the reference CVs are needed.`);
  process.exit(2);
}

/** Stages the batch: reference CVs under ref/, every hostile fixture and case under hostile/, generated bombs beside. */
function stage(dir) {
  const ref = path.join(dir, 'in', 'ref');
  const bad = path.join(dir, 'in', 'hostile');
  mkdirSync(ref, { recursive: true });
  mkdirSync(bad, { recursive: true });
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < count; i++) for (const s of seeds) cpSync(path.join(seedsDir, s), path.join(ref, `${String(i).padStart(3, '0')}-${s.replace(/\.txt$/, '.md')}`));
  for (const f of readdirSync(hostileDir)) {
    if (/\.(md|json|ya?ml)$/.test(f) && f !== 'expect.json') cpSync(path.join(hostileDir, f), path.join(bad, f), { dereference: false });
  }
  for (const c of readdirSync(path.join(hostileDir, 'cases'))) cpSync(path.join(hostileDir, 'cases', c), path.join(bad, c), { recursive: true, verbatimSymlinks: true });
  const png = path.join(bad, 'png-bomb');
  mkdirSync(png);
  writeFileSync(path.join(png, 'big.png'), makePngBomb(20000, 20000));
  writeFileSync(path.join(png, 'cv.md'), '# Mallory Hostile\n\nmallory@hostile.test\n\n![photo](big.png)\n\n## Experience\n\n### Engineer at Acme\n2019 - 2020\n');
  const data = `data:image/png;base64,${makePngBomb(16000, 16000).toString('base64')}`;
  writeFileSync(path.join(bad, 'data-png.json'), JSON.stringify({ basics: { name: 'Mallory Hostile', email: 'mallory@hostile.test', image: data } }));
  writeFileSync(path.join(bad, 'redos-header.md'), `# Mallory Hostile\n\n${'a | '.repeat(20000)}x\n`);
  return { ref: seeds.length * count, refDir: ref };
}

/** Resident memory of a process tree, from /proc (0 off Linux). */
function treeRss(pid) {
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'latin1').split(' ')[1]) * 4096;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'latin1').split(' ')) if (Number(c) > 0) queue.push(Number(c));
      }
    } catch {
      /* gone */
    }
  }
  return total;
}

const dir = mkdtempSync(path.join(tmpdir(), 'cvpress-hostile-batch-'));
try {
  const { ref } = stage(dir);
  const report = path.join(dir, 'report.json');
  const t0 = performance.now();
  const proc = spawn(process.execPath, [bin, 'render', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--report', report, '--progress', 'plain', '--force'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(proc.pid))), 100);
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => proc.on('close', resolve));
  clearInterval(timer);
  const wall = performance.now() - t0;
  if (!existsSync(report)) {
    console.error(`bench-hostile: no report (exit ${code}):\n${stderr.slice(-2000)}`);
    process.exit(1);
  }
  const results = JSON.parse(readFileSync(report, 'utf8')).results;
  const refs = results.filter((r) => r.input.includes(`${path.sep}ref${path.sep}`) || r.input.startsWith('ref'));
  const hostile = results.filter((r) => !refs.includes(r));
  const refOk = refs.filter((r) => r.status === 'rendered').length;
  console.log(`hostile batch: ${refs.length} reference CVs (${refOk} rendered, ${ref} staged) + ${hostile.length} hostile inputs, exit ${code}, ${(wall / 1000).toFixed(1)} s wall, peak memory of the run ${(peak / 2 ** 20).toFixed(0)} MB`);
  for (const r of hostile.sort((a, b) => b.ms - a.ms)) {
    console.log(`  ${r.status.padEnd(8)} ${String(r.ms).padStart(6)} ms  ${r.error ? r.error.code.padEnd(16) : ''.padEnd(16)} ${path.relative(path.join(dir, 'in'), path.resolve(dir, r.input))}`);
  }
  const slowest = Math.max(...hostile.map((r) => r.ms));
  const problems = [];
  if (refOk !== ref) problems.push(`${ref - refOk} reference CVs did not render`);
  if (peak > (2 + 2 * memoryMb / 1024) * 2 ** 30) problems.push(`peak memory ${(peak / 2 ** 30).toFixed(2)} GB is over the bound for two renderers of ${memoryMb} MB each plus the run`);
  if (hostile.some((r) => r.status === 'failed' && !r.error?.code)) problems.push('a hostile input failed without an error code');
  console.log(`slowest hostile input ${slowest} ms; ${problems.length ? `PROBLEMS: ${problems.join('; ')}` : 'all bounds held'}`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
