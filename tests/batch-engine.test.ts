// The batch engine with real Chromium: atomic outputs, incremental skip and --force, collisions, fail-fast, crash recovery.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import type { BatchOptions, BatchResult, BatchSummary } from '../src/batch/batch-types.js';

const good = path.resolve(__dirname, 'fixtures/cli/good');
const mixed = path.resolve(__dirname, 'fixtures/cli/mixed');

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-batch-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function runAll(inputs: string[], options: BatchOptions, onResult?: (r: BatchResult, n: number) => void): Promise<{ results: BatchResult[]; summary: BatchSummary }> {
  const run = renderBatch(inputs, options);
  const results: BatchResult[] = [];
  for await (const r of run) {
    results.push(r);
    onResult?.(r, results.length);
  }
  return { results, summary: await run.summary };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('renderBatch', () => {
  it('a failed CV leaves no output and no temporary file; the others are written', async () => {
    const out = tempDir();
    const { results, summary } = await runAll([mixed], { out, concurrency: 2 });
    expect(summary).toMatchObject({ total: 3, rendered: 2, failed: 1 });
    const failed = results.find((r) => r.status === 'failed')!;
    expect(failed.error).toMatchObject({ code: 'E_JSON' });
    expect(existsSync(failed.output)).toBe(false);
    expect(allFiles(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const r of results.filter((x) => x.status === 'rendered')) {
      expect(readFileSync(r.output).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 180_000);

  it('skips unchanged CVs on the next run, re-renders a changed one, and all with force', async () => {
    const work = tempDir();
    cpSync(good, path.join(work, 'cvs'), { recursive: true });
    const out = path.join(work, 'out');
    const first = await runAll([path.join(work, 'cvs')], { out, concurrency: 2 });
    expect(first.summary).toMatchObject({ rendered: 2, skipped: 0 });
    expect(existsSync(path.join(out, '.cvpress-cache.json'))).toBe(true);

    const second = await runAll([path.join(work, 'cvs')], { out, concurrency: 2 });
    expect(second.summary).toMatchObject({ rendered: 0, skipped: 2 });

    const md = path.join(work, 'cvs/jane-doe.md');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\n## Interests\n- Sailing\n`);
    const third = await runAll([path.join(work, 'cvs')], { out, concurrency: 2 });
    expect(third.summary).toMatchObject({ rendered: 1, skipped: 1 });
    expect(third.results.find((r) => r.status === 'rendered')?.input).toBe(md);

    const changedOptions = await runAll([path.join(work, 'cvs')], { out, concurrency: 2, flags: { format: 'Letter' } });
    expect(changedOptions.summary).toMatchObject({ rendered: 2, skipped: 0 });

    const forced = await runAll([path.join(work, 'cvs')], { out, concurrency: 2, flags: { format: 'Letter' }, force: true });
    expect(forced.summary).toMatchObject({ rendered: 2, skipped: 0 });
  }, 120_000);

  it('inputs with the same base name keep their relative folders', async () => {
    const work = tempDir();
    for (const d of ['senior', 'junior']) {
      mkdirSync(path.join(work, 'cvs', d), { recursive: true });
      cpSync(path.join(good, 'john-roe.json'), path.join(work, 'cvs', d, 'cv.json'));
    }
    const out = path.join(work, 'out');
    const { summary } = await runAll([path.join(work, 'cvs')], { out, concurrency: 2 });
    expect(summary.rendered).toBe(2);
    expect(allFiles(out).filter((f) => f.endsWith('.pdf'))).toEqual(['junior/cv.pdf', 'senior/cv.pdf']);
  }, 180_000);

  it('fail-fast stops starting CVs after the first failure', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'cvs'));
    writeFileSync(path.join(work, 'cvs/a-broken.json'), '{ nope');
    for (const n of ['b', 'c', 'd']) cpSync(path.join(good, 'john-roe.json'), path.join(work, 'cvs', `${n}.json`));
    const { summary } = await runAll([path.join(work, 'cvs')], { out: path.join(work, 'out'), concurrency: 1, failFast: true });
    // The CV being prepared alongside the failing one may still finish; nothing starts after the failure.
    expect(summary).toMatchObject({ total: 4, failed: 1 });
    expect(summary.notRun).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('relaunches Chromium killed mid-batch and retries the affected CVs once', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'cvs'));
    // Long CVs, so that the kill lands while pages are printing.
    const long = `${readFileSync(path.join(good, 'jane-doe.md'), 'utf8')}\n## Projects\n${Array.from({ length: 120 }, (_, i) => `- Project ${i + 1}: migrated a service to a new platform with no downtime`).join('\n')}\n`;
    for (let i = 1; i <= 6; i++) writeFileSync(path.join(work, 'cvs', `cv${i}.md`), long);
    let started = 0;
    const killChromium = () => {
      // Kill the Chromium this test process launched (its direct child), by pid.
      const pids = execFileSync('pgrep', ['-P', String(process.pid), 'chromium']).toString().trim().split('\n').filter(Boolean);
      for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    };
    const { results, summary } = await runAll([path.join(work, 'cvs')], {
      out: path.join(work, 'out'),
      concurrency: 2,
      noCache: true,
      onStart: () => {
        if (++started === 4) setTimeout(killChromium, 150);
      },
    });
    expect(summary).toMatchObject({ total: 6, rendered: 6, failed: 0 });
    expect(summary.browserRestarts).toBeGreaterThanOrEqual(1);
    // the CVs in flight when Chromium died are retried once (none, when the kill fell between prints); never more
    expect(results.every((r) => (r.retries ?? 0) <= 1)).toBe(true);
  }, 120_000);

  // The time limit covers a whole CV now (reading to stamping); a frozen browser is the browser's fault, so its CVs are retried with their whole limit again.
  it('relaunches Chromium that stops answering (hang) and retries the affected CVs', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'cvs'));
    for (let i = 1; i <= 4; i++) cpSync(path.join(good, 'john-roe.json'), path.join(work, 'cvs', `cv${i}.json`));
    const { summary } = await runAll([path.join(work, 'cvs')], { out: path.join(work, 'out'), concurrency: 2, noCache: true, flags: { timeoutMs: 10_000 } }, (_r, n) => {
      if (n !== 1) return;
      // Freeze (not kill) the browser process this test launched: it stops answering.
      const pids = execFileSync('pgrep', ['-P', String(process.pid), 'chromium']).toString().trim().split('\n').filter(Boolean);
      for (const pid of pids) process.kill(Number(pid), 'SIGSTOP');
    });
    expect(summary).toMatchObject({ total: 4, rendered: 4, failed: 0 });
    expect(summary.browserRestarts).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('recycles pages and the browser every N jobs without losing a CV', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'cvs'));
    for (let i = 1; i <= 7; i++) cpSync(path.join(good, 'john-roe.json'), path.join(work, 'cvs', `cv${i}.json`));
    const { results, summary } = await runAll([path.join(work, 'cvs')], {
      out: path.join(work, 'out'),
      concurrency: 2,
      noCache: true,
      recyclePagesEvery: 2,
      recycleBrowserEvery: 3,
    });
    expect(summary).toMatchObject({ total: 7, rendered: 7, failed: 0, browserRestarts: 0 });
    expect(results.every((r) => r.retries === 0)).toBe(true);
  }, 120_000);
});
