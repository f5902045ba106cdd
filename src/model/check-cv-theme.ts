// The one rule on themes named by a CV (front matter, JSON `meta.theme`): a name, never a path.
import { createWarning, type CvWarning } from './warning.js';

/** A theme name: a theme folder's name (`classic`, `my-theme_2`) or an npm package name (`jsonresume-theme-even`, `@org/theme`). */
const THEME_NAME = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Checks the theme a CV names for itself. A CV is untrusted, so it may only name a theme that is
 * installed (looked up by name in the theme folders, the built-in themes and theme packages); a path
 * (`./evil`, `/etc`, `..\\x`, `~/t`) would let it pick a folder of its own choosing, whose templates
 * and symlinks could put any readable file into the PDF. Paths belong in `--theme` and the config file.
 * @param value - `meta.theme` as the CV wrote it
 * @param file - the CV, for the warning
 * @returns the name to use, or (for a path or a value that is not a name) a warning and no theme: the
 *   CV then renders with the theme the config or command line gives (else the default)
 */
export function checkCvTheme(value: unknown, file?: string): { theme?: string; warning?: CvWarning } {
  const text = typeof value === 'string' ? value.trim() : '';
  if (THEME_NAME.test(text) && !text.includes('..')) return { theme: text };
  const shown = JSON.stringify(typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 77)}...` : value) : value);
  const what = typeof value !== 'string' || text === '' ? 'is not a theme name' : 'is a path, not a theme name';
  return {
    warning: createWarning(
      'theme-ignored',
      `The CV's theme ${shown} ${what}, so it is ignored: a CV may only name an installed theme (see \`cvpress themes\`); give a theme folder with --theme or in cvpress.config.json.`,
      undefined,
      file,
    ),
  };
}
