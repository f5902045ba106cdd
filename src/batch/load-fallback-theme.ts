// When the theme a CV names for itself is not installed: the theme the other layers choose, and a warning saying how to install it.
import type { OptionLayers } from '../model/resolve-options.js';
import { resolveOptions } from '../model/resolve-options.js';
import { ThemeError } from '../model/errors.js';
import type { SourceKind } from '../model/parse-result.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import type { Theme } from '../theme/theme-types.js';
import { loadCachedTheme } from './load-cached-theme.js';

const PACKAGE = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?jsonresume-theme-[a-z0-9][a-z0-9._~-]*$/;

/**
 * Recovers from `err`, the failure to load a CV's theme, when that theme came from the CV itself
 * (`meta.theme` or front matter `theme:`) and is not installed (`E_THEME_UNKNOWN`): loads the theme
 * chosen without it (flags, config, default) and returns a `theme-missing` warning naming the missing
 * theme and the command that installs it. A theme typed on the command line or set in the config is
 * the user's own choice: its error is rethrown, as is every other error.
 * @throws the original error when it is not recoverable
 */
export async function loadFallbackTheme(
  err: unknown,
  ctx: { layers: OptionLayers; kind: SourceKind; cwd: string; themeCache?: Map<string, Promise<Theme>> },
): Promise<{ theme: Theme; warning: CvWarning }> {
  const named = ctx.layers.meta?.theme;
  if (!(err instanceof ThemeError) || err.code !== 'E_THEME_UNKNOWN' || typeof named !== 'string') throw err;
  const chosen = resolveOptions(ctx.layers);
  const without = resolveOptions({ ...ctx.layers, meta: { ...ctx.layers.meta, theme: undefined } });
  if (without.theme === chosen.theme) throw err;
  const theme = await loadCachedTheme(without.theme, without.themeDirs, ctx.cwd, ctx.themeCache);
  const name = named.trim();
  const isPath = !PACKAGE.test(name.toLowerCase()) && /[\\/]|^\./.test(name);
  const where = ctx.kind === 'markdown' ? 'The front matter\'s `theme:`' : 'meta.theme';
  const install = isPath
    ? 'Fix the path (a theme folder inside the CV\'s folder) or remove it.'
    : `Install it into this project with \`npm install ${PACKAGE.test(name.toLowerCase()) ? name.toLowerCase() : `jsonresume-theme-${name.toLowerCase()}`}\` (or see \`cvpress themes\`), or remove it.`;
  const warning = createWarning('theme-missing', `${where} names the theme "${name}", which is not installed: rendered with "${theme.name}" instead. ${install}`, undefined, ctx.layers.file);
  if (ctx.kind !== 'markdown') warning.path = '/meta/theme';
  return { theme, warning };
}
