// `cvpress parse`: prints the parsed model (JSON or YAML) or, with --explain, source lines → fields.
import path from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_OPTIONS } from '../model/options.js';
import { parseResume } from '../parse/parse-resume.js';
import { readSource } from '../parse/read-source.js';
import type { CliIo } from './cli-io.js';
import { parseCommand } from './cli-commands.js';
import { formatProblem } from './format-problem.js';
import { foldRepeatedWarnings } from './fold-repeated-warnings.js';
import { parseCommandArgs } from './parse-command-args.js';
import { styleText } from './style-text.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `cvpress parse <file> [--yaml] [--explain]`: the model on stdout, warnings on stderr.
 * @returns 0, or 1 when the CV cannot be read or parsed (the error is thrown for the caller to print)
 */
export async function runParse(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, parseCommand.args as never, 'parse');
  const files = args._.map(String);
  if (files.length !== 1) throw new UsageError('E_USAGE', files.length ? 'parse takes exactly one file.' : 'no file given.', { hint: 'Example: cvpress parse cv.md' });
  const file = path.resolve(io.cwd, files[0]!);
  const source = await readSource(file, { maxBytes: DEFAULT_OPTIONS.maxInputBytes });
  const parsed = parseResume(source);
  const styles = styleText(io);
  for (const w of foldRepeatedWarnings(parsed.warnings)) io.stderr.write(`${formatProblem(w.file ? w : { ...w, file }, 'warning', io.cwd, styles)}\n`);
  if (args.explain) {
    const lines = source.text.split('\n');
    const entries = [...parsed.explain].sort((a, b) => a.line - b.line || a.endLine - b.endLine);
    if (entries.length === 0) io.stdout.write(`(no line provenance for ${parsed.kind} input: fields keep their own names)\n`);
    for (const e of entries) {
      const span = e.endLine > e.line ? `${e.line}-${e.endLine}` : `${e.line}`;
      const text = (lines[e.line - 1] ?? '').trim();
      io.stdout.write(`${span.padEnd(9)} ${e.field.padEnd(32)} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}\n`);
      if (e.why?.length) io.stdout.write(`${' '.repeat(10)}${styles.dim(`why: ${e.why.join('; ')}`)}\n`);
    }
    return 0;
  }
  io.stdout.write(args.yaml ? stringify(parsed.resume) : `${JSON.stringify(parsed.resume, null, 2)}\n`);
  return 0;
}
