// Runs the CV thread's CommonJS bundle with V8's code cache the build wrote beside it, so that a cold thread compiles little.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { answerThreadRequest } from './answer-thread-request.js';
import type { startCvThread } from './start-cv-thread.js';

/** What the bundle exports (see cv-thread-bundle.ts). */
export interface ThreadBundle {
  startCvThread: typeof startCvThread;
  answerThreadRequest: typeof answerThreadRequest;
}

/**
 * Compiles and runs `bundle` (dist/bin/cv-thread.cjs) as Node runs a CommonJS module, with the code cache
 * `cache` when there is one: V8 then deserializes the bytecode of every function the build's warm-up CV ran
 * instead of compiling it (`scripts/make-thread-code-cache.js`). A cache V8 rejects (another Node or other V8
 * flags) or a missing one only costs the compilation it would have saved.
 * @param opts.importModule - the bundle's `import()` (a JSON Resume theme's package), made in an ES module: a
 *   `vm.Script` has none without an experimental option (and V8 drops it from a script read from a code cache)
 * @returns the bundle's exports, and its script (for `createCachedData`)
 */
export function loadThreadBundle(bundle: string, cache: string, opts: { importModule: (url: string) => Promise<unknown> }): { exports: ThreadBundle; script: vm.Script; cacheRejected: boolean | undefined } {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  // The build writes the bundle in ASCII: read as Latin-1 it decodes in about a third of the time UTF-8 takes.
  const bytes = readFileSync(bundle);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as ThreadBundle };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  // The bundle's import-module.js calls require.importModule (see scripts/bundle-cli.js).
  const require = Object.assign(createRequire(bundle), { importModule: opts.importModule });
  run.call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  return { exports: module.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}
