// Serves a CV thread: says it is ready, answers the main thread's requests and warms what CVs will need while idle.
import { readlinkSync } from 'node:fs';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { loadYaml } from '../parse/load-yaml.js';
import { parseJsonResume } from '../parse/parse-json-resume.js';
import type { Theme } from '../theme/theme-types.js';
import type { ThemeSpec } from './batch-types.js';
import type { ThreadRequest } from './cv-thread-types.js';
import { answerThreadRequest } from './answer-thread-request.js';
import { loadCachedTheme } from './load-cached-theme.js';
import { toThreadError } from './to-thread-error.js';

/** This thread's id (Linux), so that the pool can read its CPU time (see `createThreadSlots`). */
function ownTid(): number | undefined {
  try {
    const tid = Number(path.basename(readlinkSync('/proc/thread-self')));
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What CVs need that loads lazily, most needed first: the batch's themes, then, unless the batch has no JSON
 * Resume or YAML CV, yaml and the schema's validator. The thread is ready as soon as its modules have loaded;
 * these steps run one by one while it has no request, so a first CV (a cold `cvpress render one.md`) does not
 * wait for what it may never need, and a CV that needs one of them loads it itself (a Markdown CV with front
 * matter loads yaml, about 40 ms). Stamping needs no library for Chromium's prints (see `appendStamp`): pdf-lib
 * loads only for a PDF of another shape.
 */
function warmingSteps(data: { warm?: ThemeSpec[]; warmJsonResume?: boolean }, themes: Map<string, Promise<Theme>>): Array<() => unknown> {
  return [
    ...(data.warm ?? []).map((s) => () => loadCachedTheme(s.theme, s.themeDirs, s.cwd, themes)),
    ...(data.warmJsonResume === false ? [] : [() => loadYaml(), () => parseJsonResume('{}', { kind: 'json' })]),
  ];
}

/**
 * Runs a CV thread on `port` (the worker's `parentPort`): posts `{ ready, tid }`, then answers each request with
 * its reply or its error (`toThreadError`), one at a time as the pool sends them, and between requests runs
 * the warming steps of `data` (the worker's `workerData`) one by one.
 */
export function startCvThread(port: MessagePort, data: unknown): void {
  const themes = new Map<string, Promise<Theme>>();
  const steps = warmingSteps((data ?? {}) as { warm?: ThemeSpec[]; warmJsonResume?: boolean }, themes);
  /** Requests being answered now (one, as the pool sends them; warming waits while there is one). */
  let active = 0;
  let warming = false;
  /** Runs the next warming step once the thread has no request (and no step is running). */
  const warmNext = (): void => {
    setImmediate(() => {
      if (warming || active > 0 || steps.length === 0) return;
      const step = steps.shift()!;
      warming = true;
      Promise.resolve()
        .then(step)
        .catch(() => undefined)
        .finally(() => {
          warming = false;
          warmNext();
        });
    });
  };
  const tid = ownTid();
  port.postMessage({ ready: true, ...(tid !== undefined ? { tid } : {}) });
  warmNext();
  port.on('message', (req: ThreadRequest) => {
    active++;
    answerThreadRequest(req, themes)
      .then(
        ({ reply, transfer }) => port.postMessage({ ...reply, id: req.id }, transfer ?? []),
        (err: unknown) => port.postMessage({ id: req.id, error: toThreadError(err) }),
      )
      .finally(() => {
        active--;
        warmNext();
      });
  });
}
