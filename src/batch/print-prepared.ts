// Prints a prepared CV: theme HTML → Chromium PDF (fit-to-pages over the theme's density) → page limit, within the CV's deadline.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { Deadline } from '../model/create-deadline.js';
import { CvpressError, LimitError } from '../model/errors.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { printPdf } from '../print/print-pdf.js';
import type { PrintOptions, PrintResult } from '../print/print-types.js';
import type { PreparedCv } from './batch-types.js';

/** A printed CV, before stamping. */
export interface PrintedResume {
  pdf: Uint8Array;
  pages: number;
  warnings: CvWarning[];
  /** The density the CV was printed at (0 = the theme's normal size, 1 = its fit floor). */
  density: number;
  /** Files served to the page from the CV's folder: real path → SHA-256 of the bytes used (for the cache). */
  assets: Record<string, string>;
}

/** A document of the CV at one density. */
type Document = { html: string; warnings: CvWarning[] };

/** One print of the CV: Chromium's result, the document's own warnings and the density it was printed at. */
type DensityPrint = PrintResult & { htmlWarnings: CvWarning[]; density: number };

/** What printing the CV at any density needs, and the CV-folder files its prints used so far. */
interface PrintJob {
  prep: PreparedCv;
  target: { browser: Browser; page?: Page };
  render: (density: number) => Promise<Document>;
  opts: { deadline: Deadline; first?: Document; signal?: AbortSignal };
  assets: Record<string, string>;
}

/** Bisection steps between the normal size and the floor when a CV overflows `maxPages` but fits at the floor. */
const FIT_BISECTIONS = 2;

/** Largest document printed, in bytes of HTML, per byte of the input limit (a CV's markup is a few times its text). */
const HTML_PER_INPUT_BYTE = 8;

/** Renders (unless rendered already) and prints the CV at one density, within its deadline. */
async function printAt(job: PrintJob, density: number): Promise<DensityPrint> {
  const { prep, opts } = job;
  const { options } = prep;
  // A JSON Resume theme package made the whole document already: it has no density to step.
  const doc = prep.html ?? (density === 0 && opts.first ? opts.first : await job.render(density));
  const maxHtml = HTML_PER_INPUT_BYTE * options.maxInputBytes;
  if (doc.html.length > maxHtml) {
    throw new LimitError('E_LIMIT', `makes a document of ${(doc.html.length / 1048576).toFixed(1)} MB, more than the limit of ${(maxHtml / 1048576).toFixed(1)} MB.`, {
      file: prep.file,
      hint: 'Shorten the CV (YAML aliases and repeated fields multiply its size).',
    });
  }
  if (opts.deadline.expired()) throw opts.deadline.error('printing', prep.file);
  const printOptions: PrintOptions = {
    file: prep.file,
    format: options.format,
    themeDir: prep.theme.dir,
    cvDir: path.dirname(prep.file),
    timeoutMs: opts.deadline.remaining(),
    pageLimit: options.pageLimit,
    memoryLimitMb: options.memoryLimitMb,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(job.target.page ? { page: job.target.page } : {}),
  };
  try {
    const printed = await printPdf(job.target.browser, doc.html, printOptions);
    Object.assign(job.assets, printed.assets ?? {});
    return { ...printed, htmlWarnings: doc.warnings, density };
  } catch (err) {
    // The print's own clock is the rest of the CV's: say so in the CV's terms.
    if (err instanceof CvpressError && err.code === 'E_TIMEOUT') throw opts.deadline.error('printing', prep.file);
    throw err;
  }
}

/** Prints the CV at its normal size and, when it overflows `maxPages`, at the largest density that fits (or the floor). */
async function printToFit(job: PrintJob): Promise<DensityPrint> {
  let result = await printAt(job, 0);
  const max = job.prep.options.maxPages;
  if (max !== undefined && result.pages > max && !job.prep.html) {
    // Try the floor first: when even it overflows, one extra print settles it. Otherwise bisect
    // between normal (overflows) and floor (fits) for the largest size that fits, to within 1/4.
    const floor = await printAt(job, 1);
    result = floor;
    if (floor.pages <= max) {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < FIT_BISECTIONS; i++) {
        const mid = (lo + hi) / 2;
        const tried = await printAt(job, mid);
        if (tried.pages <= max) {
          hi = mid;
          result = tried;
        } else lo = mid;
      }
    }
  }
  return result;
}

/** The printed CV's warnings: the CV's, its document's and the print's, each naming the file, and what the print itself tells. */
function collectWarnings(prep: PreparedCv, result: DensityPrint): CvWarning[] {
  const max = prep.options.maxPages;
  const warnings: CvWarning[] = [...prep.warnings, ...result.htmlWarnings, ...result.warnings].map((w) => (w.file ? w : { ...w, file: prep.file }));
  if (result.emptyBoxes && !warnings.some((w) => w.code === 'missing-glyph')) {
    // The theme stage found a font for every character, yet some text printed with none: a stylesheet rule
    // names only families the page does not link (a generic `monospace`, say), and the machine's are out of reach.
    warnings.push(createWarning('missing-glyph', `Some text printed as empty boxes: its style names no font of the theme "${prep.theme.name}" (only a generic family such as \`monospace\`, or none and the browser's default applies), and cvpress uses no font of the machine. Name the theme's fonts in the rule for that text (docs/themes.md, "Assets and fonts").`, undefined, prep.file));
  }
  if (max !== undefined && result.pages > max) {
    if (prep.html) {
      warnings.push(createWarning('fit-unavailable', `Printed on ${result.pages} pages: --max-pages ${max} cannot shrink a JSON Resume theme (${prep.theme.name}), which has no density settings. Use a cvpress theme to fit the CV.`, undefined, prep.file));
    } else warnings.push(
      createWarning(
        'fit-overflow',
        `Does not fit on ${max} page${max === 1 ? '' : 's'} even at the theme's smallest size: printed on ${result.pages} pages. Shorten the CV or raise --max-pages.`,
        undefined,
        prep.file,
      ),
    );
  }
  return warnings;
}

/**
 * Prints one prepared CV in `target.browser` (on `target.page` when given, for page pools). When
 * `maxPages` is set and the CV overflows, prints at the floor: if that still overflows it keeps the floor
 * and warns with the page count, else it bisects the density for the largest size that fits. Then enforces
 * `pageLimit`. Every print draws on `opts.deadline`; a document far larger than its input could make
 * fails with `E_LIMIT` before it reaches Chromium. The page is free again when this returns.
 * @param render - renders the CV's document at a density (in a CV thread)
 * @param opts - the CV's deadline; `first`, the document at density 0 when rendered already; `signal` stops it
 * @throws LimitError (`E_PAGE_LIMIT`, `E_TIMEOUT`, `E_LIMIT`), BrowserError from printing
 */
export async function printPrepared(
  prep: PreparedCv,
  target: { browser: Browser; page?: Page },
  render: (density: number) => Promise<Document>,
  opts: { deadline: Deadline; first?: Document; signal?: AbortSignal },
): Promise<PrintedResume> {
  const { options } = prep;
  const assets: Record<string, string> = {};
  const result = await printToFit({ prep, target, render, opts, assets });
  const warnings = collectWarnings(prep, result);
  if (result.pages > options.pageLimit) {
    throw new LimitError('E_PAGE_LIMIT', `prints to ${result.pages} pages, more than the limit of ${options.pageLimit}.`, {
      file: prep.file,
      hint: 'Shorten the CV, or raise pageLimit in cvpress.config.json.',
    });
  }
  return { pdf: result.pdf, pages: result.pages, warnings, density: result.density, assets };
}
