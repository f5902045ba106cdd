#!/usr/bin/env node
// Batch benchmark: cvpress in each built-in theme against the bare Chromium floor in the same run, CPU time, peak RSS, cold single-CV time.
// Usage: npm run bench [-- --count 100 --rounds 2 --themes classic,modern]
//   --count N (BENCH_COUNT)        copies of each reference CV (../shared/seeds) per measured run, default 100 (300 CVs)
//   --rounds N (BENCH_ROUNDS)      rounds of floor + every theme, default 2; the floor also runs once more at the end
//   --themes a,b (BENCH_THEMES)    themes to measure, default every built-in theme
//   BENCH_CONCURRENCY=N            pages at once, default 2 (the issue's and floor.mjs's setting)
//   BENCH_SCALE=1                  also compares peak RSS at 100 and 1,000 CVs (default theme)
//   BENCH_V8_FLAGS=0               run cvpress without the V8 flags its command sets (bin/v8-flags.js)
//   BENCH_SCRIPT_COUNT=N           copies of the Japanese and the Persian fixture CV for the CJK and RTL ms/CV, default 30, 0 skips them
// The floor is ../shared/bench/floor.mjs's loop (markdown-it HTML, one system font, puppeteer.launch, setContent +
// page.pdf), run here so that it shares the run, the machine's load and the memory/CPU sampling with cvpress.
// Each measured run is a fresh child process, sampled from this one for memory (PSS) and CPU time (Node + Chromium).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(root, '../shared/seeds');
const arg = (name, env, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : (process.env[env] ?? fallback);
};
const perSeed = Number(arg('count', 'BENCH_COUNT', 100));
const rounds = Number(arg('rounds', 'BENCH_ROUNDS', 2));
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
const scale = process.env.BENCH_SCALE === '1';
const scriptCount = Number(process.env.BENCH_SCRIPT_COUNT ?? 30);
/** The target of issue #15: cvpress in every theme within this factor of the bare floor. */
const TARGET_RATIO = 1.5;
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
const { renderBatch, listThemes, launchBrowser, DEFAULT_OPTIONS } = cvpress;
const { V8_FLAGS } = await import(path.join(root, 'bin/v8-flags.js'));
const { createCvThreads } = await import(path.join(root, 'dist/batch/create-cv-threads.js'));

if (!existsSync(seedsDir)) {
  console.error(`bench: ${seedsDir} is missing (the three reference CVs); nothing to render.`);
  process.exit(2);
}
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));

