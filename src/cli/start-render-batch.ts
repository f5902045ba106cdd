// Starts `cvpress render`'s batch: Chromium and the first CV thread boot while the rest of cvpress loads.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import type { BatchRun } from '../batch/render-batch.js';
import type { CliIo } from './cli-io.js';
import type { RenderSettings } from './read-render-settings.js';

/** True when the output folder holds an incremental cache (of this run or a shard of it). */
function hasCache(out: string): boolean {
  try {
    return readdirSync(out).some((n) => n.startsWith('.cvpress-cache'));
  } catch {
    return false;
  }
}

/**
 * Starts rendering `files` as one batch with `settings`. Chromium is launched at once when the run will
 * surely print (`--force`, or no cache yet), and the first CV thread starts loading its modules and theme,
 * before the batch engine itself is loaded.
 * @param onStart - called as each CV starts
 */
export async function startRenderBatch(files: string[], settings: RenderSettings, io: CliIo, onStart: (input: string) => void): Promise<BatchRun> {
  const { concurrency, resolved } = settings;
  // Chromium boots while the rest of cvpress loads, when the run will surely print (forced, or no cache yet).
  const cached = hasCache(settings.out);
  const executablePath = io.env.PUPPETEER_EXECUTABLE_PATH || undefined;
  let browser: Promise<import('puppeteer-core').Browser> | undefined;
  if (settings.force || !cached) {
    const { launchBrowser } = await import('../print/launch-browser.js');
    // One CV: Chromium as one process (far less CPU to start, and nothing to share a renderer with).
    browser = launchBrowser({ ...(executablePath ? { executablePath } : {}), singleProcess: files.length === 1 });
    browser.catch(() => undefined);
  }
  // The first CV thread loads its modules (and the theme) meanwhile, too: it is the longest part of a cold run before printing.
  const { createCvThreads } = await import('../batch/create-cv-threads.js');
  const pages = Math.max(1, Math.min(concurrency ?? os.availableParallelism(), files.length || 1));
  const threads = createCvThreads({
    max: Math.min(pages + 1, files.length || 1),
    memoryLimitMb: resolved.memoryLimitMb,
    warm: [{ theme: resolved.theme, themeDirs: resolved.themeDirs, cwd: io.cwd }],
    warmJsonResume: files.some((f) => /\.(json|ya?ml)$/i.test(f)),
  });
  if (files.length > 0) threads.prestart();
  const { renderBatch } = await import('../batch/render-batch.js');
  return renderBatch(files, {
    ...(browser ? { browser } : {}),
    threads,
    out: settings.out,
    flags: settings.flags,
    config: settings.config,
    configDir: settings.configDir,
    ...(settings.configFile ? { configFile: settings.configFile } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(settings.shard ? { shard: settings.shard } : {}),
    force: settings.force,
    failFast: settings.failFast,
    ...(executablePath ? { executablePath } : {}),
    html: settings.html,
    check: settings.check,
    onStart,
    cwd: io.cwd,
    ...(io.signal ? { signal: io.signal } : {}),
  });
}
