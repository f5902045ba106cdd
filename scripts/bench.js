#!/usr/bin/env node
// Batch benchmark: cvpress vs a bare page.pdf floor on the same themed HTML, peak RSS (Node + Chrome), cold single-CV time.
// Usage: npm run bench [-- --count 100] (BENCH_COUNT=N copies per seed; BENCH_SCALE=1 also compares peak RSS at 100 vs 1000 CVs;
// BENCH_FLOOR=bare prints the floor as an untuned loop would, without the font Cache-Control header;
// BENCH_SCRIPT_COUNT=N copies of the Japanese and the Persian fixture CV for the CJK and RTL ms/CV, default 30, 0 skips them).
// Each measured run is a fresh child process (floor, cvpress, floor again), sampled for memory by this one.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(root, '../shared/seeds');
const argCount = process.argv.indexOf('--count');
const perSeed = Number(argCount > 0 ? process.argv[argCount + 1] : process.env.BENCH_COUNT ?? 100);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? os.availableParallelism());
const scale = process.env.BENCH_SCALE === '1';
const bareFloor = process.env.BENCH_FLOOR === 'bare';
const scriptCount = Number(process.env.BENCH_SCRIPT_COUNT ?? 30);
/** CVs in other scripts, measured on their own (their fonts are the cost): a CJK and a right-to-left one. */
const SCRIPT_CVS = { cjk: path.join(root, 'tests/fixtures/scripts/ja.json'), rtl: path.join(root, 'tests/fixtures/scripts/fa.json') };
const childAt = process.argv.indexOf('--child');
const child = childAt > 0 ? { kind: process.argv[childAt + 1], total: Number(process.argv[childAt + 2]) } : undefined;

// 1. Build dist/ when missing or older than src/.
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}
const distIndex = path.join(root, 'dist/index.js');
if (!child && (!existsSync(distIndex) || statSync(distIndex).mtimeMs < newest(path.join(root, 'src')))) {
  console.log('building dist/ and dist/bin/ (npm run build)…');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (build.status !== 0) {
    if (!existsSync(distIndex)) process.exit(build.status ?? 1);
    console.warn('bench: the build reported type errors; benchmarking the emitted dist/ anyway.');
  }
  // The cold single-CV run goes through bin/cvpress.js, which runs the bundled CLI (dist/bin/).
  spawnSync(process.execPath, [path.join(root, 'scripts/bundle-cli.js')], { stdio: 'inherit' });
}
const cvpress = await import(path.join(root, 'dist/index.js'));
const { renderBatch, launchBrowser, renderHtml, loadTheme, parseResume, readSource, DEFAULT_OPTIONS } = cvpress;
const { ASSET_ORIGIN, DOCUMENT_URL, THEME_PREFIX, FONTS_PREFIX } = await import(path.join(root, 'dist/model/asset-urls.js'));

if (!existsSync(seedsDir)) {
  console.error(`bench: ${seedsDir} is missing (the three reference CVs); nothing to render.`);
  process.exit(2);
}
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));

// Peak memory of this Node process and every descendant (Chromium and its helpers), sampled from /proc.
// Per process it takes the proportional set size (Pss: shared pages split between their users), so the
// sum is the tree's real footprint; where smaps_rollup is unavailable it falls back to VmRSS.
function treeRss(rootPid) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {}
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
      else throw new Error('no Pss');
    } catch {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) total += Number(m[1]) * 1024;
      } catch {}
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
function sampler(pid) {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 300);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function makeInputs(total, sources = seeds) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-bench-in-'));
  for (let i = 0; i < total; i++) {
    const seed = sources[i % sources.length];
    const ext = seed.endsWith('.json') ? '.json' : '.md';
    copyFileSync(seed, path.join(dir, `${String(i).padStart(5, '0')}-${path.basename(seed).replace(/\.[^.]+$/, '')}${ext}`));
  }
  return dir;
}

async function benchCvpress(total, sources = seeds) {
  const input = makeInputs(total, sources);
  const out = mkdtempSync(path.join(os.tmpdir(), 'cvpress-bench-out-'));
  global.gc?.();
  const t0 = performance.now();
  const run = renderBatch([input], { out, concurrency, noCache: true });
  let failed = 0;
  for await (const r of run) if (r.status === 'failed') failed++;
  const ms = performance.now() - t0;
  await run.summary;
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return { ms, failed };
}

// The floor: the same themed HTML printed by a bare page.pdf loop (assets served from memory, no sandbox checks, no
// stamping). Font package files get the same Cache-Control header cvpress sends, so Chromium may keep decoded fonts
// between documents here too: the floor is what Chromium can do, not what an untuned loop does.
async function benchFloor(total) {
  const theme = await loadTheme(DEFAULT_OPTIONS.theme, { themeDirs: [] });
  const htmls = [];
  for (const seed of seeds) {
    const parsed = parseResume(await readSource(seed, { maxBytes: DEFAULT_OPTIONS.maxInputBytes }));
    htmls.push(renderHtml(parsed.resume, theme, { lang: parsed.resume.meta?.detectedLang ?? 'en', format: 'A4' }).html);
  }
  const files = new Map();
  const serve = (url) => {
    const p = decodeURIComponent(new URL(url).pathname);
    if (p.startsWith(THEME_PREFIX)) return path.join(theme.dir, p.slice(THEME_PREFIX.length));
    if (p.startsWith(FONTS_PREFIX)) return path.join(root, 'node_modules', p.slice(FONTS_PREFIX.length));
    return undefined;
  };
  global.gc?.();
  // Timed from the browser launch, like the cvpress run (which launches its own).
  const t0 = performance.now();
  const browser = await launchBrowser();
  const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
  let current = new Map();
  for (const page of pages) {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url === DOCUMENT_URL) return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: current.get(page) });
      if (!url.startsWith(ASSET_ORIGIN)) return req.abort();
      const file = serve(url);
      if (!file || !existsSync(file)) return req.respond({ status: 404, body: '' });
      if (!files.has(file)) files.set(file, readFileSync(file));
      const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.woff2') ? 'font/woff2' : 'application/octet-stream';
      const cacheable = !bareFloor && url.startsWith(ASSET_ORIGIN + FONTS_PREFIX);
      return req.respond({ status: 200, contentType: type, body: files.get(file), headers: { 'Cache-Control': cacheable ? 'public, max-age=31536000, immutable' : 'no-store' } });
    });
  }
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < total) {
        const i = next++;
        current.set(page, htmls[i % htmls.length]);
        await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready');
        await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
      }
    }),
  );
  const ms = performance.now() - t0;
  await browser.close();
  return { ms, failed: 0 };
}