// Memory and CPU of this process's child and every descendant (Chromium and its helpers), sampled from /proc.
// Memory per process is the proportional set size (Pss: shared pages split between their users), so the sum is
// the tree's real footprint (VmRSS where smaps_rollup is unavailable). CPU is user + system time per process,
// the last value seen of each (a process that exits between two samples loses at most one interval).
function treeSample(rootPid) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {}
  }
  let rss = 0;
  const cpu = new Map();
  const stack = [rootPid];
  const tick = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)
  while (stack.length) {
    const pid = stack.pop();
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
      cpu.set(`${pid}:${fields[19]}`, (Number(fields[11]) + Number(fields[12])) * tick);
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) rss += Number(m[1]) * 1024;
      else throw new Error('no Pss');
    } catch {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) rss += Number(m[1]) * 1024;
      } catch {}
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu };
}
/** Samples a process tree every 200 ms: peak memory, and CPU time from `mark()` on. */
function sampler(pid) {
  let peak = 0;
  const last = new Map();
  let base = new Map();
  const sample = () => {
    const s = treeSample(pid);
    peak = Math.max(peak, s.rss);
    for (const [k, v] of s.cpu) last.set(k, v);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    mark() {
      sample();
      base = new Map(last);
    },
    stop() {
      clearInterval(timer);
      let cpu = 0;
      let node = 0;
      for (const [k, v] of last) {
        cpu += v - (base.get(k) ?? 0);
        if (k.startsWith(`${pid}:`)) node += v - (base.get(k) ?? 0);
      }
      return { peak, cpu, node };
    },
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

/**
 * A cvpress batch as `cvpress render` runs it: Chromium launching while the first CV thread loads its modules,
 * then the batch. Timed twice: from the launch (`ms`, launch included) and from the moment Chromium is up
 * (`msAfterLaunch`, the floor's clock: floor.mjs times its loop after `puppeteer.launch`). CPU is sampled from
 * the same moment as the floor's ('start').
 */
async function benchCvpress(total, sources, theme) {
  const input = makeInputs(total, sources);
  const out = mkdtempSync(path.join(os.tmpdir(), 'cvpress-bench-out-'));
  global.gc?.();
  const t0 = performance.now();
  const browser = launchBrowser({});
  const threads = createCvThreads({
    max: concurrency + 1,
    memoryLimitMb: DEFAULT_OPTIONS.memoryLimitMb,
    warm: [{ theme: theme ?? DEFAULT_OPTIONS.theme, themeDirs: [], cwd: root }],
    warmJsonResume: sources.some((f) => f.endsWith('.json')),
  });
  threads.prestart();
  await browser;
  const t1 = performance.now();
  console.log('start');
  const run = renderBatch([input], { browser, threads, out, concurrency, noCache: true, ...(theme ? { flags: { theme } } : {}) });
  let failed = 0;
  for await (const r of run) if (r.status === 'failed') failed++;
  const t2 = performance.now();
  await run.summary;
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return { ms: t2 - t0, msAfterLaunch: t2 - t1, failed };
}

/** The bare floor, as ../shared/bench/floor.mjs measures it: timed after the launch (its ms_per_doc). */
async function benchFloor(total) {
  const { default: MarkdownIt } = await import('markdown-it');
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = process.env.CHROME || ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
  const md = new MarkdownIt();
  const docs = seeds.map((f) => `<!doctype html><meta charset=utf-8><style>body{font:10pt sans-serif;margin:0}</style>${md.render(readFileSync(f, 'utf8'))}`);
  const jobs = Array.from({ length: total }, (_, i) => docs[i % docs.length]);
  const browser = await puppeteer.launch({ headless: true, executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  console.log('start');
  const t1 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const page = await browser.newPage();
      while (next < jobs.length) {
        const html = jobs[next++];
        await page.setContent(html, { waitUntil: 'load' });
        await page.pdf({ format: 'A4', printBackground: true });
      }
      await page.close();
    }),
  );
  const ms = performance.now() - t1;
  await browser.close();
  return { ms, msAfterLaunch: ms, failed: 0 };
}

/** cvpress runs with the V8 flags its command sets (bin/v8-flags.js; BENCH_V8_FLAGS=0: without, to measure them); the floor with none. */
function childFlags(kind) {
  return kind === 'floor' || process.env.BENCH_V8_FLAGS === '0' ? [] : V8_FLAGS;
}

/** Runs one measurement in a fresh process (nothing warmed by an earlier run), sampling its tree from here. */
function runChild(kind, count) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', ...childFlags(kind), fileURLToPath(import.meta.url), '--child', kind, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const s = sampler(proc.pid);
    let out = '';
    proc.stdout.on('data', (d) => {
      if (!out.includes('start\n') && (out + d).includes('start\n')) s.mark();
      out += d;
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      const { peak, cpu, node } = s.stop();
      if (code !== 0) return reject(new Error(`bench: the ${kind} run exited with ${code}`));
      resolve({ ...JSON.parse(out.trim().split('\n').pop()), peak, cpu, node });
    });
  });
}

