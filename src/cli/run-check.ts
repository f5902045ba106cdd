// `cvpress check`: reads finished PDFs as an applicant-tracking system does and prints each score, miss and extraction problem.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkPdf } from '../check/check-pdf.js';
import type { CheckResult } from '../check/check-types.js';
import { DEFAULT_OPTIONS } from '../model/options.js';
import { InputError, LimitError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import { parseResume } from '../parse/parse-resume.js';
import { readSource } from '../parse/read-source.js';
import type { CliIo } from './cli-io.js';
import { checkCommand } from './cli-commands.js';
import { formatProblem } from './format-problem.js';
import { parseCommandArgs } from './parse-command-args.js';
import { relativize } from './relativize.js';
import { styleText, type Styles } from './style-text.js';
import { UsageError } from './usage-error.js';

/** Largest PDF read (a CV's PDF is well under a megabyte; a scanned one may be tens). */
const MAX_PDF_BYTES = 100 * 1024 * 1024;

/** The PDFs named on the command line: files as given, folders by the `.pdf` files directly in them. */
async function listPdfs(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const p = path.resolve(cwd, a);
    const st = await stat(p).catch(() => undefined);
    if (!st) throw new InputError('E_MISSING', 'does not exist.', { file: p, hint: 'Check the path (cvpress check output/cv.pdf).' });
    if (st.isDirectory()) out.push(...(await readdir(p)).filter((n) => n.toLowerCase().endsWith('.pdf')).sort().map((n) => path.join(p, n)));
    else out.push(p);
  }
  return out;
}

/** The text report of one PDF. */
function describe(file: string, r: CheckResult, io: CliIo, styles: Styles, minScore: number | undefined): string {
  const low = minScore !== undefined && r.score < minScore;
  const score = `ATS ${r.score}/100`;
  const lines = [`${relativize(file, io.cwd)}  ${low ? styles.red(score) : r.score === 100 ? styles.green(score) : styles.yellow(score)}  (${r.recovered} of ${r.checked} fields recovered${r.source === 'source-file' ? ', compared with --source' : ''})`];
  for (const m of r.misses) lines.push(`  ${styles.red('missed')}  ${m.label}: ${JSON.stringify(m.expected)}${m.found !== undefined ? ` (read ${JSON.stringify(m.found)})` : ''}`);
  for (const p of r.problems) lines.push(`  ${styles.yellow('problem')} ${p.code}: ${p.message}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `cvpress check <pdf|dir…> [--source cv] [--min-score N] [--json] [--text]`: for each PDF the score, the
 * fields a machine could not recover and what breaks extraction, on stdout.
 * @returns 0, or 1 when a PDF scores below `--min-score` or cannot be read
 * @throws UsageError for a bad command line
 */
export async function runCheck(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, checkCommand.args as never, 'check');
  const styles = styleText(io);
  const names = args._.map(String);
  if (names.length === 0) throw new UsageError('E_USAGE', 'no PDF given.', { hint: 'Example: cvpress check output/cv.pdf --min-score 90' });
  const rawMin = typeof args['min-score'] === 'string' ? (args['min-score'] as string) : undefined;
  const minScore = rawMin !== undefined ? Number(rawMin) : undefined;
  if (minScore !== undefined && (!Number.isInteger(minScore) || minScore < 0 || minScore > 100)) {
    throw new UsageError('E_USAGE', `--min-score must be a whole number from 0 to 100, got ${JSON.stringify(rawMin)}.`, { hint: 'Example: --min-score 90' });
  }
  const pdfs = await listPdfs(names, io.cwd);
  let source: Resume | undefined;
  if (typeof args.source === 'string') {
    if (pdfs.length !== 1) throw new UsageError('E_USAGE', '--source compares one PDF with the CV it was made from; give one PDF.', { hint: 'Example: cvpress check cv.pdf --source cv.md' });
    source = parseResume(await readSource(path.resolve(io.cwd, args.source), { maxBytes: DEFAULT_OPTIONS.maxInputBytes })).resume;
  }
  let status = 0;
  const results: Array<Record<string, unknown>> = [];
  for (const file of pdfs) {
    try {
      const st = await stat(file);
      if (st.size > MAX_PDF_BYTES) throw new LimitError('E_TOO_LARGE', `is ${Math.round(st.size / 1024 / 1024)} MB, more than the ${MAX_PDF_BYTES / 1024 / 1024} MB a CV's PDF may have.`, { file });
      const r = await checkPdf(new Uint8Array(await readFile(file)), { file, ...(source ? { source } : {}) });
      if (minScore !== undefined && r.score < minScore) status = 1;
      if (args.json) results.push({ file: relativize(file, io.cwd), score: r.score, checked: r.checked, recovered: r.recovered, source: r.source, misses: r.misses, problems: r.problems, ...(args.text ? { text: r.text } : {}) });
      else {
        io.stdout.write(describe(file, r, io, styles, minScore));
        if (args.text) io.stdout.write(`${r.text.replace(/^/gm, '  | ')}\n`);
      }
    } catch (err) {
      status = 1;
      io.stderr.write(`${formatProblem(err, 'error', io.cwd, styles)}\n`);
      if (args.json) results.push({ file: relativize(file, io.cwd), error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (args.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return status;
}
