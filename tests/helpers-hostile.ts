// Shared by the hostile-input tests: staging a case folder and Chromium's memory read from /proc (the PNG bomb is scripts/lib/make-png-bomb.js).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CASES = path.resolve(__dirname, 'fixtures/hostile/cases');

/** Copies `tests/fixtures/hostile/cases/<name>` into a fresh temporary folder; returns that folder. */
export function stageCase(name: string, into = mkdtempSync(path.join(tmpdir(), 'cvpress-case-'))): string {
  const dir = path.join(into, name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(CASES, name), dir, { recursive: true });
  return dir;
}

/** Resident memory (bytes) of `pid` and every process below it, each, from /proc (empty off Linux). */
export function treeRss(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      out.set(p, Number(readFileSync(`/proc/${p}/statm`, 'latin1').split(' ')[1]) * 4096);
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'latin1').split(' ')) if (Number(c) > 0) queue.push(Number(c));
      }
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Samples the largest single-process resident memory under `pid` every 50 ms until stopped; returns the peak in bytes. */
export function samplePeak(pid: () => number | undefined): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    const p = pid();
    if (p === undefined) return;
    for (const rss of treeRss(p).values()) if (rss > peak && rss > 0) peak = Math.max(peak, rss);
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
