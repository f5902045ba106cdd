#!/usr/bin/env node
// Large-input parse benchmark: CPU seconds parseMarkdown takes on adversarial texts of the 2 MB input limit, one line per shape (best of the rounds). Target: every shape ≤ 1 s.
// Usage: npm run build && node --expose-gc scripts/bench-parse-large.js [--rounds 2] [--mb 2] [--shape "word lines"]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GENERATORS } from './lib/adversarial-texts.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/parse/parse-markdown.js');
if (!existsSync(built)) {
  console.error(`bench-parse-large: ${path.relative(process.cwd(), built)} is missing; run "npm run build" first.`);
  process.exit(2);
}
const { parseMarkdown } = await import(pathToFileURL(built).href);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg('--rounds', 2));
const size = Math.floor(Number(arg('--mb', 2)) * 1024 * 1024);
const only = arg('--shape', undefined);
const TARGET_S = 1;

/** Line shapes a CV could plausibly be made of, then the adversarial texts of the linearity tests (scripts/lib/adversarial-texts.js). */
const SHAPES = {
  'word lines': (n) => 'word\n'.repeat(n / 5),
  'bullet lines': (n) => '- word\n'.repeat(n / 7),
  'sentence lines': (n) => 'Worked on the billing system in Berlin\n'.repeat(n / 39),
  'dated lines': (n) => 'Engineer, Acme 2019 – 2021\n'.repeat(n / 27),
  'blank-separated words': (n) => 'word\n\n'.repeat(n / 6),
  ...GENERATORS,
};

/** CPU milliseconds of this process (not wall time: other processes on the machine do not count). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

parseMarkdown(SHAPES['word lines'](20_000)); // warm up
let worst = 0;
for (const [name, make] of Object.entries(SHAPES)) {
  if (only !== undefined && name !== only) continue;
  const text = make(size);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const t0 = cpuMs();
    parseMarkdown(text);
    best = Math.min(best, cpuMs() - t0);
  }
  worst = Math.max(worst, best);
  console.log(`${name.padEnd(24)} ${(best / 1000).toFixed(2)} s${best > TARGET_S * 1000 ? '  (over target)' : ''}`);
}
console.log(`worst: ${(worst / 1000).toFixed(2)} s CPU at ${(size / 1024 / 1024).toFixed(1)} MB (target ≤ ${TARGET_S} s per shape: ${worst <= TARGET_S * 1000 ? 'met' : 'NOT met'})`);
