// Types shared by the print stage's functions.
import type { Page } from 'puppeteer-core';
import type { PaperFormat } from '../model/options.js';
import type { CvWarning } from '../model/warning.js';

/** The event a browser from `launchBrowser` emits (with the target id) when one of its renderers crashes. */
export const RENDERER_CRASHED = 'cvpress:renderercrashed';

/** Options for printing one HTML document. */
export interface PrintOptions {
  format: PaperFormat;
  /** Absolute path of the theme folder (served under `/theme/`). */
  themeDir: string;
  /** Absolute path of the CV's own folder (served under `/cv/`), or undefined to serve nothing there. */
  cvDir: string | undefined;
  /** Abort printing after this many milliseconds. */
  timeoutMs: number;
  /** A page to print in (for page pools); left open afterwards, except after a timeout. Default: a new page, closed after. */
  page?: Page;
  /** The CV file, named in warnings and errors. */
  file?: string;
  /** Hard bound on pages (`pageLimit`): a document whose estimated length is far beyond it (over twice)
   * fails fast with LimitError `E_PAGE_LIMIT` before the slow print. Without it, the bound is 200 pages. */
  pageLimit?: number;
  /** Memory bound of the print in MB (default 1024): Chromium's processes are stopped past it (`E_LIMIT`), and the
   * CV's images may take a quarter of it decoded. */
  memoryLimitMb?: number;
  /** Stops the print (`E_INTERRUPTED`) when aborted. */
  signal?: AbortSignal;
}

/** A printed PDF, before stamping. */
export interface PrintResult {
  pdf: Uint8Array;
  pages: number;
  /** Blocked requests and similar sandbox findings. */
  warnings: CvWarning[];
  /** The files from the CV's folder the page used (images): real path → SHA-256 of the bytes served. */
  assets?: Record<string, string>;
  /** True when the PDF embeds the last-resort font (`CvpressMissingGlyph`): some text printed as empty boxes. */
  emptyBoxes: boolean;
}
