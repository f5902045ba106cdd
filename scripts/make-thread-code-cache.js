#!/usr/bin/env node
// Writes V8's code cache of the CV thread's bundle (dist/bin/cv-thread.code-cache) after a warm-up CV, so that a cold thread compiles little.
// Usage: node scripts/make-thread-code-cache.js (run by scripts/bundle-cli.js; needs dist/bin/cv-thread.cjs and tsc's dist/)
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { V8_FLAGS } from '../bin/v8-flags.js';

// The flags the cvpress command runs with: V8 accepts a code cache only under the flags it was made with.
for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/bin/cv-thread.cjs');
const cache = path.join(root, 'dist/bin/cv-thread.code-cache');
const { loadThreadBundle } = await import(pathToFileURL(path.join(root, 'dist/batch/load-thread-bundle.js')).href);
// No cache yet: everything compiles, and what the warm-up runs is what the cache will hold.
const { exports, script } = loadThreadBundle(bundle, `${cache}.absent`, { importModule: (url) => import(url) });
// The cold path that matters is one Markdown CV in the default theme: warm that (the sample CV of input/).
const sample = path.join(root, 'input/jane-doe.md');
if (existsSync(sample)) {
  await exports.answerThreadRequest({ id: 0, op: 'prepare', file: sample, layers: { cwd: root } }, new Map());
}
const temp = `${cache}.${process.pid}.tmp`;
writeFileSync(temp, script.createCachedData());
renameSync(temp, cache);
