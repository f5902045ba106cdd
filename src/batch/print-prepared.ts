// Prints a prepared CV: theme HTML → Chromium PDF (fit-to-pages over the theme's density) → page limit.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { LimitError } from '../model/errors.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { printPdf } from '../print/print-pdf.js';
import type { PrintOptions } from '../print/print-types.js';
import { renderHtml } from '../theme/render-html.js';
import type { PreparedResume } from './prepare-resume.js';

/** A printed CV, before stamping (see `stampPrepared`). */
export interface PrintedResume {
  pdf: Uint8Array;
  pages: number;
  warnings: CvWarning[];
  /** The density the CV was printed at (0 = the theme's normal size, 1 = its fit floor). */
  density: number;
}

/** Bisection steps between the normal size and the floor when a CV overflows `maxPages` but fits at the floor. */
const FIT_BISECTIONS = 2;

/**
 * Prints one prepared CV in `target.browser` (on `target.page` when given, for page pools). When
 * `maxPages` is set and the CV overflows, prints at the floor: if that still overflows it keeps the floor
 * and warns with the page count, else it bisects the density for the largest size that fits. Then enforces `pageLimit`.
 * The page is free again when this returns: stamping (`stampPrepared`) needs no browser.
 * @param first - the document at the theme's normal size when the caller has rendered it already (while
 *   waiting for a page): `renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, source: prep.text, dir: prep.options.dir })`
 * @throws LimitError (`E_PAGE_LIMIT`), BrowserError from printing
 */
export async function printPrepared(
  prep: PreparedResume,
  target: { browser: Browser; page?: Page },
  first?: { html: string; warnings: CvWarning[] },
): Promise<PrintedResume> {
  const { options, theme, resume, lang } = prep;
  const printOptions: PrintOptions = {
    file: prep.file,
    format: options.format,
    themeDir: theme.dir,
    cvDir: path.dirname(prep.file),
    timeoutMs: options.timeoutMs,
    ...(target.page ? { page: target.page } : {}),
  };
  const printAt = async (density: number) => {
    // A JSON Resume theme package made the whole document already: it has no density to step.
    const html = prep.html ?? (density === 0 && first ? first : renderHtml(resume, theme, { lang, format: options.format, density, source: prep.text, ...(options.dir ? { dir: options.dir } : {}) }));
    const printed = await printPdf(target.browser, html.html, printOptions);
    return { ...printed, htmlWarnings: html.warnings, density };
  };

  let result = await printAt(0);
  const max = options.maxPages;
  if (max !== undefined && result.pages > max && !prep.html) {
    // Try the floor first: when even it overflows, one extra print settles it. Otherwise bisect
    // between normal (overflows) and floor (fits) for the largest size that fits, to within 1/4.
    const floor = await printAt(1);
    result = floor;
    if (floor.pages <= max) {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < FIT_BISECTIONS; i++) {
        const mid = (lo + hi) / 2;
        const tried = await printAt(mid);
        if (tried.pages <= max) {
          hi = mid;
          result = tried;
        } else lo = mid;
      }
    }
  }
  const warnings: CvWarning[] = [...prep.warnings, ...result.htmlWarnings, ...result.warnings].map((w) => (w.file ? w : { ...w, file: prep.file }));
  if (result.emptyBoxes && !warnings.some((w) => w.code === 'missing-glyph')) {
    // The theme stage found a font for every character, yet some text printed with none: a stylesheet rule
    // names only families the page does not link (a generic `monospace`, say), and the machine's are out of reach.
    warnings.push(createWarning('missing-glyph', `Some text printed as empty boxes: its style names no font of the theme "${theme.name}" (only a generic family such as \`monospace\`, or none and the browser's default applies), and cvpress uses no font of the machine. Name the theme's fonts in the rule for that text (docs/themes.md, "Assets and fonts").`, undefined, prep.file));
  }
  if (max !== undefined && result.pages > max) {
    if (prep.html) {
      warnings.push(createWarning('fit-unavailable', `Printed on ${result.pages} pages: --max-pages ${max} cannot shrink a JSON Resume theme (${theme.name}), which has no density settings. Use a cvpress theme to fit the CV.`, undefined, prep.file));
    } else warnings.push(
      createWarning(
        'fit-overflow',
        `Does not fit on ${max} page${max === 1 ? '' : 's'} even at the theme's smallest size: printed on ${result.pages} pages. Shorten the CV or raise --max-pages.`,
        undefined,
        prep.file,
      ),
    );
  }
  if (result.pages > options.pageLimit) {
    throw new LimitError('E_PAGE_LIMIT', `prints to ${result.pages} pages, more than the limit of ${options.pageLimit}.`, {
      file: prep.file,
      hint: 'Shorten the CV, or raise pageLimit in cvpress.config.json.',
    });
  }
  return { pdf: result.pdf, pages: result.pages, warnings, density: result.density };
}
