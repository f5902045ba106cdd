// Test helper: adversarial texts of a given size, and a check that a stage's time grows about linearly with their size (ratios, not absolute times).
import { expect } from 'vitest';
import { GENERATORS } from '../../scripts/lib/adversarial-texts.js';

/** Each generator makes a text of about `n` characters out of one thing repeated (scripts/lib/adversarial-texts.js). */
export { GENERATORS };

/** The sizes compared, by default: 2 KB, 20 KB, 200 KB (large enough to tell linear from quadratic, small enough for a loaded CI machine). */
export const SIZES = [2_000, 20_000, 200_000] as const;

const gc = (globalThis as { gc?: () => void }).gc;

/** Lets the event loop turn (test-runner messages, timers): a worker blocked for a minute makes vitest report its own RPC timeout. */
const yieldLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** CPU time of this process in ms: unlike wall time, it does not grow when other processes take the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The shortest CPU time of `runs` calls, in ms, each after a full garbage collection when the runtime allows one (so a collection's pause is not timed). */
async function timeOf(fn: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    await yieldLoop();
    gc?.();
    const t0 = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** The larger of the two growth ratios (second size over first, third over second) in one measurement of the three texts. */
async function measureGrowth(stage: (text: string) => unknown, texts: string[], floorMs: number, runs: number): Promise<{ ratio: number; times: number[] }> {
  const t: number[] = [];
  for (const text of texts) t.push(await timeOf(() => stage(text), runs));
  const ratio = Math.max(t[1]! / Math.max(t[0]!, floorMs), t[2]! / Math.max(t[1]!, floorMs));
  return { ratio, times: t };
}

/** Measurements tried before a case fails: a quadratic step fails all of them (ratio near 100), a busy machine rarely more than one. */
const ATTEMPTS = 3;

/**
 * Fails when the time grows clearly faster than the size: ten times the text may take at most 35 times as
 * long (linear is 10, quadratic 100); times under `floorMs` (5 ms) count as `floorMs` (too short to compare). Each size
 * takes the best of `runs` calls in CPU time (a machine busy with other work slows some runs, never speeds one up), and
 * the whole measurement is repeated up to three times before the case fails.
 * @param sizes - three sizes, each ten times the one before
 * @param runs - calls timed per size (the best counts)
 */
export async function expectLinear(name: string, stage: (text: string) => unknown, sizes: readonly number[] = SIZES, floorMs = 5, runs = 3): Promise<void> {
  const make = GENERATORS[name]!;
  const texts = sizes.map((n) => make(n));
  stage(texts[0]!); // warm up (compilation, lazy loads)
  let best = { ratio: Infinity, times: [] as number[] };
  for (let attempt = 0; attempt < ATTEMPTS && best.ratio >= 35; attempt++) {
    const m = await measureGrowth(stage, texts, floorMs, runs);
    if (m.ratio < best.ratio) best = m;
  }
  expect(best.ratio, `${name}: ${best.times.map((x) => x.toFixed(1)).join(' / ')} ms CPU at ${sizes.map((n) => `${n / 1000} KB`).join(' / ')}`).toBeLessThan(35);
}
