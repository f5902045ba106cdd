// Faults in a batch: a renderer that crashes is retried at once; the cache covers images, checks the PDF it vouches for, survives damage and merges concurrent runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchOptions, BatchResult, BatchSummary } from '../src/batch/batch-types.js';
import { openCache } from '../src/batch/open-cache.js';
import { renderBatch } from '../src/batch/render-batch.js';
import type { Browser } from 'puppeteer-core';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { makePngBomb } from '../scripts/lib/make-png-bomb.js';

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('batch faults skipped: no Chromium found (apt-get install -y chromium)');
}

const good = path.resolve(__dirname, 'fixtures/cli/good');
const work = mkdtempSync(path.join(tmpdir(), 'cvpress-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function runAll(inputs: string[], options: BatchOptions): Promise<{ results: BatchResult[]; summary: BatchSummary }> {
  const run = renderBatch(inputs, options);
  const results: BatchResult[] = [];
  for await (const r of run) results.push(r);
  return { results, summary: await run.summary };
}

/** Parent of each process, from ps. */
function parents(): Map<number, number> {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n');
  return new Map(rows.map((l) => l.trim().split(/\s+/).map(Number) as [number, number]));
}

/** True when process `pid` descends from `ancestor`. */
function isBelow(pid: number, ancestor: number, tree = parents()): boolean {
  for (let p = tree.get(pid); p !== undefined && p > 1; p = tree.get(p)) if (p === ancestor) return true;
  return false;
}

/** Chromium renderer processes started by this test process. */
function renderers(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const tree = parents();
  return rows
    .filter((l) => l.includes('--type=renderer'))
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((pid) => isBelow(pid, process.pid, tree));
}

describe.skipIf(!hasBrowser)('faults in a batch', () => {
  it('a renderer that crashes while its tab is set up, or while its CV loads, is retried at once, not at a time limit', async () => {
    const kills: string[] = [];
    /** Kills this browser's renderers (SIGKILL), as an out-of-memory killer or a renderer bug would. */
    const killRenderers = (browser: Browser, when: string): void => {
      const pid = browser.process()?.pid;
      for (const r of renderers()) if (pid !== undefined && isBelow(r, pid)) process.kill(r, 'SIGKILL');
      kills.push(when);
    };
    // While the pool sets its first tab up: a tab whose renderer dies then never answers puppeteer, which
    // waits 3 minutes (its protocol timeout) unless the crash is noticed.
    const atSetup = launchBrowser().then((b) => {
      const pages = b.pages.bind(b);
      b.pages = () => {
        const opening = pages();
        if (!kills.includes('setup')) killRenderers(b, 'setup');
        return opening;
      };
      return b;
    });
    // While the CV loads: its document has been parsed, fonts and images are on their way.
    const atLoad = launchBrowser().then((b) => {
      const pages = b.pages.bind(b);
      b.pages = async () => {
        const all = await pages();
        for (const page of all) page.once('domcontentloaded', () => killRenderers(b, 'load'));
        return all;
      };
      return b;
    });
    const one = async (name: string, browser: Promise<Browser>) => {
      const dir = path.join(work, `crash-${name}`);
      mkdirSync(dir);
      cpSync(path.join(good, 'jane-doe.md'), path.join(dir, 'cv.md'));
      // A time limit far beyond this test's own: a crash noticed only at a limit would time the test out.
      return runAll([dir], { out: path.join(dir, 'out'), concurrency: 1, noCache: true, browser, flags: { timeoutMs: 900_000 } });
    };
    const runs = await Promise.all([one('setup', atSetup), one('load', atLoad)]);
    expect(kills.sort()).toEqual(['load', 'setup']);
    // The pool opens its first tab as soon as the browser is up (before the CV is ready): a crash then costs
    // that early tab only, and the CV prints on a fresh one without a retry. A crash while the CV loads is retried.
    const retries = { setup: 0, load: 1 };
    for (const [i, { results, summary }] of runs.entries()) {
      expect(results.map((r) => [r.status, r.retries, r.error?.message])).toEqual([['rendered', i === 0 ? retries.setup : retries.load, undefined]]);
      expect(summary).toMatchObject({ total: 1, rendered: 1, failed: 0 });
    }
  }, 120_000);

  it('the cache covers the images beside a CV, re-renders a PDF changed since, and survives a damaged cache file', async () => {
    const dir = path.join(work, 'cache');
    const out = path.join(dir, 'out');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'photo.png'), makePngBomb(2, 2));
    writeFileSync(path.join(dir, 'cv.md'), '# Mallory Hostile\n\nmallory@hostile.test · +1 555 0100\n\n## Experience\n\n### Red Team Lead, Acme\n2019 – 2023\n\n- ![photo](photo.png) with a photo\n');
    const once = async () => (await runAll([dir], { out, concurrency: 1 })).results[0]!;
    expect((await once()).status).toBe('rendered');
    expect((await once()).status).toBe('skipped');
    // Another photo, same CV text: rendered again.
    writeFileSync(path.join(dir, 'photo.png'), makePngBomb(3, 3));
    expect((await once()).status).toBe('rendered');
    expect((await once()).status).toBe('skipped');
    // The PDF cut short behind the cache's back: rendered again.
    truncateSync(path.join(out, 'cv.pdf'), 1000);
    expect((await once()).status).toBe('rendered');
    // A damaged entry (pages NaN, no hash) is not trusted: rendered again, with a real page count.
    const cacheFile = path.join(out, '.cvpress-cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, Record<string, unknown>> };
    cache.entries['cv.pdf']!.pages = 'NaN';
    writeFileSync(cacheFile, JSON.stringify(cache));
    const again = await once();
    expect(again.status).toBe('rendered');
    expect(Number.isInteger(again.pages) && again.pages > 0).toBe(true);
    writeFileSync(cacheFile, '{ "version": 2, "entries": [1, 2');
    expect((await once()).status).toBe('rendered');
    expect((await once()).status).toBe('skipped');
  }, 240_000);

  it('two runs into one folder at once merge their cache entries instead of overwriting them', async () => {
    const out = path.join(work, 'shared-out');
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    mkdirSync(a);
    mkdirSync(b);
    cpSync(path.join(good, 'jane-doe.md'), path.join(a, 'jane.md'));
    cpSync(path.join(good, 'john-roe.json'), path.join(b, 'john.json'));
    await Promise.all([runAll([a], { out, concurrency: 1 }), runAll([b], { out, concurrency: 1 })]);
    const entries = Object.keys((JSON.parse(readFileSync(path.join(out, '.cvpress-cache.json'), 'utf8')) as { entries: object }).entries).sort();
    expect(entries).toEqual(['jane.pdf', 'john.pdf']);
    const { summary } = await runAll([path.join(a, 'jane.md'), path.join(b, 'john.json')], { out, concurrency: 1 });
    expect(summary).toMatchObject({ skipped: 2, rendered: 0 });
  }, 240_000);
});

