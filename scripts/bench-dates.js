#!/usr/bin/env node
// Date finder benchmark: µs per line of findDates over every line of the corpus CVs (../shared/corpus/md), with the built code (dist/).
// Usage: npm run build && node scripts/bench-dates.js [--rounds 50]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (f) => path.join(root, 'dist', f);
if (!existsSync(dist('parse/markdown/find-dates.js'))) {
  console.error('bench-dates: dist/parse/markdown/find-dates.js is missing; run "npm run build" first.');
  process.exit(2);
}
const { findDates } = await import(pathToFileURL(dist('parse/markdown/find-dates.js')).href);
const { buildDateWords } = await import(pathToFileURL(dist('parse/markdown/build-date-words.js')).href);
const { LEXICONS } = await import(pathToFileURL(dist('model/lexicon/lexicons.js')).href);
const { findLexicon } = await import(pathToFileURL(dist('model/lexicon/find-lexicon.js')).href);

const corpus = path.resolve(root, '../shared/corpus/md');
if (!existsSync(corpus)) {
  console.error(`bench-dates: ${corpus} is absent.`);
  process.exit(2);
}
const i = process.argv.indexOf('--rounds');
const rounds = Number(i > 0 ? process.argv[i + 1] : 50);

/** Lexicons in the parser's order for a CV in `tag`: its language, English, the others. */
function orderFor(tag) {
  const first = findLexicon(tag);
  const en = findLexicon('en');
  return [first, ...(first === en ? [] : [en]), ...Object.values(LEXICONS).filter((l) => l !== first && l !== en)];
}

/** A rough plain text of a Markdown line: entities decoded, emphasis and heading marks dropped (the parser's own is finer). */
function plain(line) {
  return line.replaceAll('&ndash;', '–').replaceAll('&mdash;', '—').replaceAll('&nbsp;', ' ').replaceAll('&amp;', '&')
    .replace(/[*_`#>]/g, '').trim();
}

const cvs = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => {
  const tag = f.split('-').slice(0, 2).join('-');
  return { tag, lines: readFileSync(path.join(corpus, f), 'utf8').split('\n').map(plain) };
});
const lines = cvs.reduce((n, cv) => n + cv.lines.length, 0);

const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
let c0 = process.cpuUsage();
buildDateWords(orderFor('de'));
const coldMs = cpuMs(c0);
c0 = process.cpuUsage();
for (const tag of ['fr', 'ja', 'ru', 'fa', 'th']) buildDateWords(orderFor(tag));
const warmMs = cpuMs(c0) / 5;
const order = orderFor('de');
c0 = process.cpuUsage();
for (let k = 0; k < 10000; k++) buildDateWords([...order]);
const cachedUs = cpuMs(c0) / 10;
let t0;
let spans = 0;
for (const cv of cvs) {
  const words = buildDateWords(orderFor(cv.tag));
  for (const line of cv.lines) spans += findDates(line, words).length;
}
// warm up, then measure
for (let r = 0; r < 5; r++) for (const cv of cvs) { const w = buildDateWords(orderFor(cv.tag)); for (const l of cv.lines) findDates(l, w); }
const cpu0 = process.cpuUsage();
t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for (const cv of cvs) {
    const words = buildDateWords(orderFor(cv.tag));
    for (const line of cv.lines) findDates(line, words);
  }
}
const wallUs = Number(process.hrtime.bigint() - t0) / 1e3;
const cpu = process.cpuUsage(cpu0);
const cpuUs = cpu.user + cpu.system;
console.log(`corpus: ${cvs.length} CVs, ${lines} lines, ${spans} date spans found`);
console.log(`buildDateWords (CPU): ${coldMs.toFixed(1)} ms the first (cold), ${warmMs.toFixed(1)} ms each next language order, ${cachedUs.toFixed(2)} µs cached`);
console.log(`findDates: ${(wallUs / rounds / lines).toFixed(2)} µs per line wall, ${(cpuUs / rounds / lines).toFixed(2)} µs per line CPU; ` +
  `${(cpuUs / rounds / cvs.length / 1000).toFixed(3)} ms CPU per CV (${rounds} rounds)`);