/** Runs one measurement in a fresh process (nothing warmed by an earlier run), sampling its tree's memory from here. */
function runChild(kind, count) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', kind, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const stop = sampler(proc.pid);
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const peak = stop();
      if (code !== 0) return reject(new Error(`bench: the ${kind} run exited with ${code}`));
      resolve({ ...JSON.parse(out.trim().split('\n').pop()), peak });
    });
  });
}

if (child) {
  const r = child.kind === 'floor' ? await benchFloor(child.total) : SCRIPT_CVS[child.kind] ? await benchCvpress(child.total, [SCRIPT_CVS[child.kind]]) : await benchCvpress(child.total);
  console.log(JSON.stringify(r));
  process.exit(0);
}

function coldSingle() {
  const out = mkdtempSync(path.join(os.tmpdir(), 'cvpress-bench-cold-'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/cvpress.js'), 'render', seeds[0], '--out', out, '--quiet', '--force'], { stdio: 'inherit' });
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  return { ms, status: r.status };
}

const total = perSeed * seeds.length;
console.log(`cvpress bench: ${total} CVs (${seeds.length} seeds × ${perSeed}), theme ${DEFAULT_OPTIONS.theme}, concurrency ${concurrency}, ${os.availableParallelism()} CPUs, ${os.cpus()[0]?.model ?? ''}`);
// The floor runs before and after cvpress: the machine's speed drifts, and the mean of the two brackets the cvpress run.
const floorBefore = await runChild('floor', total);
const mine = await runChild('cvpress', total);
const floorAfter = await runChild('floor', total);
const perCv = mine.ms / total;
const floorPerCv = (floorBefore.ms + floorAfter.ms) / 2 / total;
console.log(`cvpress : ${(mine.ms / 1000).toFixed(1)} s, ${perCv.toFixed(1)} ms/CV, ${((total * 1000) / mine.ms).toFixed(1)} CVs/s, peak RSS Node+Chrome ${mb(mine.peak)}${mine.failed ? `, ${mine.failed} FAILED` : ''}`);
console.log(`floor   : ${floorPerCv.toFixed(1)} ms/CV, mean of ${(floorBefore.ms / total).toFixed(1)} before and ${(floorAfter.ms / total).toFixed(1)} after (bare page.pdf loop, same HTML, browser and concurrency${bareFloor ? ', fonts not cacheable (BENCH_FLOOR=bare)' : ''}; peak RSS ${mb(Math.max(floorBefore.peak, floorAfter.peak))})`);
console.log(`ratio   : ${(perCv / floorPerCv).toFixed(2)}× floor (target ≤ 1.25×)`);
// CVs in other scripts: the same batch of one CJK (Japanese) and one right-to-left (Persian) CV, copied.
if (scriptCount > 0) {
  for (const [kind, file] of Object.entries(SCRIPT_CVS)) {
    const r = await runChild(kind, scriptCount);
    console.log(`${kind.padEnd(8)}: ${(r.ms / scriptCount).toFixed(1)} ms/CV over ${scriptCount} copies of ${path.relative(root, file)}, peak RSS ${mb(r.peak)}${r.failed ? `, ${r.failed} FAILED` : ''}`);
  }
}
const cold = coldSingle();
console.log(`cold    : ${(cold.ms / 1000).toFixed(2)} s for one CV, browser launch included (target ≤ 1.5 s)${cold.status ? ` — exit ${cold.status}` : ''}`);
if (scale) {
  const small = await runChild('cvpress', 100);
  const large = await runChild('cvpress', 1000);
  console.log(`memory  : peak RSS ${mb(small.peak)} at 100 CVs, ${mb(large.peak)} at 1000 CVs (${(((large.peak - small.peak) / small.peak) * 100).toFixed(1)}%, target within 10%)`);
}
const parseBench = path.join(root, 'scripts/bench-parse.js');
if (existsSync(parseBench)) {
  console.log('\nparser benchmark (scripts/bench-parse.js):');
  await new Promise((resolve) => spawn(process.execPath, ['--expose-gc', parseBench], { stdio: 'inherit' }).on('close', resolve));
}
const previewBench = path.join(root, 'scripts/bench-preview.js');
if (existsSync(previewBench)) {
  console.log('\npreview and web page benchmark (scripts/bench-preview.js):');
  await new Promise((resolve) => spawn(process.execPath, [previewBench], { stdio: 'inherit' }).on('close', resolve));
}
