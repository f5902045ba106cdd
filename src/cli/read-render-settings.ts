// Reads `cvpress render`'s flags and config file into the settings of its run, checking every value before anything runs.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ParsedArgs } from 'citty';
import type { Shard } from '../batch/batch-types.js';
import { parseShard } from '../batch/parse-shard.js';
import { ThemeError } from '../model/errors.js';
import { loadConfig } from '../model/load-config.js';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import { resolveOptions } from '../model/resolve-options.js';
import type { CliIo } from './cli-io.js';
import type { ProgressMode } from './create-progress.js';
import { UsageError } from './usage-error.js';

/** The settings of one `cvpress render` run. */
export interface RenderSettings {
  config: CvpressConfig;
  configDir: string;
  configFile: string | undefined;
  /** The command line's render options (a theme named by path resolved against the working folder). */
  flags: Partial<RenderOptions>;
  /** The options the flags and the config file's defaults resolve to. */
  resolved: RenderOptions;
  minScore: number | undefined;
  concurrency: number | undefined;
  shard: Shard | undefined;
  /** The output folder (absolute). */
  out: string;
  mode: ProgressMode;
  /** Where to write the JSON report and the JUnit report, as given. */
  report: string | undefined;
  junit: string | undefined;
  force: boolean;
  failFast: boolean;
  html: boolean;
  check: boolean;
  png: boolean;
}

/** A string flag's value, when given. */
type StringFlag = (name: string) => string | undefined;

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

/** The render options the command line gives (`--theme`, `--format`, `--lang`, `--max-pages`, `--timeout`, `--strict`). */
function readFlags(str: StringFlag, strict: boolean, cwd: string): Partial<RenderOptions> {
  const flags: Partial<RenderOptions> = {};
  const theme = str('theme');
  const scopedPackage = theme !== undefined && /^@[a-z0-9][a-z0-9._~-]*\/jsonresume-theme-/i.test(theme);
  if (theme !== undefined) flags.theme = !scopedPackage && (theme.startsWith('.') || path.isAbsolute(theme) || theme.includes('/')) ? path.resolve(cwd, theme) : theme;
  if (str('format') !== undefined) flags.format = str('format') as RenderOptions['format'];
  if (str('lang') !== undefined) flags.lang = str('lang');
  // Numbers are checked as the user typed them (`--timeout abc` names "abc"), before anything runs.
  if (str('max-pages') !== undefined) flags.maxPages = positiveInt('max-pages', str('max-pages')!);
  if (str('timeout') !== undefined) flags.timeoutMs = positiveInt('timeout', str('timeout')!);
  if (strict) flags.strict = true;
  return flags;
}

/** How progress is shown: `--quiet`, else `--progress`, else a bar on a terminal outside CI. */
function pickProgressMode(str: StringFlag, quiet: boolean, io: CliIo): ProgressMode {
  const progressFlag = str('progress') ?? 'auto';
  if (!['auto', 'bar', 'plain'].includes(progressFlag)) throw new UsageError('E_USAGE', `--progress must be auto, bar or plain, got ${JSON.stringify(progressFlag)}.`);
  const inCi = io.env.CI !== undefined && io.env.CI !== 'false' && io.env.CI !== '0';
  return quiet ? 'quiet' : progressFlag === 'plain' ? 'plain' : progressFlag === 'bar' ? 'bar' : io.stderr.isTTY && !inCi ? 'bar' : 'plain';
}

/** `--png` needs pdftoppm: a usage error when it is not installed. */
async function checkPdftoppm(): Promise<void> {
  try {
    await promisify(execFile)('pdftoppm', ['-v']);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError('E_NO_PDFTOPPM', '--png needs pdftoppm, which is not installed.', { hint: 'Install poppler-utils (apt-get install -y poppler-utils; brew install poppler).' });
    }
  }
}

/**
 * Reads the settings of `cvpress render` from its parsed arguments and the config file, checking each value
 * (and that a `--theme` exists) before anything runs.
 * @throws UsageError / ConfigError for exit code 2
 */
export async function readRenderSettings(args: ParsedArgs, io: CliIo): Promise<RenderSettings> {
  const str: StringFlag = (name) => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const { config, configDir, file: configFile } = await loadConfig({ cwd: io.cwd, ...(str('config') !== undefined ? { file: str('config')! } : {}) });
  const flags = readFlags(str, Boolean(args.strict), io.cwd);
  const resolved = resolveOptions({ flags, config, configDir }); // validates the flags before anything runs
  // A theme typed on the command line must exist: an unknown one is bad usage (exit 2), not 1 per CV.
  if (flags.theme !== undefined) await checkTheme(flags.theme, resolved.themeDirs, io.cwd);
  const minScore = str('min-score') !== undefined ? parseMinScore(str('min-score')!) : undefined;
  if (minScore !== undefined && !args.check) throw new UsageError('E_USAGE', '--min-score needs --check.', { hint: 'Example: cvpress render cv.md --check --min-score 90' });

  const concurrency = str('concurrency') !== undefined ? positiveInt('concurrency', str('concurrency')!) : config.concurrency !== undefined ? positiveInt('concurrency', String(config.concurrency)) : undefined;
  const shard: Shard | undefined = str('shard') !== undefined ? parseShard(str('shard')!) : undefined;
  const out = str('out') !== undefined ? path.resolve(io.cwd, str('out')!) : config.out !== undefined ? path.resolve(configDir, config.out) : path.resolve(io.cwd, 'output');
  const mode = pickProgressMode(str, Boolean(args.quiet), io);
  if (args.png) await checkPdftoppm();
  return {
    config,
    configDir,
    configFile,
    flags,
    resolved,
    minScore,
    concurrency,
    shard,
    out,
    mode,
    report: str('report'),
    junit: str('junit'),
    force: Boolean(args.force),
    failFast: Boolean(args['fail-fast']),
    html: Boolean(args.html),
    check: Boolean(args.check),
    png: Boolean(args.png),
  };
}
