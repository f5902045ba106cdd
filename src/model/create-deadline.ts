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
  /**
   * Stops the clock while the CV waits for something shared that is not its own work (a CV thread
   * starting, a page to print on, Chromium launching); returns the function that starts it again.
   * Pauses nest.
   */
  pause(): () => void;
  /** Gives the CV its whole limit again (a retry after the browser itself failed, not the CV). */
  restart(): void;
  /** The `E_TIMEOUT` error of this limit, naming the stage that was running when it passed. */
  error(stage: string, file?: string): LimitError;
}

/** `60 s`, `1.5 s`, `250 ms`. */
function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * Starts the clock of one CV: every stage it goes through (reading, parsing, rendering, printing,
 * stamping) draws on the same `limitMs`, so the limit bounds the whole CV; a stage that never yields is
 * ended by whoever runs it (a CV thread is terminated at the limit). Waiting for shared resources is
 * not counted (see {@link Deadline.pause}).
 * @param limitMs - the CV's time limit (`timeout` in the config, `--timeout`)
 * @param now - the clock (milliseconds; default `performance.now`)
 */
export function createDeadline(limitMs: number, now: () => number = () => performance.now()): Deadline {
  let used = 0;
  let since: number | undefined = now();
  let pauses = 0;
  const spent = (): number => used + (since === undefined ? 0 : now() - since);
  return {
    limitMs,
    remaining: () => Math.max(0, limitMs - spent()),
    expired: () => spent() >= limitMs,
    pause() {
      if (pauses++ === 0 && since !== undefined) {
        used += now() - since;
        since = undefined;
      }
      let resumed = false;
      return () => {
        if (resumed) return;
        resumed = true;
        if (--pauses === 0) since = now();
      };
    },
    restart() {
      used = 0;
      if (since !== undefined) since = now();
    },
    error: (stage, file) =>
      new LimitError('E_TIMEOUT', `took longer than its time limit of ${formatSeconds(limitMs)} (while ${stage}).`, {
        ...(file !== undefined ? { file } : {}),
        hint: 'Simplify the CV (very long or deeply nested content), or raise `timeout` in cvpress.config.json (or --timeout, in milliseconds).',
      }),
  };
}
