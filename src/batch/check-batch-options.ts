// Checks a batch's own options before any CV runs: flags and config values, and every theme they name.
import { ConfigError } from '../model/errors.js';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import { resolveOptions } from '../model/resolve-options.js';
import type { Theme } from '../theme/theme-types.js';
import type { ThemeSpec } from './batch-types.js';
import type { CvThreads } from './create-cv-threads.js';

/**
 * Validates what the batch's caller gave (command-line flags, the config file's defaults and each of its
 * rules) and loads every theme they name, so that a bad value fails the run once, before any CV, instead
 * of failing every CV. With CV threads the first thread loads the themes (and keeps them for its CVs): the
 * main thread then never loads the theme engine, which a cold run would wait for; without, they load here,
 * into `themeCache`.
 * @returns the themes named (for CV threads to load before their first CV)
 * @throws ConfigError (`E_OPTION`, naming the layer and file) or ThemeError (`E_THEME_UNKNOWN`, `E_THEME_INVALID`)
 */
export async function checkBatchOptions(
  opts: { flags?: Partial<RenderOptions>; config?: CvpressConfig; configDir?: string; configFile?: string; cwd: string },
  themeCache: Map<string, Promise<Theme>>,
  threads?: Pick<CvThreads, 'checkThemes'>,
): Promise<ThemeSpec[]> {
  const base = {
    ...(opts.configDir ? { configDir: opts.configDir } : {}),
    ...(opts.configFile ? { configFile: opts.configFile } : {}),
  };
  const config = opts.config ?? {};
  const { rules, ...defaults } = config;
  const named = new Set<string>();
  const resolved = resolveOptions({ ...base, config: defaults, ...(opts.flags ? { flags: opts.flags } : {}) });
  named.add(resolved.theme);
  if (rules !== undefined && !Array.isArray(rules)) {
    throw new ConfigError('E_OPTION', '"rules" must be a list (from the config file).', { ...(opts.configFile ? { file: opts.configFile } : {}), hint: 'Write "rules": [{ "match": "senior/**", "theme": "classic" }].' });
  }
  for (const rule of rules ?? []) {
    const { match: _match, ...values } = rule ?? ({} as NonNullable<typeof rule>);
    const r = resolveOptions({ ...base, config: { ...defaults, ...values } });
    // A theme on the command line wins over every rule: only the rules' other values matter then.
    if (opts.flags?.theme === undefined) named.add(r.theme);
  }
  const specs = [...named].map((theme) => ({ theme, themeDirs: resolved.themeDirs, cwd: opts.cwd }));
  if (threads) {
    await threads.checkThemes(specs);
  } else {
    const { loadCachedTheme } = await import('./load-cached-theme.js');
    for (const s of specs) await loadCachedTheme(s.theme, s.themeDirs, s.cwd, themeCache);
  }
  return specs;
}
