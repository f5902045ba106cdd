// `cvpress render`: expands inputs, renders them as a batch, shows progress, writes reports; returns the exit code.
import type { BatchResult, BatchSummary } from '../batch/batch-types.js';
import { expandInputs, type SkippedInput } from '../batch/expand-inputs.js';
import type { BatchRun } from '../batch/render-batch.js';
import type { CliIo } from './cli-io.js';
import { renderCommand } from './cli-commands.js';
import { createProgress, type Progress } from './create-progress.js';
import { formatProblem } from './format-problem.js';
import { formatRenderSummary } from './format-render-summary.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readRenderSettings } from './read-render-settings.js';
import { relativize } from './relativize.js';
import { startRenderBatch } from './start-render-batch.js';
import { styleText } from './style-text.js';
import { UsageError } from './usage-error.js';
import { writePngs } from './write-pngs.js';
import { writeRenderReports } from './write-render-reports.js';

/** Takes the batch's results as they come (writing each rendered CV's page pictures with `--png`) and shows its progress. */
async function collectResults(run: BatchRun, png: boolean, progress: Progress): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for await (const result of run) {
    if (result.status === 'rendered' && png) {
      try {
        await writePngs(result.output);
      } catch (err) {
        result.warnings.push({ code: 'png-failed', message: (err as Error).message, file: result.input });
      }
    }
    results.push(result);
    progress.finish(result);
  }
  return results;
}

/**
 * Runs `cvpress render` with `rawArgs` (after the command name).
 * @returns 0 when every CV rendered (or was unchanged), 1 when any failed or scored below `--min-score`
 * @throws UsageError / ConfigError / InputError (`E_NO_INPUT`) for exit code 2
 */
export async function runRender(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, renderCommand.args as never, 'render');
  const styles = styleText(io);
  const inputs = args._.map(String);
  if (inputs.length === 0) throw new UsageError('E_USAGE', 'no input given.', { hint: 'Example: cvpress render input/ --out output/' });
  const settings = await readRenderSettings(args, io);
  const { out, mode, minScore } = settings;

  const skipped: SkippedInput[] = [];
  const files = await expandInputs(inputs, { cwd: io.cwd, exclude: [out], skipped });
  if (mode !== 'quiet') for (const s of skipped) io.stderr.write(`${formatProblem({ code: 'skipped-input', message: `not rendered: ${s.reason}.`, file: s.file }, 'warning', io.cwd, styles)}\n`);
  let progress: Progress | undefined;
  const run = await startRenderBatch(files, settings, io, (input) => progress?.start(input));
  const jobs = await run.jobs;
  progress = createProgress(mode, jobs.length, io, styles, minScore);
  const results = await collectResults(run, settings.png, progress);
  progress.end();
  const summary: BatchSummary = await run.summary;

  const failed = results.filter((r) => r.status === 'failed');
  const below = minScore !== undefined ? results.filter((r) => r.check !== undefined && r.check.score < minScore) : [];
  for (const r of failed) io.stderr.write(`${formatProblem(r.error, 'error', io.cwd, styles)}\n`);
  // Problems of the run itself (the cache could not be written) are errors among the others, never instead of them.
  for (const e of summary.errors) io.stderr.write(`${formatProblem(e, 'error', io.cwd, styles)}\n`);
  if (mode !== 'quiet') io.stderr.write(`${formatRenderSummary(summary, below.length, minScore, styles)} → ${relativize(out, io.cwd) || '.'}\n`);
  // The reports are written whatever else failed (a read-only output folder does not stop them), each on its own.
  const reportFailed = await writeRenderReports(results, summary, settings, io, styles);
  if (io.signal?.aborted) return io.signal.reason === 'SIGTERM' ? 143 : 130;
  return summary.failed > 0 || below.length > 0 || summary.errors.length > 0 || reportFailed ? 1 : 0;
}
