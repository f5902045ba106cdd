#!/usr/bin/env node
// Records a Chromium trace (CDP Tracing) of a batch of reference CVs in each theme and of the bare floor, and says where Chromium's time goes per CV.
// Usage: node scripts/profile-chromium.js [--count 10] [--themes classic,modern] [--no-floor] [--concurrency 2] [--keep DIR] [--top 25]
//   --count N      copies of each reference CV (../shared/seeds) traced per target, after one untraced warm-up pass
//   --themes a,b   built-in themes to profile (default: all of them); --no-floor skips the bare floor
//   --keep DIR     also writes each raw trace (trace-<target>.json, open it in chrome://tracing or Perfetto)
//   --top N        how many event names to list per target
// Run `npm run build` first: the themes go through cvpress's own printPdf (dist/), on pooled pages like a batch.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(root, '../shared/seeds');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const copies = Number(arg('count', 10));
const concurrency = Number(arg('concurrency', 2));
const keep = arg('keep', undefined);
const top = Number(arg('top', 25));
const withFloor = !process.argv.includes('--no-floor');

/** The categories the issue names, plus the ones that show printing, tagging (accessibility) and thread busy time. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'loading',
  'toplevel',
  'printing',
  'accessibility',
  'fonts',
  'blink.resource',
  'cc',
  'skia',
];

if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('profile-chromium: run `npm run build` first (dist/ is missing).');
  process.exit(2);
}
if (!existsSync(seedsDir)) {
  console.error(`profile-chromium: ${seedsDir} is missing (the three reference CVs).`);
  process.exit(2);
}
const cvpress = await import(path.join(root, 'dist/index.js'));
const { launchBrowser, printPdf, renderHtml, loadTheme, parseResume, readSource, listThemes, DEFAULT_OPTIONS } = cvpress;
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));

/** Starts tracing on the browser's own session (every process), returns a function that stops it and yields the events. */
async function startTrace(browser) {
  const session = await browser.target().createCDPSession();
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  return async () => {
    const done = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    const { stream } = await done;
    let text = '';
    for (;;) {
      const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await session.send('IO.close', { handle: stream });
    await session.detach();
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  };
}

/** Runs `jobs` through `print(page, job)` on `concurrency` pages. */
async function runJobs(pages, jobs, print) {
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      while (next < jobs.length) await print(page, jobs[next++]);
    }),
  );
}

/** The bare floor, as ../shared/bench/floor.mjs prints: markdown-it HTML, one system font, setContent + page.pdf. */
async function floorTarget() {
  const { default: MarkdownIt } = await import('markdown-it');
  const { default: puppeteer } = await import('puppeteer-core');
  const md = new MarkdownIt();
  const docs = seeds.map((f) => `<!doctype html><meta charset=utf-8><style>body{font:10pt sans-serif;margin:0}</style>${md.render(readFileSync(f, 'utf8'))}`);
  const executablePath = process.env.CHROME || ['/usr/lib/chromium/chromium-headless-shell', '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
  const browser = await puppeteer.launch({ headless: true, executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  return {
    browser,
    docs,
    print: async (page, html) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ format: 'A4', printBackground: true });
    },
    close: () => browser.close(),
  };
}

/** A built-in theme, printed as a batch prints: cvpress's HTML, printPdf on pooled pages. */
async function themeTarget(name) {
  const theme = await loadTheme(name, { themeDirs: [] });
  const docs = [];
  for (const seed of seeds) {
    const parsed = parseResume(await readSource(seed, { maxBytes: DEFAULT_OPTIONS.maxInputBytes }));
    const lang = parsed.resume.meta?.detectedLang ?? 'en';
    docs.push(renderHtml(parsed.resume, theme, { lang, format: 'A4' }).html);
  }
  const browser = await launchBrowser();
  return {
    browser,
    docs,
    print: (page, html) => printPdf(browser, html, { format: 'A4', themeDir: theme.dir, cvDir: seedsDir, timeoutMs: 60_000, page }),
    close: () => browser.close(),
  };
}

