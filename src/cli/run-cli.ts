// The cvpress command line: dispatches to the commands, prints help, usage errors and failures once; returns the exit code.
import { renderUsage, type CommandDef } from 'citty';
import { readVersion } from '../batch/read-version.js';
import { ConfigError, CvpressError, ThemeError } from '../model/errors.js';
import type { CliIo } from './cli-io.js';
import { checkCommand, mainCommand, parseCommand, previewCommand, renderCommand, themeCommand, themeInitCommand, themesCommand, validateCommand } from './cli-commands.js';
import { formatProblem } from './format-problem.js';
import { styleText } from './style-text.js';
import { UsageError } from './usage-error.js';

const ANSI = /\x1b\[[0-9;]*m/g;

// Commands load their stage modules (Chromium driver, parsers, themes) only when they run.
const runRender = async (args: string[], io: CliIo) => (await import('./run-render.js')).runRender(args, io);
const runValidate = async (args: string[], io: CliIo) => (await import('./run-validate.js')).runValidate(args, io);
const runParse = async (args: string[], io: CliIo) => (await import('./run-parse.js')).runParse(args, io);
const runThemes = async (args: string[], io: CliIo) => (await import('./run-themes.js')).runThemes(args, io);
const runCheck = async (args: string[], io: CliIo) => (await import('./run-check.js')).runCheck(args, io);
const runPreview = async (args: string[], io: CliIo) => (await import('./run-preview.js')).runPreview(args, io);
const runThemeInit = async (args: string[], io: CliIo) => (await import('./run-theme-init.js')).runThemeInit(args, io);

async function usage(cmd: CommandDef<never>, io: CliIo, parent?: CommandDef<never>): Promise<string> {
  const text = await renderUsage(cmd, parent);
  return styleText(io).enabled ? text : text.replace(ANSI, '');
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Runs cvpress with `argv` (without `node` and the script): `render`, `validate`, `preview` (`watch`), `check`, `parse`, `themes`, `theme init`,
 * `--help` on each, `--version`.
 * @returns 0 all good, 1 some CV failed, 2 bad usage, bad config or theme, or no input found
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const styles = styleText(io);
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  type Entry = { def: CommandDef<never>; run: (args: string[], io: CliIo) => Promise<number>; parent?: CommandDef<never> };
  const commands: Record<string, Entry> = {
    render: { def: renderCommand as never, run: runRender, parent: mainCommand as never },
    validate: { def: validateCommand as never, run: runValidate, parent: mainCommand as never },
    parse: { def: parseCommand as never, run: runParse, parent: mainCommand as never },
    check: { def: checkCommand as never, run: runCheck, parent: mainCommand as never },
    preview: { def: previewCommand as never, run: runPreview, parent: mainCommand as never },
    watch: { def: previewCommand as never, run: runPreview, parent: mainCommand as never },
    themes: { def: themesCommand as never, run: runThemes, parent: mainCommand as never },
  };
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(`${await usage(mainCommand as never, io)}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    let entry = commands[command];
    let args = rest;
    if (command === 'theme') {
      const [sub, ...subArgs] = rest;
      if (sub === 'init') {
        entry = { def: themeInitCommand as never, run: runThemeInit, parent: themeCommand as never };
        args = subArgs;
      } else {
        io.stdout.write(`${await usage(themeCommand as never, io, mainCommand as never)}\n`);
        return sub === undefined || sub === '--help' || sub === '-h' ? (sub === undefined ? 2 : 0) : 2;
      }
    }
    if (!entry) {
      throw new UsageError('E_USAGE', `unknown command ${JSON.stringify(command)}.`, { hint: 'Commands: render, validate, preview (watch), check, parse, themes, theme init. Run `cvpress --help`.' });
    }
    if (args.includes('--help') || args.includes('-h') || (wantsHelp && command !== 'theme')) {
      io.stdout.write(`${await usage(entry.def, io, entry.parent)}\n`);
      return 0;
    }
    return await entry.run(args, io);
  } catch (err) {
    io.stderr.write(`${formatProblem(err, 'error', io.cwd, styles)}\n`);
    // Bad usage, a bad config or --theme (checked before any CV), an input that is not there: exit 2.
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof ThemeError) return 2;
    if (err instanceof CvpressError && (err.code === 'E_NO_INPUT' || err.code === 'E_MISSING')) return 2;
    if (!(err instanceof CvpressError) && err instanceof Error && err.stack && io.env.CVPRESS_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
