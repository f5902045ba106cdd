// Types of the live preview: its options, the state the page shows, the handle startPreview returns.
import type { EventEmitter } from 'node:events';
import type { CheckMiss, ExtractionProblem } from '../check/check-types.js';
import type { CvpressConfig, PaperFormat, RenderOptions } from '../model/options.js';

/** Options of `startPreview`. */
export interface PreviewOptions {
  /** Port on 127.0.0.1; 0 or undefined picks a free one. */
  port?: number;
  /** Command-line style overrides (theme, format, lang, maxPages…); the page can change theme and format. */
  flags?: Partial<RenderOptions>;
  config?: CvpressConfig;
  configDir?: string;
  /** The config file, watched for changes. */
  configFile?: string;
  /** When set, each successful build also writes the stamped PDF here, atomically. */
  pdfOut?: string;
  /** Chromium to launch (default: found by `findBrowser`). */
  executablePath?: string;
  /** Quiet time after the last file event before rebuilding, in ms (default 30). */
  debounceMs?: number;
  /** Resolution of the page images, in dots per inch (default 144: sharp at 1.5× zoom). */
  dpi?: number;
  /** Folder relative theme paths resolve against (default: process.cwd()). */
  cwd?: string;
}

/** A problem shown on the page: an error that stopped the build, or a warning. */
export interface PreviewProblem {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** One page of the preview. */
export interface PreviewPage {
  /** Size in PDF points. */
  width: number;
  height: number;
  /** URL of the page's image on the preview server, or null when pages cannot be drawn (no pdftoppm). */
  image: string | null;
  /** The page's text as drawn: [text, x, baseline y, width, font size] in points from the top left. */
  text: Array<[string, number, number, number, number]>;
}

/** What the preview page shows; sent to it on every change. */
export interface PreviewState {
  /** Increases with every successful build. */
  revision: number;
  status: 'building' | 'ready' | 'error';
  /** The CV file's name (not its path). */
  file: string;
  theme: string;
  format: PaperFormat;
  /** Themes and formats the page offers (the same choices as `--theme` and `--format`). */
  themes: string[];
  formats: PaperFormat[];
  /** Pages of the last successful build (kept while the CV has an error). */
  pages: PreviewPage[];
  warnings: PreviewProblem[];
  /** The error that stopped the last build, or null. */
  error: PreviewProblem | null;
  /** The ATS check of the last build: score and misses. */
  check: { score: number; misses: CheckMiss[]; problems: ExtractionProblem[] } | null;
  /** Milliseconds the last build took. */
  ms: number;
  /** Notices about the preview itself (no pdftoppm, say). */
  notices: string[];
  /** The PDF written with `pdfOut`, or null. */
  pdf: string | null;
}

/** Events a preview emits (the CLI prints them). */
export interface PreviewEvents {
  /** Files changed; a build follows. */
  change: [files: string[]];
  /** A build finished (successfully or with an error shown on the page). */
  build: [state: PreviewState];
  /** The server refused a request (outside what it serves, a foreign Host header). */
  refused: [info: { method: string; url: string; status: number; why: string }];
}

/** A running preview. */
export interface PreviewHandle extends EventEmitter<PreviewEvents> {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  readonly port: number;
  /** The state the page shows now. */
  readonly state: PreviewState;
  /** Settles with the state of the first build. */
  readonly ready: Promise<PreviewState>;
  /** Rebuilds now (as a save would). */
  rebuild(): Promise<PreviewState>;
  /** Stops watching, closes the server and the browser. */
  close(): Promise<void>;
}
