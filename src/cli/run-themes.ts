// `cvpress themes`: lists the installed themes (built-in and config `themes` folders) with a description.
import { loadConfig } from '../model/load-config.js';
import { resolveOptions } from '../model/resolve-options.js';
import { listJsonResumeThemes } from '../theme/list-json-resume-themes.js';
import { listThemes } from '../theme/list-themes.js';
import type { CliIo } from './cli-io.js';
import { themesCommand } from './cli-commands.js';
import { parseCommandArgs } from './parse-command-args.js';

/**
 * Runs `cvpress themes`: one line per theme, `name  description`: cvpress's own themes, then the JSON
 * Resume theme packages found in the project's node_modules and the config's theme folders, marked
 * `(JSON Resume)` (a short name that a cvpress theme also has selects the cvpress theme). @returns 0
 */
export async function runThemes(rawArgs: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(rawArgs, themesCommand.args as never, 'themes');
  const configPath = typeof args.config === 'string' ? args.config : undefined;
  const { config, configDir } = await loadConfig({ cwd: io.cwd, ...(configPath !== undefined ? { file: configPath } : {}) });
  const { themeDirs } = resolveOptions({ config, configDir });
  const themes = await listThemes({ themeDirs });
  const own = new Set(themes.map((t) => t.name.toLowerCase()));
  const packages = listJsonResumeThemes({ themeDirs, cwd: io.cwd });
  const width = Math.max(8, ...themes.map((t) => t.name.length), ...packages.map((p) => p.name.length));
  for (const t of themes) io.stdout.write(`${t.name.padEnd(width)}  ${t.description}\n`);
  for (const p of packages) {
    const short = own.has(p.short.toLowerCase()) ? '' : ` (--theme ${p.short})`;
    io.stdout.write(`${p.name.padEnd(width)}  (JSON Resume${p.version ? ` ${p.version}` : ''}) ${p.description}${short}\n`);
  }
  return 0;
}
