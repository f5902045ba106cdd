// `cvpress render`: expands inputs, renders them as a batch, shows progress, writes reports; returns the exit code.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BatchResult, BatchSummary, Shard } from '../batch/batch-types.js';
import { expandInputs, type SkippedInput } from '../batch/expand-inputs.js';
import { parseShard } from '../batch/parse-shard.js';
import { readVersion } from '../batch/read-version.js';
import { writeAtomic } from '../batch/write-atomic.js';
import { ThemeError } from '../model/errors.js';
import { loadConfig } from '../model/load-config.js';
import type { RenderOptions } from '../model/options.js';
import { resolveOptions } from '../model/resolve-options.js';
import { buildReport } from './build-report.js';
import type { CliIo } from './cli-io.js';
import { renderCommand } from './cli-commands.js';
import { createProgress, type ProgressMode } from './create-progress.js';
import { formatProblem } from './format-problem.js';
import { formatJunit } from './format-junit.js';
import { parseCommandArgs } from './parse-command-args.js';
import { relativize } from './relativize.js';
import { styleText } from './style-text.js';
import { UsageError } from './usage-error.js';
import { writePngs } from './write-pngs.js';

/** `--min-score N`: a whole number from 0 to 100. */
function parseMinScore(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new UsageError('E_USAGE', `--min-score must be a whole number from 0 to 100, got ${JSON.stringify(value)}.`, { hint: 'Example: --min-score 90' });
  return n;
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('E_USAGE', `--${flag} must be a whole number ≥ 1, got ${JSON.stringify(value)}.`, { hint: `Example: --${flag} 2` });
  return n;
}

/** Loads the `--theme` once, turning "unknown theme" into a usage error. */
async function checkTheme(theme: string, themeDirs: string[], cwd: string): Promise<void> {
  const { loadTheme } = await import('../theme/load-theme.js');
  try {
    await loadTheme(theme, { themeDirs, cwd });
  } catch (err) {
    if (err instanceof ThemeError && err.code === 'E_THEME_UNKNOWN') {
      throw new UsageError('E_THEME_UNKNOWN', `--theme: ${err.message}`, {});
    }
    throw err;
  }
}

/**
 * Runs `cvpress render` with `rawArgs` (after the command name).
 * @returns 0 when every CV rendered (or was unchanged), 1 when any failed or scored below `--min-score`
 * @throws UsageError / ConfigError / InputError (`E_NO_INPUT`) for exit code 2
 */
