// Writes `cvpress render`'s reports (`--report` JSON, `--junit` XML), each on its own, whatever else failed.
import path from 'node:path';
import type { BatchResult, BatchSummary } from '../batch/batch-types.js';
import { readVersion } from '../batch/read-version.js';
import { writeAtomic } from '../batch/write-atomic.js';
import { buildReport } from './build-report.js';
import type { CliIo } from './cli-io.js';
import { formatJunit } from './format-junit.js';
import { formatProblem } from './format-problem.js';
import type { Styles } from './style-text.js';

/**
 * Writes the JSON report to `files.report` and the JUnit report to `files.junit` (relative to the working
 * folder), those given; a report that cannot be written is printed as an error and does not stop the other.
 * @returns true when a report could not be written
 */
export async function writeRenderReports(
  results: BatchResult[],
  summary: BatchSummary,
  files: { report: string | undefined; junit: string | undefined; minScore: number | undefined },
  io: CliIo,
  styles: Styles,
): Promise<boolean> {
  const { minScore } = files;
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
  await writeReport(files.report, () => `${JSON.stringify(buildReport(results, summary, { cwd: io.cwd, version }), null, 2)}\n`);
  await writeReport(files.junit, () => formatJunit(results, summary, { cwd: io.cwd, ...(minScore !== undefined ? { minScore } : {}) }));
  return reportFailed;
}
