// One time limit per CV, shared by every stage it passes through (read, parse, render, print, stamp).
import { LimitError } from './errors.js';

/** The time left to one CV; see {@link createDeadline}. */
export interface Deadline {
  /** The whole limit, in milliseconds. */
  readonly limitMs: number;
  /** Milliseconds left (0 once passed). */
  remaining(): number;
  /** True once the limit has passed. */
  expired(): boolean;
  /** The `E_TIMEOUT` error of this limit, naming the stage that was running when it passed. */
  error(stage: string, file?: string): LimitError;
}

/**
 * Starts the clock of one CV: every stage it goes through draws on the same `limitMs`, so the limit bounds
 * the whole CV (a stage that never yields is ended by whoever runs it, e.g. a thread terminated at the limit).
 * @param limitMs - the CV's time limit (`timeout` in the config, `--timeout`)
 * @param now - the clock (milliseconds; default `performance.now`)
 */
export function createDeadline(limitMs: number, now: () => number = () => performance.now()): Deadline {
  const at = now() + limitMs;
  return {
    limitMs,
    remaining: () => Math.max(0, at - now()),
    expired: () => now() >= at,
    error: (stage, file) =>
      new LimitError('E_TIMEOUT', `took longer than its time limit of ${formatSeconds(limitMs)} (while ${stage}).`, {
        ...(file !== undefined ? { file } : {}),
        hint: 'Simplify the CV (very long or deeply nested content), or raise `timeout` in cvpress.config.json (or --timeout, in milliseconds).',
      }),
  };
}

/** `60 s`, `1.5 s`, `250 ms`. */
function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
