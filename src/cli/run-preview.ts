// `cvpress preview` (alias `watch`): starts the live preview of one CV, prints its URL and what happens, until Ctrl-C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { planOutputs } from '../batch/plan-outputs.js';
import { loadConfig } from '../model/load-config.js';
import type { RenderOptions } from '../model/options.js';
import { resolveOptions } from '../model/resolve-options.js';
import type { PreviewState } from '../preview/preview-types.js';
import type { CliIo } from './cli-io.js';
import { previewCommand } from './cli-commands.js';
import { formatProblem } from './format-problem.js';
import { parseCommandArgs } from './parse-command-args.js';
import { relativize } from './relativize.js';
import { styleText, type Styles } from './style-text.js';
import { UsageError } from './usage-error.js';

const clock = () => new Date().toTimeString().slice(0, 8);

/** One line per build: pages, time, ATS score, or the error; warnings below. */
function describeBuild(s: PreviewState, io: CliIo, styles: Styles, cv: string): string {
  const lines: string[] = [];
  if (s.error) {
    const file = s.error.file !== undefined ? path.resolve(io.cwd, s.error.file) : cv;
    lines.push(`${styles.dim(clock())} ${formatProblem({ ...s.error, file, message: s.error.message }, 'error', io.cwd, styles)}`);
  } else {
    const ats = s.check ? `, ATS ${s.check.score}${s.check.misses.length ? ` (missed ${s.check.misses.map((m) => m.label).slice(0, 3).join(', ')}${s.check.misses.length > 3 ? ', …' : ''})` : ''}` : '';
    const pdf = s.pdf ? ` → ${relativize(s.pdf, io.cwd)}` : '';
    lines.push(`${styles.dim(clock())} ${styles.green('updated')} ${s.pages.length} page${s.pages.length === 1 ? '' : 's'} in ${s.ms} ms (${s.theme}, ${s.format}${ats})${pdf}`);
  }
  for (const n of s.notices) lines.push(`${styles.yellow('note')}: ${n}`);
  for (const w of s.warnings) lines.push(formatProblem({ ...w, ...(w.file !== undefined ? { file: path.resolve(io.cwd, w.file) } : {}) }, 'warning', io.cwd, styles));
  return `${lines.join('\n')}\n`;
}

/** Opens `url` in the default browser, if the platform has a way to (errors are ignored). */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  } catch {
    // No opener: the URL is printed anyway.
  }
}

/**
 * Runs `cvpress preview <cv> [--port N] [--theme T] [--format F] [--pdf [--out DIR]] [--open]`: prints the URL,
 * then one line per rebuild (or the error, with file and line), until Ctrl-C.
 * @returns 0 after Ctrl-C
 * @throws UsageError / ConfigError / InputError for exit code 2 (or 1)
 */
export async function runPreview(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, previewCommand.args as never, 'preview');
  const str = (name: string): string | undefined => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const styles = styleText(io);
  const inputs = args._.map(String);
  if (inputs.length !== 1) throw new UsageError('E_USAGE', inputs.length ? 'preview takes one CV.' : 'no CV given.', { hint: 'Example: cvpress preview cv.md --pdf' });
  const port = str('port') !== undefined ? Number(str('port')) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError('E_USAGE', `--port must be a port number (0-65535), got ${JSON.stringify(str('port'))}.`, { hint: 'Example: --port 4000' });
  const { config, configDir, file: configFile } = await loadConfig({ cwd: io.cwd, ...(str('config') !== undefined ? { file: str('config')! } : {}) });
  const flags: Partial<RenderOptions> = {};
  const theme = str('theme');
  if (theme !== undefined) flags.theme = theme.startsWith('.') || path.isAbsolute(theme) || theme.includes('/') ? path.resolve(io.cwd, theme) : theme;
  if (str('format') !== undefined) flags.format = str('format') as RenderOptions['format'];
  if (str('lang') !== undefined) flags.lang = str('lang');
  if (str('max-pages') !== undefined) flags.maxPages = Number(str('max-pages'));
  resolveOptions({ flags });
  const cv = path.resolve(io.cwd, inputs[0]!);
  const out = str('out') !== undefined ? path.resolve(io.cwd, str('out')!) : config.out !== undefined ? path.resolve(configDir, config.out) : path.resolve(io.cwd, 'output');
  const pdfOut = args.pdf ? planOutputs([cv], out)[0]!.output : undefined;
  const executablePath = io.env.PUPPETEER_EXECUTABLE_PATH || undefined;

  const { startPreview } = await import('../preview/start-preview.js');
  const preview = await startPreview(cv, {
    cwd: io.cwd, flags, config, configDir, ...(configFile ? { configFile } : {}), ...(port !== undefined ? { port } : {}),
    ...(pdfOut ? { pdfOut } : {}), ...(executablePath ? { executablePath } : {}),
  });
  io.stdout.write(`cvpress preview of ${relativize(cv, io.cwd)}: ${styles.bold(preview.url)}\n`);
  preview.on('change', (files) => io.stderr.write(`${styles.dim(clock())} changed ${files.map((f) => relativize(f, io.cwd)).join(', ')}\n`));
  preview.on('build', (s) => io.stderr.write(describeBuild(s, io, styles, cv)));
  preview.on('refused', (r) => io.stderr.write(`${styles.dim(clock())} ${styles.yellow('refused')} ${r.method} ${r.url} (${r.status}): ${r.why}\n`));
  if (args.open) openBrowser(preview.url);
  io.stderr.write(styles.dim('Watching for changes; Ctrl-C to stop.\n'));
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await preview.close();
  return 0;
}