/** Buckets of Chromium's work, by event name (self CPU time of each event is put in the first bucket that matches). */
const BUCKETS = [
  ['print: pages to PDF (Blink print layout + paint into Skia PDF)', /^(Receive mojo message:printing\.|PrintRenderFrameHelper|PrintCompositor|Print|MetafileSkia|SkPDF)/],
  ['tagging + outline (accessibility tree for the tagged PDF)', /^(AX|Accessibility|RenderAccessibility|BlinkAXTreeSource|.*LifecycleStageLoading)/],
  ['navigation, document lifecycle', /^(Receive mojo message:content\.mojom\.Navigation|Receive mojo message:blink\.mojom\.LocalFrame|Frame::Detach|FrameLoader|DocumentLoader|ProxyMain::Stop|Document::open|Document::shutdown|RenderFrameImpl|NavigationBodyLoader|CommitNavigation)/],
  ['HTML parse', /^(ParseHTML|HTMLDocumentParser|HTMLParser)/],
  ['CSS parse', /^(ParseAuthorStyleSheet|CSSParser|StyleSheetContents|CSSStyleSheet)/],
  ['style recalc', /^(Document::updateStyle|Document::recalcStyle|UpdateLayoutTree|StyleEngine|Document::rebuildLayoutTree|Document::UpdateStyle|StyleResolver|RecalcStyle|SelectorChecker|MatchedProperties)/],
  ['text shaping', /^(InlineNode::Shape|HarfBuzz|Shape)/],
  ['fonts (lookup, fallback, decode)', /^(FontCache|Font|WebFont|CSSFontFace|FontFace|PlatformFont|WebSandboxSupport|gfx::GetFontRenderParams|SkTypeface|Typeface|Receive mojo message:font)/],
  ['layout', /^(LocalFrameView::performLayout|Layout|LocalFrameView::RunStyleAndLayout|InlineNode|LayoutBlock|LayoutNG|BlockNode|LocalFrameView::UpdateStyleAndLayout|PageLayout)/],
  ['resource loading (requests, memory cache)', /^(ResourceFetcher|ResourceLoader|Resource|URLLoader|ResourceRequest|Receive mojo message:network\.)/],
  ['screen paint + raster + compositing', /^(Paint|PrePaint|Blink\.|LocalFrameView::RunPrePaint|LocalFrameView::RunPaint|DisplayItemList|ZeroCopyRasterBuffer|RasterBuffer|TileManager|LayerTreeHost|ProxyMain|ProxyImpl|Scheduler::|Graphics|cc::|viz::|Display::|SkiaOutputSurface|CompositorFrame|BeginFrame|Raster)/],
];
const THREAD_KINDS = [
  ['renderer main', /^Renderer\/CrRendererMain$/],
  ['renderer raster + compositor', /^Renderer\/(Compositor|ThreadPoolForegroundWorker|ThreadPoolBackgroundWorker)/],
  ['GPU process (display compositor)', /^GPU Process\//],
  ['browser (DevTools, IPC, network)', /^(Browser|Service: network)/],
  ['renderer other', /^Renderer\//],
  ['tracing itself', /^Service: tracing|PerfettoTrace/],
];

/** CPU time per thread kind and per bucket: each event's thread time (tdur) minus that of the events nested in it. */
function analyze(events) {
  const threadNames = new Map();
  const processNames = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    if (e.name === 'process_name') processNames.set(e.pid, e.args?.name ?? '');
  }
  const byThread = new Map();
  const open = new Map();
  const add = (key, ev) => {
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(ev);
  };
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag;
    const name = tag && e.name === 'Receive mojo message' ? `${e.name}:${tag}` : e.name;
    if (e.ph === 'X' && typeof e.dur === 'number') add(key, { name, ts: e.ts, dur: e.dur, cpu: e.tdur ?? 0 });
    else if (e.ph === 'B') {
      if (!open.has(key)) open.set(key, []);
      open.get(key).push({ ...e, name });
    } else if (e.ph === 'E') {
      const b = open.get(key)?.pop();
      if (b) add(key, { name: b.name, ts: b.ts, dur: e.ts - b.ts, cpu: (e.tts ?? 0) - (b.tts ?? 0) });
    }
  }
  const self = new Map();
  const threads = new Map();
  const buckets = new Map();
  for (const [key, list] of byThread) {
    const pid = Number(key.split(':')[0]);
    const where = `${processNames.get(pid) ?? 'process'}/${threadNames.get(key) ?? 'thread'}`;
    const kind = THREAD_KINDS.find(([, re]) => re.test(where))?.[0] ?? 'other processes';
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const ev of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= ev.ts) stack.pop();
      const parent = stack[stack.length - 1];
      ev.self = ev.cpu;
      if (parent) parent.self -= ev.cpu;
      else threads.set(kind, (threads.get(kind) ?? 0) + ev.cpu);
      stack.push(ev);
    }
    for (const ev of list) {
      const k = `${where}  ${ev.name}`;
      const s = self.get(k) ?? { self: 0, count: 0 };
      s.self += Math.max(0, ev.self);
      s.count++;
      self.set(k, s);
      if (kind === 'tracing itself') continue;
      const bucket = kind === 'GPU process (display compositor)' ? 'screen paint + raster + compositing' : kind === 'browser (DevTools, IPC, network)' ? 'browser: DevTools, IPC, request interception' : BUCKETS.find(([, re]) => re.test(ev.name))?.[0] ?? `other (${kind})`;
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + Math.max(0, ev.self));
    }
  }
  return { self, threads, buckets };
}

/** Counts what the documents made Chromium fetch, by kind, from the trace's resource events. */
function countRequests(events) {
  const counts = { font: 0, css: 0, other: 0 };
  const fonts = new Set();
  for (const e of events) {
    if (e.name !== 'ResourceSendRequest') continue;
    const url = e.args?.data?.url ?? '';
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(url)) {
      counts.font++;
      fonts.add(url);
    } else if (/\.css(\?|$)/.test(url)) counts.css++;
    else counts.other++;
  }
  return { ...counts, distinctFonts: fonts.size };
}

