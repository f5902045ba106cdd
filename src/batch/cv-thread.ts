// Entry of a CV thread: a CV's CPU work (read, parse, theme, HTML, stamp) runs here, so a CV that never yields is ended at its time limit.
import { readlinkSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CvpressError, SchemaError } from '../model/errors.js';
import { loadYaml } from '../parse/load-yaml.js';
import { parseJsonResume } from '../parse/parse-json-resume.js';
import { stampMetadata } from '../stamp/stamp-metadata.js';
import { renderHtml } from '../theme/render-html.js';
import type { Theme } from '../theme/theme-types.js';
import type { ThemeSpec } from './batch-types.js';
import { loadCachedTheme } from './load-cached-theme.js';
import { prepareResume } from './prepare-resume.js';
import { toPreparedCv } from './to-prepared-cv.js';
import type { ThreadReply, ThreadRequest } from './cv-thread-types.js';

const themes = new Map<string, Promise<Theme>>();

/** An error as it crosses to the main thread: its class name and every field. */
function toThreadError(err: unknown): NonNullable<ThreadReply['error']> {
  if (err instanceof CvpressError) {
    return {
      name: err.name,
      message: err.message,
      code: err.code,
      ...(err.file !== undefined ? { file: err.file } : {}),
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.column !== undefined ? { column: err.column } : {}),
      ...(err.hint !== undefined ? { hint: err.hint } : {}),
      ...(err instanceof SchemaError ? { problems: err.problems } : {}),
    };
  }
  return { name: 'Error', message: err instanceof Error ? err.message : String(err) };
}

/** Answers one request. */
async function answer(req: ThreadRequest): Promise<{ reply: Omit<ThreadReply, 'id'>; transfer?: ArrayBuffer[] }> {
  if (req.op === 'prepare') {
    const prep = await prepareResume(req.file, { ...req.layers, themeCache: themes });
    const first = prep.html ?? renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, maxImageBytes: (prep.options.memoryLimitMb * 1048576) / 4, source: prep.text, ...(prep.options.dir ? { dir: prep.options.dir } : {}) });
    const prepared = toPreparedCv(prep, req.layers.cwd);
    return { reply: { prepared, html: first.html, warnings: first.warnings } };
  }
  if (req.op === 'render') {
    const theme = await loadCachedTheme(req.spec.theme, req.spec.themeDirs, req.spec.cwd, themes);
    const out = renderHtml(req.resume, theme, req.opts);
    return { reply: { html: out.html, warnings: out.warnings } };
  }
  const pdf = await stampMetadata(req.pdf, req.resume, req.opts);
  const copy = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
  return { reply: { pdf: copy }, transfer: [copy.buffer as ArrayBuffer] };
}

const port = parentPort;
if (!port) throw new Error('cv-thread runs only as a worker thread (see createCvThreads).');
/** Requests being answered now (one, as the pool sends them; warming waits while there is one). */
let active = 0;
/**
 * What CVs need that loads lazily, most needed first: the batch's themes, then, unless the batch has no JSON
 * Resume or YAML CV, yaml and the schema's validator. The thread is ready as soon as its modules have loaded;
 * these steps run one by one while it has no request, so a first CV (a cold `cvpress render one.md`) does not
 * wait for what it may never need, and a CV that needs one of them loads it itself (a Markdown CV with front
 * matter loads yaml, about 40 ms). Stamping needs no library for Chromium's prints (see `appendStamp`): pdf-lib
 * loads only for a PDF of another shape.
 */
const data = (workerData ?? {}) as { warm?: ThemeSpec[]; warmJsonResume?: boolean };
const warmSteps: Array<() => unknown> = [
  ...(data.warm ?? []).map((s) => () => loadCachedTheme(s.theme, s.themeDirs, s.cwd, themes)),
  ...(data.warmJsonResume === false ? [] : [() => loadYaml(), () => parseJsonResume('{}', { kind: 'json' })]),
];
let warming = false;
/** Runs the next warming step once the thread has no request (and no step is running). */
function warmNext(): void {
  setImmediate(() => {
    if (warming || active > 0 || warmSteps.length === 0) return;
    const step = warmSteps.shift()!;
    warming = true;
    Promise.resolve()
      .then(step)
      .catch(() => undefined)
      .finally(() => {
        warming = false;
        warmNext();
      });
  });
}
/** This thread's id (Linux), so that the pool can read its CPU time (see `createThreadSlots`). */
function ownTid(): number | undefined {
  try {
    const tid = Number(path.basename(readlinkSync('/proc/thread-self')));
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}
const tid = ownTid();
port.postMessage({ ready: true, ...(tid !== undefined ? { tid } : {}) });
warmNext();
port.on('message', (req: ThreadRequest) => {
  active++;
  answer(req)
    .then(
      ({ reply, transfer }) => port.postMessage({ ...reply, id: req.id }, transfer ?? []),
      (err: unknown) => port.postMessage({ id: req.id, error: toThreadError(err) }),
    )
    .finally(() => {
      active--;
      warmNext();
    });
});