if (child) {
  const theme = child.kind.startsWith('theme:') ? child.kind.slice(6) : undefined;
  const r = child.kind === 'floor' ? await benchFloor(child.total) : SCRIPT_CVS[child.kind] ? await benchCvpress(child.total, [SCRIPT_CVS[child.kind]]) : await benchCvpress(child.total, seeds, theme);
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
const themes = arg('themes', 'BENCH_THEMES', undefined)?.split(',') ?? (await listThemes({ themeDirs: [] })).map((t) => t.name);
const range = (xs, digits = 1) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo.toFixed(digits) === hi.toFixed(digits) ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};
console.log(
  `cvpress bench: ${total} CVs per run (${seeds.length} reference CVs × ${perSeed}), concurrency ${concurrency}, ${rounds} round${rounds === 1 ? '' : 's'} of floor + ${themes.join(', ')}, ` +
    `${os.availableParallelism()} CPUs, ${os.cpus()[0]?.model ?? ''}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
);
// Floor, every theme, floor, every theme, …, floor: each theme's ratio uses the mean of the two floors around it
// (the machine's speed drifts; the floor brackets every cvpress run).
const floors = [];
const byTheme = new Map(themes.map((t) => [t, []]));
const show = (label, r, extra = '') =>
  console.log(`  ${label.padEnd(9)} ${(r.msAfterLaunch / total).toFixed(1).padStart(6)} ms/CV (launch included ${(r.ms / total).toFixed(1)})  CPU ${(r.cpu / total).toFixed(1).padStart(6)} ms/CV (Node ${(r.node / total).toFixed(1)})  peak ${mb(r.peak)}${r.failed ? `  ${r.failed} FAILED` : ''}${extra}`);
for (let round = 0; round < rounds; round++) {
  console.log(`round ${round + 1}:`);
  if (round === 0) {
    floors.push(await runChild('floor', total));
    show('floor', floors[0]);
  }
  for (const theme of themes) {
    const r = await runChild(`theme:${theme}`, total);
    byTheme.get(theme).push({ ...r, round });
    show(theme, r);
  }
  floors.push(await runChild('floor', total));
  show('floor', floors[round + 1]);
}
console.log(`\nbare floor (floor.mjs loop, timed after the launch): ${range(floors.map((f) => f.ms / total))} ms/CV, CPU ${range(floors.map((f) => f.cpu / total))} ms/CV over ${floors.length} runs`);
console.log('cvpress is timed on the same clock (after Chromium is up; its CV thread loads meanwhile, as in `cvpress render`), and with the launch included.');
console.log(`theme     ms/CV after launch   × floor        launch incl. × floor   CPU ms/CV        CPU × floor    (target ≤ ${TARGET_RATIO}× in every theme)`);
const misses = [];
for (const [theme, runs] of byTheme) {
  const floorOf = (r, key) => (floors[r.round][key] + floors[r.round + 1][key]) / 2;
  const ratios = runs.map((r) => r.msAfterLaunch / floorOf(r, 'ms'));
  const withLaunch = runs.map((r) => r.ms / floorOf(r, 'ms'));
  const cpuRatios = runs.map((r) => r.cpu / floorOf(r, 'cpu'));
  if (Math.max(...ratios) > TARGET_RATIO) misses.push(theme);
  console.log(
    `${theme.padEnd(9)} ${range(runs.map((r) => r.msAfterLaunch / total)).padEnd(20)} ${`${range(ratios, 2)}×`.padEnd(14)} ${`${range(withLaunch, 2)}×`.padEnd(22)} ${range(runs.map((r) => r.cpu / total)).padEnd(16)} ${range(cpuRatios, 2)}×` +
      `${runs.some((r) => r.failed) ? '  SOME FAILED' : ''}`,
  );
}
console.log(misses.length ? `target ≤ ${TARGET_RATIO}× missed in some run by: ${misses.join(', ')}` : `target ≤ ${TARGET_RATIO}× met by every theme in every round`);
// CVs in other scripts: the same batch of one CJK (Japanese) and one right-to-left (Persian) CV, copied.
if (scriptCount > 0) {
  for (const [kind, file] of Object.entries(SCRIPT_CVS)) {
    const r = await runChild(kind, scriptCount);
    console.log(`${kind.padEnd(8)}: ${(r.ms / scriptCount).toFixed(1)} ms/CV (CPU ${(r.cpu / scriptCount).toFixed(1)}) over ${scriptCount} copies of ${path.relative(root, file)}, theme ${DEFAULT_OPTIONS.theme}, peak RSS ${mb(r.peak)}${r.failed ? `, ${r.failed} FAILED` : ''}`);
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
