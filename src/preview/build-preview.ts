// One preview build: the CV printed as render prints it, each page drawn as an image with its text, the ATS check, and the PDF written when asked.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { prepareResume, type PrepareOptions } from '../batch/prepare-resume.js';
import { printPrepared } from '../batch/print-prepared.js';
import { readVersion } from '../batch/read-version.js';
import { toPreparedCv } from '../batch/to-prepared-cv.js';
import { writeAtomic } from '../batch/write-atomic.js';
import { checkPdf } from '../check/check-pdf.js';
import { extractPdfText } from '../check/extract-pdf-text.js';
import type { CheckResult } from '../check/check-types.js';
import { createDeadline } from '../model/create-deadline.js';
import { CvpressError } from '../model/errors.js';
import type { CvWarning } from '../model/warning.js';
import type { PaperFormat } from '../model/options.js';
import { stampMetadata } from '../stamp/stamp-metadata.js';
import { findPackageRoot } from '../theme/find-package-root.js';
import { renderHtml } from '../theme/render-html.js';
import type { PreviewPage } from './preview-types.js';
import { rasterizePdf } from './rasterize-pdf.js';
import type { WatchTargets } from './watch-files.js';

/** A finished build. */
export interface PreviewBuild {
  theme: string;
  format: PaperFormat;
  /** Pages without image URLs (the caller knows where it serves `images`). */
  pages: Array<Omit<PreviewPage, 'image'>>;
  /** One JPEG per page, or undefined when pages cannot be drawn (the reason is in `notice`). */
  images: Buffer[] | undefined;
  notice: string | undefined;
  warnings: CvWarning[];
  check: CheckResult;
  /** The PDF written (with `pdfOut`). */
  pdf: string | undefined;
  /** The files this build read: the CV, the images it shows, the theme. */
  watch: WatchTargets;
}

/** Where a build prints and what it writes. */
export interface PreviewBuildContext {
  browser: Browser;
  page: Page | undefined;
  prepare: PrepareOptions;
  pdfOut: string | undefined;
  dpi: number;
}

/** The images beside the CV that a document shows (`/cv/…` URLs), as files to watch. */
function imagesOf(html: string, cvDir: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)\s*=\s*"(?:https:\/\/cvpress\.invalid)?\/cv\/([^"#?]+)"/gi)) {
    try {
      const segs = m[1]!.split('/').map(decodeURIComponent);
      if (segs.every((s) => s !== '' && s !== '.' && s !== '..')) out.add(path.join(cvDir, ...segs));
    } catch {
      // An undecodable URL names no file.
    }
  }
  return [...out];
}

/**
 * Builds the preview of one CV: reads, parses and prints it exactly as `render` does (same theme, options,
 * fit-to-pages and print sandbox), then, at once, draws each page as an image (`rasterizePdf`), reads its
 * text back as an ATS does (the page's selectable text layer, and the check), and writes the stamped PDF
 * atomically when `ctx.pdfOut` is set.
 * @throws CvpressError when the CV cannot be read, parsed, themed or printed (the preview shows it)
 */
export async function buildPreview(file: string, ctx: PreviewBuildContext): Promise<PreviewBuild> {
  const prep = await prepareResume(file, ctx.prepare);
  const render = async (density: number) => prep.html ?? renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, density });
  const first = await render(0);
  // The user's own CV, in this process: the time limit bounds its prints (as in render).
  const deadline = createDeadline(prep.options.timeoutMs);
  const printed = await printPrepared(toPreparedCv(prep, ctx.prepare.cwd ?? process.cwd()), { browser: ctx.browser, ...(ctx.page ? { page: ctx.page } : {}) }, render, { deadline, first });
  const drawing = rasterizePdf(printed.pdf, ctx.dpi).then(
    (images) => ({ images, notice: undefined }),
    (err: unknown) => {
      if (err instanceof CvpressError && err.code === 'E_NO_PDFTOPPM') return { images: undefined, notice: `${err.message} Pages are shown as text only.` };
      throw err;
    },
  );
  const stamp = { themeName: prep.theme.name, lang: prep.lang, version: readVersion(), date: prep.date };
  const writing = ctx.pdfOut ? stampMetadata(printed.pdf, prep.resume, stamp).then((pdf) => writeAtomic(ctx.pdfOut!, pdf)) : Promise.resolve();
  const extracted = await extractPdfText(printed.pdf, { file });
  const check = await checkPdf(printed.pdf, { file, source: prep.resume, extracted });
  const [{ images, notice }] = await Promise.all([drawing, writing]);
  const pages = extracted.pages.map((p) => ({
    width: p.width,
    height: p.height,
    text: p.items.map((i): [string, number, number, number, number] => [i.str, round(i.x), round(i.y), round(i.width), round(i.size)]),
  }));
  const base = path.join(findPackageRoot(), 'themes', '_base');
  return {
    theme: prep.theme.name,
    format: prep.options.format,
    pages,
    images,
    notice,
    warnings: printed.warnings,
    check,
    pdf: ctx.pdfOut,
    watch: { files: [prep.file, ...imagesOf(first.html, path.dirname(prep.file))], trees: [prep.theme.dir, base] },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
