// `cvpress validate`: checks CVs against the JSON Resume schema without rendering; exit 0 clean, 1 problems, 2 bad usage.
import { expandInputs } from '../batch/expand-inputs.js';
import { loadConfig } from '../model/load-config.js';
import { resolveOptions } from '../model/resolve-options.js';
import { parseResume } from '../parse/parse-resume.js';
import { readSource } from '../parse/read-source.js';
import type { CliIo } from './cli-io.js';
import { validateCommand } from './cli-commands.js';
import { formatProblem } from './format-problem.js';
import { parseCommandArgs } from './parse-command-args.js';
import { styleText } from './style-text.js';
import { UsageError } from './usage-error.js';

/**
 * Runs `cvpress validate <files|dirs|globs…>`: reads and parses each CV (no theme, no browser) and
 * prints its warnings on stdout in the same `file:line: warning: /path: what. Fix: …` form as `render`;
 * schema warnings (what `--strict` would refuse) and unreadable files are problems. A summary goes to
 * stderr (not with --quiet, which also leaves out the warnings that are not schema problems).
 * @returns 0 when no CV has a problem, 1 otherwise
 * @throws UsageError (no input), InputError `E_NO_INPUT`, ConfigError: exit code 2
 */
export async function runValidate(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, validateCommand.args as never, 'validate');
  const inputs = args._.map(String);
  if (inputs.length === 0) throw new UsageError('E_USAGE', 'no input given.', { hint: 'Example: cvpress validate resume.json cvs/' });
  const { config, configDir } = await loadConfig({ cwd: io.cwd });
  const { maxInputBytes } = resolveOptions({ config, configDir });
  const files = await expandInputs(inputs, { cwd: io.cwd });
  const styles = styleText(io);
  const totals = { clean: 0, problems: 0, failed: 0, schema: 0, other: 0 };
  for (const file of files) {
    try {
      const parsed = parseResume(await readSource(file, { maxBytes: maxInputBytes }));
      const schema = parsed.warnings.filter((w) => w.schema);
      for (const w of parsed.warnings) {
        if (!w.schema && args.quiet) continue;
        io.stdout.write(`${formatProblem(w.file ? w : { ...w, file }, 'warning', io.cwd, styles)}\n`);
      }
      totals.schema += schema.length;
      totals.other += parsed.warnings.length - schema.length;
      if (schema.length) totals.problems++;
      else totals.clean++;
    } catch (err) {
      totals.failed++;
      io.stdout.write(`${formatProblem(err, 'error', io.cwd, styles)}\n`);
    }
  }
  if (!args.quiet) {
    const parts = [
      `${files.length} CV${files.length === 1 ? '' : 's'}`,
      styles.green(`${totals.clean} clean`),
      totals.problems ? styles.yellow(`${totals.problems} with ${totals.schema} schema problem${totals.schema === 1 ? '' : 's'}`) : '0 with schema problems',
      totals.failed ? styles.red(`${totals.failed} unreadable`) : '0 unreadable',
      ...(totals.other ? [`${totals.other} other warning${totals.other === 1 ? '' : 's'} (not schema problems)`] : []),
    ];
    io.stderr.write(`${parts.join(', ')}\n`);
  }
  return totals.problems || totals.failed ? 1 : 0;
}
