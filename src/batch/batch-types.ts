// Types of batch rendering: options, per-CV results, the summary.
import type { Browser } from 'puppeteer-core';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import type { SourceKind } from '../model/parse-result.js';
import type { Resume } from '../model/types.js';
import type { CheckMiss, ExtractionProblem } from '../check/check-types.js';
import type { CvWarning } from '../model/warning.js';
import type { CvThreads } from './create-cv-threads.js';

/** `--shard i/n`: this run renders the i-th (1-based) of n deterministic parts of the input list. */
export interface Shard {
  index: number;
  count: number;
}

/** Options of `renderBatch`. */
export interface BatchOptions {
  /** Output folder (default `output`). */
  out?: string;
  flags?: Partial<RenderOptions>;
  config?: CvpressConfig;
  configDir?: string;
  configFile?: string;
  /** Pages printing at once (default: CPU count). */
  concurrency?: number;
  /** Re-render even when the cache says the CV is unchanged. */
  force?: boolean;
  /** Skip the incremental cache completely (neither read nor written). */
  noCache?: boolean;
  shard?: Shard;
  /** Stop starting new CVs after the first failure. */
  failFast?: boolean;
  /** Open a fresh page after this many CVs on one page (default 50). */
  recyclePagesEvery?: number;
  /** Relaunch the browser after this many CVs (default 500). */
  recycleBrowserEvery?: number;
  /** A browser already launching (e.g. started while modules load); the batch uses it first and closes it. */
  browser?: Promise<Browser>;
  /** CV threads already starting (`createCvThreads`, e.g. started while modules load, with the batch's memory
   * limit and at most one more thread than `concurrency`); the batch uses them instead of its own and closes them. */
  threads?: CvThreads;
  /** Chromium to launch (default: found by `findBrowser`). */
  executablePath?: string;
  /** Called when a CV starts rendering (for progress displays). */
  onStart?: (input: string) => void;
  /** When aborted (SIGINT, SIGTERM), the CVs in flight stop (`E_INTERRUPTED`), no new one starts, and the run ends normally. */
  signal?: AbortSignal;
  /** Folder JSON Resume theme packages are found from (its node_modules and those above; default process.cwd()). */
  cwd?: string;
  /** Also write each CV's self-contained web page, `<out>/<name>.html` (`render --html`). */
  html?: boolean;
  /** Also check each PDF as an applicant-tracking system reads it (`render --check`). */
  check?: boolean;
}

/** The option layers of a batch's caller, as every CV's options are resolved from them (with the CV's own). */
export type BatchLayers = Pick<BatchOptions, 'flags' | 'config' | 'configDir' | 'configFile'>;

/** The web page written beside a PDF (`--html`). */
export interface BatchHtml {
  /** Absolute path of `<out>/<name>.html`. */
  output: string;
  /** Its size in bytes. */
  bytes: number;
}

/** The ATS check of a PDF (`--check`): score 0–100, the fields a machine could not recover, what breaks extraction. */
export interface BatchCheck {
  score: number;
  checked: number;
  recovered: number;
  misses: CheckMiss[];
  problems: ExtractionProblem[];
}

/** A typed error, JSON-safe, as carried by a failed result. */
export interface BatchError {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  hint?: string;
}

/** The outcome of one CV. */
export interface BatchResult {
  /** Absolute path of the CV. */
  input: string;
  /** Absolute path of the PDF (written, or kept when skipped). */
  output: string;
  status: 'rendered' | 'skipped' | 'failed';
  /** The theme name, when known. */
  theme?: string;
  pages: number;
  /** Wall time of this CV in milliseconds. */
  ms: number;
  warnings: CvWarning[];
  error?: BatchError;
  /** How many times the print was retried after a browser crash or hang (0 or 1). */
  retries: number;
  /** The web page, with `html`. */
  html?: BatchHtml;
  /** The ATS check, with `check`. */
  check?: BatchCheck;
}

/** Totals of one batch run. */
export interface BatchSummary {
  /** CVs in this run (after sharding). */
  total: number;
  rendered: number;
  skipped: number;
  failed: number;
  /** CVs never started (after `--fail-fast` or an abort). */
  notRun: number;
  pages: number;
  wallMs: number;
  /** Rendered + skipped CVs per second of wall time. */
  cvsPerSecond: number;
  /** Times the browser was relaunched after a crash or hang. */
  browserRestarts: number;
  /** Problems of the run itself, besides its CVs' (the incremental cache could not be written: `E_CACHE`). */
  errors: BatchError[];
}

/** One CV of a batch: where it is read from and written to. */
export interface BatchJob {
  input: string;
  output: string;
  /** The input path relative to the inputs' common folder, with `/` separators (sort and shard key). */
  rel: string;
}

/** How a CV's theme is found again (by name or path, the theme folders, the folder paths are relative to). */
export interface ThemeSpec {
  theme: string;
  themeDirs: string[];
  cwd: string;
}

/**
 * A CV read, parsed and matched with its options and theme in a CV thread (see `createCvThreads`), as the
 * main thread keeps it: data only (the compiled theme stays in the thread).
 */
export interface PreparedCv {
  /** Absolute path of the CV. */
  file: string;
  kind: SourceKind;
  /** SHA-256 of the CV's text (for the cache key). */
  textHash: string;
  /** The CV's text: a character no font draws is reported with its line, at every density. */
  text: string;
  resume: Resume;
  options: RenderOptions;
  theme: { name: string; dir: string; spec: ThemeSpec };
  /** The effective language: options.lang, else the language detected in the CV, else `en`. */
  lang: string;
  /** The date stamped into the PDF: SOURCE_DATE_EPOCH, else the file's mtime. */
  date: Date;
  warnings: CvWarning[];
  /** The whole document, when the theme makes it itself (a JSON Resume theme package): printed as is, at every density. */
  html?: { html: string; warnings: CvWarning[] };
}
