// `cvpress themes`: lists the installed themes (built-in and config `themes` folders) with a description.
import { loadConfig } from '../model/load-config.js';
import { resolveOptions } from '../model/resolve-options.js';
import { listThemes } from '../theme/list-themes.js';
import type { CliIo } from './cli-io.js';
import { themesCommand } from './cli-commands.js';
import { parseCommandArgs } from './parse-command-args.js';

/** Runs `cvpress themes`: one line per theme, `name  description`. @returns 0 */
export async function runThemes(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, themesCommand.args as never, 'themes');
  const configPath = typeof args.config === 'string' ? args.config : undefined;
  const { config, configDir } = await loadConfig({ cwd: io.cwd, ...(configPath !== undefined ? { file: configPath } : {}) });
  const { themeDirs } = resolveOptions({ config, configDir });
  const themes = await listThemes({ themeDirs });
  const width = Math.max(8, ...themes.map((t) => t.name.length));
  for (const t of themes) io.stdout.write(`${t.name.padEnd(width)}  ${t.description}\n`);
  return 0;
}
