// Renders a résumé with a loaded theme to a complete, self-contained HTML document.
import type { Resume } from '../model/types.js';
import type { PaperFormat } from '../model/options.js';
import type { CvWarning } from '../model/warning.js';
import { ThemeError } from '../model/errors.js';
import type { Theme } from './theme-types.js';
import { buildView } from './build-view.js';
import { keepLangRules } from './keep-lang-rules.js';
import { selectFonts } from './select-fonts.js';
import { describeMissingGlyphs } from './describe-missing-glyphs.js';
import { findFontFaces } from './find-font-faces.js';
import { FONTS_PREFIX } from '../model/asset-urls.js';

/** Options for {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** BCP 47 language: `<html lang>`, date formats, headings, hyphenation. */
  lang: string;
  format: PaperFormat;
  /** 0 = the theme's normal size … 1 = its fit floor (manifest `fit`). */
  density?: number;
  /** Decoded bytes an inline (`data:`) photo may take; past it, `E_LIMIT` (default 256 MB). */
  maxImageBytes?: number;
  /** Text direction (`dir` of the CV or the config); default: the language's. */
  dir?: 'ltr' | 'rtl';
  /** The CV's source text: a character no font draws is reported with its line in it. */
  source?: string;
}

/** A CSS family name as a string literal. */
const cssFamily = (name: string): string => `'${name.replace(/[\\'\n]/g, '')}'`;

/** Results of {@link stylesFor}, per stylesheet text and language (themes are few; a batch renders each often). */
const stylesCache = new Map<string, Map<string, string>>();

/** The theme's CSS without the rules for other languages (`:lang(zh) … { content: "：" }` in an English CV). */
function stylesFor(css: string, lang: string): string {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  let byLang = stylesCache.get(css);
  if (!byLang) {
    if (stylesCache.size >= 32) stylesCache.clear();
    stylesCache.set(css, (byLang = new Map()));
  }
  let out = byLang.get(primary);
  if (out === undefined) {
    out = keepLangRules(css, primary);
    if (byLang.size < 64) byLang.set(primary, out);
  }
  return out;
}

/**
 * Renders `resume` with `theme` into a complete HTML document (UTF-8, `<html lang dir>`)
 * that references assets only under the virtual origin: `/theme/…`, `/fonts/…`, `/cv/…`.
 * Every CV string is escaped; Markdown fields are sanitized before insertion. Links the script fonts the
 * text needs (see `selectFonts`) and warns (`missing-glyph`) about characters no font of the theme draws (once for
 * the whole theme when it declares no font at all).
 * @throws ThemeError E_THEME_INVALID when the theme's template fails at render time; LimitError E_LIMIT for an
 *   inline photo over `maxImageBytes` decoded
 */
export function renderHtml(resume: Resume, theme: Theme, opts: RenderHtmlOptions): { html: string; warnings: CvWarning[] } {
  const { view, warnings } = buildView(resume, theme, opts);
  let html: string;
  try {
    html = theme.template(view);
    // Script fonts are linked only when the page shows characters the main fonts lack, in the order the
    // language wants them (its own script first; for Han characters its Japanese, Korean or Chinese forms).
    if (theme.fontCoverage) {
      const fonts = selectFonts(theme.fontCoverage, theme.styleText ? `${html}\n<style>${stylesFor(theme.styleText, view.lang)}</style>` : html, view.lang);
      if (fonts.stylesheets.length > 0) {
        view.fontLinks = [...view.fontLinks, ...fonts.stylesheets.map((h) => `${FONTS_PREFIX}${h}`)];
        view.rootCss += `\n:root { --cv-script-fonts: ${fonts.families.map(cssFamily).join(', ')}; }`;
        html = theme.template(view);
      }
      // A theme with no font at all (none in theme.json, no @font-face in its CSS): one warning, not one per line.
      const declaresFonts = theme.fontCoverage.main.length > 0 || theme.fontCoverage.scripts.length > 0 || !findFontFaces(theme.styleText ?? '').next().done;
      warnings.push(...describeMissingGlyphs(fonts.missing, opts.source, theme.name, { declaresFonts }));
    }
  } catch (err) {
    throw new ThemeError('E_THEME_INVALID', `theme "${theme.name}" failed to render: ${(err as Error).message}`, {
      file: theme.dir,
      hint: 'Fix the layout or partial named in the message.',
      cause: err,
    });
  }
  return { html, warnings };
}