const targets = [...(withFloor ? ['floor'] : []), ...(arg('themes', undefined)?.split(',') ?? (await listThemes({ themeDirs: [] })).map((t) => t.name))];
const from = arg('from', undefined);
if (keep) mkdirSync(keep, { recursive: true });

/** One row per target for the summary table at the end. */
const rows = [];
const SUMMARY_COLUMNS = [
  ['screen', 'screen paint + raster + compositing'],
  ['print', 'print: pages to PDF (Blink print layout + paint into Skia PDF)'],
  ['layout', 'layout'],
  ['style', 'style recalc'],
  ['shaping', 'text shaping'],
  ['tagging', 'tagging + outline (accessibility tree for the tagged PDF)'],
  ['browser', 'browser: DevTools, IPC, request interception'],
];

/** Prints what one trace shows, per CV. */
function report(name, events, n, wall) {
  const { self, threads, buckets } = analyze(events);
  const req = countRequests(events);
  const total = [...threads].filter(([k]) => k !== 'tracing itself').reduce((a, [, us]) => a + us, 0);
  rows.push({ name, total: total / 1000 / n, cols: SUMMARY_COLUMNS.map(([, b]) => (buckets.get(b) ?? 0) / 1000 / n), requests: (req.font + req.css + req.other) / n, fonts: req.font / n });
  console.log(`\n=== ${name}: ${n} CVs${wall ? `, ${wall.toFixed(1)} ms/CV wall while tracing (tracing slows Chromium; compare targets, not absolutes)` : ''}`);
  console.log(`requests per CV: ${(req.font / n).toFixed(2)} font files (${req.distinctFonts} distinct URLs), ${(req.css / n).toFixed(2)} stylesheets, ${(req.other / n).toFixed(2)} other`);
  console.log(`CPU ms/CV per thread kind (thread time, not wall time; ${(total / 1000 / n).toFixed(1)} without tracing itself):`);
  for (const [where, us] of [...threads].sort((a, b) => b[1] - a[1])) console.log(`  ${(us / 1000 / n).toFixed(1).padStart(7)}  ${where}`);
  console.log('CPU ms/CV by kind of work:');
  for (const [what, us] of [...buckets].sort((a, b) => b[1] - a[1])) console.log(`  ${(us / 1000 / n).toFixed(1).padStart(7)}  ${what}`);
  console.log(`top ${top} events by self CPU time, ms/CV (count/CV):`);
  for (const [k, s] of [...self].sort((a, b) => b[1].self - a[1].self).slice(0, top)) console.log(`  ${(s.self / 1000 / n).toFixed(1).padStart(7)}  (${(s.count / n).toFixed(1).padStart(5)})  ${k}`);
}

for (const name of targets) {
  if (from) {
    const saved = JSON.parse(readFileSync(path.join(from, `trace-${name}.json`), 'utf8'));
    report(name, saved.traceEvents, saved.cvs, saved.wall);
    continue;
  }
  const target = name === 'floor' ? await floorTarget() : await themeTarget(name);
  const pages = await Promise.all(Array.from({ length: concurrency }, () => target.browser.newPage()));
  // Warm-up (untraced): the steady state of a batch is what 10,000 CVs pay for.
  await runJobs(pages, target.docs, target.print);
  const jobs = Array.from({ length: copies }, () => target.docs).flat();
  const stop = await startTrace(target.browser);
  const t0 = performance.now();
  await runJobs(pages, jobs, target.print);
  const wall = (performance.now() - t0) / jobs.length;
  const events = await stop();
  await target.close();
  if (keep) writeFileSync(path.join(keep, `trace-${name}.json`), JSON.stringify({ cvs: jobs.length, wall, traceEvents: events }));
  report(name, events, jobs.length, wall);
}

// The summary: Chromium's CPU time per CV by kind of work, each target against the floor.
const floorRow = rows.find((r) => r.name === 'floor');
console.log(`\nChromium CPU ms per CV (thread time, tracing itself excluded)${floorRow ? '; × floor in brackets' : ''}:`);
console.log(`${'target'.padEnd(9)} ${'total'.padStart(14)} ${SUMMARY_COLUMNS.map(([c]) => c.padStart(8)).join(' ')}  requests/CV (fonts)`);
for (const r of rows) {
  const ratio = floorRow && r !== floorRow ? ` (${(r.total / floorRow.total).toFixed(2)}×)` : '';
  console.log(`${r.name.padEnd(9)} ${`${r.total.toFixed(1)}${ratio}`.padStart(14)} ${r.cols.map((v) => v.toFixed(1).padStart(8)).join(' ')}  ${r.requests.toFixed(1)} (${r.fonts.toFixed(1)})`);
}