export async function runRender(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, renderCommand.args as never, 'render');
  const str = (name: string): string | undefined => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const styles = styleText(io);
  const inputs = args._.map(String);
  if (inputs.length === 0) throw new UsageError('E_USAGE', 'no input given.', { hint: 'Example: cvpress render input/ --out output/' });

  const { config, configDir, file: configFile } = await loadConfig({ cwd: io.cwd, ...(str('config') !== undefined ? { file: str('config')! } : {}) });
  const flags: Partial<RenderOptions> = {};
  const theme = str('theme');
  const scopedPackage = theme !== undefined && /^@[a-z0-9][a-z0-9._~-]*\/jsonresume-theme-/i.test(theme);
  if (theme !== undefined) flags.theme = !scopedPackage && (theme.startsWith('.') || path.isAbsolute(theme) || theme.includes('/')) ? path.resolve(io.cwd, theme) : theme;
  if (str('format') !== undefined) flags.format = str('format') as RenderOptions['format'];
  if (str('lang') !== undefined) flags.lang = str('lang');
  // Numbers are checked as the user typed them (`--timeout abc` names "abc"), before anything runs.
  if (str('max-pages') !== undefined) flags.maxPages = positiveInt('max-pages', str('max-pages')!);
  if (str('timeout') !== undefined) flags.timeoutMs = positiveInt('timeout', str('timeout')!);
  if (args.strict) flags.strict = true;
  const resolved = resolveOptions({ flags, config, configDir }); // validates the flags before anything runs
  // A theme typed on the command line must exist: an unknown one is bad usage (exit 2), not 1 per CV.
  if (flags.theme !== undefined) await checkTheme(flags.theme, resolved.themeDirs, io.cwd);
  const minScore = str('min-score') !== undefined ? parseMinScore(str('min-score')!) : undefined;
  if (minScore !== undefined && !args.check) throw new UsageError('E_USAGE', '--min-score needs --check.', { hint: 'Example: cvpress render cv.md --check --min-score 90' });

  const concurrency = str('concurrency') !== undefined ? positiveInt('concurrency', str('concurrency')!) : config.concurrency !== undefined ? positiveInt('concurrency', String(config.concurrency)) : undefined;
  const shard: Shard | undefined = str('shard') !== undefined ? parseShard(str('shard')!) : undefined;
  const out = str('out') !== undefined ? path.resolve(io.cwd, str('out')!) : config.out !== undefined ? path.resolve(configDir, config.out) : path.resolve(io.cwd, 'output');
  const progressFlag = str('progress') ?? 'auto';
  if (!['auto', 'bar', 'plain'].includes(progressFlag)) throw new UsageError('E_USAGE', `--progress must be auto, bar or plain, got ${JSON.stringify(progressFlag)}.`);
  const inCi = io.env.CI !== undefined && io.env.CI !== 'false' && io.env.CI !== '0';
  const mode: ProgressMode = args.quiet ? 'quiet' : progressFlag === 'plain' ? 'plain' : progressFlag === 'bar' ? 'bar' : io.stderr.isTTY && !inCi ? 'bar' : 'plain';
  if (args.png) {
    try {
      await promisify(execFile)('pdftoppm', ['-v']);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UsageError('E_NO_PDFTOPPM', '--png needs pdftoppm, which is not installed.', { hint: 'Install poppler-utils (apt-get install -y poppler-utils; brew install poppler).' });
      }
    }
  }

  const skipped: SkippedInput[] = [];
  const files = await expandInputs(inputs, { cwd: io.cwd, exclude: [out], skipped });
  if (mode !== 'quiet') for (const s of skipped) io.stderr.write(`${formatProblem({ code: 'skipped-input', message: `not rendered: ${s.reason}.`, file: s.file }, 'warning', io.cwd, styles)}\n`);
  let progress: ReturnType<typeof createProgress> | undefined;
  // Chromium boots while the rest of cvpress loads, when the run will surely print (forced, or no cache yet).
  const cached = (() => {
    try {
      return readdirSync(out).some((n) => n.startsWith('.cvpress-cache'));
    } catch {
      return false;
    }
  })();
  const executablePath = io.env.PUPPETEER_EXECUTABLE_PATH || undefined;
  let browser: Promise<import('puppeteer-core').Browser> | undefined;
  if (args.force || !cached) {
    const { launchBrowser } = await import('../print/launch-browser.js');
    browser = launchBrowser(executablePath ? { executablePath } : {});
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
  const run = renderBatch(files, {
    ...(browser ? { browser } : {}),
    threads,
    out,
    flags,
    config,
    configDir,
    ...(configFile ? { configFile } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(shard ? { shard } : {}),
    force: Boolean(args.force),
    failFast: Boolean(args['fail-fast']),
    ...(executablePath ? { executablePath } : {}),
    html: Boolean(args.html),
    check: Boolean(args.check),
    onStart: (input) => progress?.start(input),
    cwd: io.cwd,
    ...(io.signal ? { signal: io.signal } : {}),
  });
  const jobs = await run.jobs;
  progress = createProgress(mode, jobs.length, io, styles, minScore);
  const results: BatchResult[] = [];
  for await (const result of run) {
    if (result.status === 'rendered' && args.png) {
      try {
        await writePngs(result.output);
      } catch (err) {
        result.warnings.push({ code: 'png-failed', message: (err as Error).message, file: result.input });
      }
    }
    results.push(result);
    progress.finish(result);
  }
  progress.end();
  const summary: BatchSummary = await run.summary;

  const failed = results.filter((r) => r.status === 'failed');
  const below = minScore !== undefined ? results.filter((r) => r.check !== undefined && r.check.score < minScore) : [];
  for (const r of failed) io.stderr.write(`${formatProblem(r.error, 'error', io.cwd, styles)}\n`);
  // Problems of the run itself (the cache could not be written) are errors among the others, never instead of them.
  for (const e of summary.errors) io.stderr.write(`${formatProblem(e, 'error', io.cwd, styles)}\n`);
  if (mode !== 'quiet') {
    const parts = [
      styles.green(`${summary.rendered} rendered`),
      `${summary.skipped} unchanged`,
      summary.failed ? styles.red(`${summary.failed} failed`) : '0 failed',
      ...(summary.notRun ? [`${summary.notRun} not run`] : []),
      `${summary.pages} page${summary.pages === 1 ? '' : 's'}`,
      `${(summary.wallMs / 1000).toFixed(1)} s`,
      `${summary.cvsPerSecond.toFixed(2)} CVs/s`,
      ...(summary.browserRestarts ? [`${summary.browserRestarts} browser restart${summary.browserRestarts === 1 ? '' : 's'}`] : []),
      ...(minScore !== undefined ? [below.length ? styles.red(`${below.length} below ATS ${minScore}`) : `all ≥ ATS ${minScore}`] : []),
    ];
    io.stderr.write(`${parts.join(', ')} → ${relativize(out, io.cwd) || '.'}\n`);
  }
  // The reports are written whatever else failed (a read-only output folder does not stop them), each on its own.
  const version = readVersion();
  let reportFailed = false;
  const writeReport = async (file: string | undefined, text: () => string): Promise<void> => {
    if (file === undefined) return;
    try {
      await writeAtomic(path.resolve(io.cwd, file), text());
    } catch (err) {
      reportFailed = true;
      io.stderr.write(`${formatProblem(err, 'error', io.cwd, styles)}\n`);
    }
  };
  await writeReport(str('report'), () => `${JSON.stringify(buildReport(results, summary, { cwd: io.cwd, version }), null, 2)}\n`);
  await writeReport(str('junit'), () => formatJunit(results, summary, { cwd: io.cwd, ...(minScore !== undefined ? { minScore } : {}) }));
  if (io.signal?.aborted) return io.signal.reason === 'SIGTERM' ? 143 : 130;
  return summary.failed > 0 || below.length > 0 || summary.errors.length > 0 || reportFailed ? 1 : 0;
}
