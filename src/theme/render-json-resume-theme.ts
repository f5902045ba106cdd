// Renders a résumé with a JSON Resume theme package: its render(resume), then the HTML made to print offline in the sandbox.
import { ThemeError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { localizeThemeHtml } from './localize-theme-html.js';
import { prepareThemeResume } from './prepare-theme-resume.js';
import type { Theme } from './theme-types.js';

/** Options for {@link renderJsonResumeTheme}. */
export interface RenderJsonResumeThemeOptions {
  /** BCP 47 language, set on `<html lang>` when the theme sets none. */
  lang: string;
  /** The theme's `render` must settle within this time (default 60 s). */
  timeoutMs?: number;
}

/** Lists up to `n` URLs for a message. */
const listUrls = (urls: string[], n = 8): string =>
  urls.slice(0, n).map((u) => (u.length > 90 ? `${u.slice(0, 87)}...` : u)).join(', ') + (urls.length > n ? ` and ${urls.length - n} more` : '');

/**
 * Renders `resume` with a JSON Resume theme package (`theme.jsonResume`, see `loadJsonResumeTheme`): the
 * package's `render(resume)` (sync or async) gets a copy prepared by `prepareThemeResume`, and its
 * document goes through `localizeThemeHtml`. What the theme asked from the network is listed once, in a
 * `theme-remote` warning; removed scripts in a `theme-script` warning; cvpress's generic sections, which a
 * JSON Resume theme does not know, in a `theme-drops-sections` warning.
 * @throws ThemeError `E_THEME_INVALID` when the theme's render throws, times out or returns no HTML
 */
export async function renderJsonResumeTheme(resume: Resume, theme: Theme, opts: RenderJsonResumeThemeOptions): Promise<{ html: string; warnings: CvWarning[] }> {
  const module = theme.jsonResume;
  if (!module) throw new ThemeError('E_THEME_INVALID', `theme "${theme.name}" is not a JSON Resume theme package.`, { file: theme.dir });
  const { resume: input, warnings } = prepareThemeResume(resume);
  const fail = (what: string, cause?: unknown): ThemeError =>
    new ThemeError('E_THEME_INVALID', `JSON Resume theme ${module.packageName} ${what}`, {
      file: theme.dir,
      hint: 'Try another theme (cvpress themes), or report it to the theme\'s authors with this CV.',
      ...(cause !== undefined ? { cause } : {}),
    });
  let timer: NodeJS.Timeout | undefined;
  let html: unknown;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(fail(`did not finish rendering within ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s.`)), opts.timeoutMs ?? 60_000);
    });
    html = await Promise.race([Promise.resolve().then(() => module.render(input)), timeout]);
  } catch (err) {
    throw err instanceof ThemeError ? err : fail(`failed to render this CV: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, err);
  } finally {
    clearTimeout(timer);
  }
  if (typeof html !== 'string' || !html.trim()) throw fail('returned no HTML.');
  const local = localizeThemeHtml(html, { themeDir: theme.dir, lang: opts.lang });
  const name = module.packageName;
  if (local.remote.length) {
    const fonts = local.aliased.length ? ` Its fonts (${local.aliased.slice(0, 6).join(', ')}) print with cvpress's local ones (Source Sans 3, Source Serif 4).` : '';
    warnings.push(createWarning('theme-remote', `Theme ${name} asks for ${local.remote.length} remote file${local.remote.length === 1 ? '' : 's'}, which cvpress does not fetch (no request leaves the machine): ${listUrls(local.remote)}.${fonts}`));
  }
  if (local.scripts) warnings.push(createWarning('theme-script', `Theme ${name} has ${local.scripts} script${local.scripts === 1 ? '' : 's'}, which cvpress does not run (JavaScript is off in the page); what they would add is missing.`));
  const sections = Array.isArray(resume.sections) ? resume.sections.length : 0;
  if (sections) warnings.push(createWarning('theme-drops-sections', `Theme ${name} does not show ${sections} section${sections === 1 ? '' : 's'} that fit no JSON Resume field (${resume.sections!.map((g) => g.title).slice(0, 4).join(', ')}); a cvpress theme (cvpress themes) shows them.`));
  return { html: local.html, warnings };
}