describe('the cache file', () => {
  it('keeps both writers\' entries when two caches of one folder flush (read, merge, write under a lock)', async () => {
    const out = path.join(work, 'merge');
    mkdirSync(out);
    const entry = (n: number) => ({ key: 'a'.repeat(64), pages: n, theme: 'classic', pdf: { bytes: 10, sha256: 'b'.repeat(64) }, assets: {} });
    const one = await openCache(out);
    const two = await openCache(out);
    one.set(path.join(out, 'one.pdf'), entry(1));
    two.set(path.join(out, 'two.pdf'), entry(2));
    await Promise.all([one.flush(), two.flush()]);
    const json = JSON.parse(readFileSync(path.join(out, '.cvpress-cache.json'), 'utf8')) as { entries: Record<string, { pages: number }> };
    expect(Object.keys(json.entries).sort()).toEqual(['one.pdf', 'two.pdf']);
    // A removal is merged too, and a damaged entry read back is dropped.
    two.delete(path.join(out, 'two.pdf'));
    await two.flush();
    writeFileSync(path.join(out, '.cvpress-cache.shard-1-of-2.json'), JSON.stringify({ version: 2, entries: { 'x.pdf': { ...entry(3), pages: 'NaN' } } }));
    const three = await openCache(out);
    expect(three.get(path.join(out, 'one.pdf'))?.pages).toBe(1);
    expect(three.get(path.join(out, 'two.pdf'))).toBeUndefined();
    expect(three.get(path.join(out, 'x.pdf'))).toBeUndefined();
  });
});
