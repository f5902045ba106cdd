// `cvpress theme init <name>`: scaffolds a working copy of a built-in theme.
import path from 'node:path';
import { initTheme } from '../theme/init-theme.js';
import type { CliIo } from './cli-io.js';
import { themeInitCommand } from './cli-commands.js';
import { parseCommandArgs } from './parse-command-args.js';
import { relativize } from './relativize.js';
import { UsageError } from './usage-error.js';

/** Runs `cvpress theme init <name> [--from classic] [--dir themes]`; prints where the theme was created. @returns 0 */
export async function runThemeInit(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, themeInitCommand.args as never, 'theme init');
  const names = args._.map(String);
  if (names.length !== 1 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(names[0]!)) {
    throw new UsageError('E_USAGE', names.length === 1 ? `invalid theme name ${JSON.stringify(names[0])}.` : 'give one theme name.', {
      hint: 'Example: cvpress theme init my-theme --from classic (letters, digits, ".", "_", "-").',
    });
  }
  const dir = path.resolve(io.cwd, typeof args.dir === 'string' ? args.dir : 'themes');
  const created = await initTheme(names[0]!, { dir, ...(typeof args.from === 'string' ? { from: args.from } : {}) });
  io.stdout.write(`Created ${relativize(created, io.cwd)}. Use it with: cvpress render <cv> --theme ${relativize(created, io.cwd).startsWith('/') ? created : `./${relativize(created, io.cwd)}`}\n`);
  return 0;
}
