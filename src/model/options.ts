// Render options and the config-file shape, with their defaults.

/** Paper sizes cvpress prints. */
export type PaperFormat = 'A4' | 'Letter';

/** A config-file rule: CVs whose path matches `match` (a glob, relative to the config file) get these options. */
export interface ConfigRule {
  match: string | string[];
  theme?: string;
  format?: PaperFormat;
  lang?: string;
  /** Text direction, `ltr` or `rtl` (default: the language's). */
  dir?: 'ltr' | 'rtl';
  maxPages?: number;
}

/** The shape of `cvpress.config.{json,js,ts}`. Every field is optional. */
export interface CvpressConfig {
  /** Default theme name or path (relative to the config file). */
  theme?: string;
  format?: PaperFormat;
  lang?: string;
  /** Text direction, `ltr` or `rtl` (default: the language's). */
  dir?: 'ltr' | 'rtl';
  maxPages?: number;
  /** Extra folders that hold theme folders (relative to the config file). */
  themes?: string[];
  rules?: ConfigRule[];
  /** Batch: pages rendered at once. */
  concurrency?: number;
  /** Per-CV time limit, milliseconds. */
  timeout?: number;
  /** Largest input accepted, bytes. */
  maxInputBytes?: number;
  /** Hard bound on pages per CV. */
  pageLimit?: number;
  /** Memory bound of one CV in MB: Chromium's renderer printing it, and the thread parsing it (default 1024). */
  memoryLimitMb?: number;
  /** Default output folder (relative to the config file). */
  out?: string;
  /** Treat every JSON Resume schema warning as an error (like `--strict`). */
  strict?: boolean;
}

/** The effective options for rendering one CV, after every layer is merged. */
export interface RenderOptions {
  /** Theme name (built-in or in `themeDirs`) or a path to a theme folder. */
  theme: string;
  format: PaperFormat;
  /** BCP 47 language of the CV (`en`, `de`, `pt-BR`); undefined = guess from the CV, else `en`. */
  lang: string | undefined;
  /** Text direction; undefined = the language's (`ar`, `fa`, `he`… are right-to-left). */
  dir: 'ltr' | 'rtl' | undefined;
  /** Fit the CV on at most this many pages by stepping the theme's density down; undefined = no fitting. */
  maxPages: number | undefined;
  /** Folders searched for theme folders before the built-in `themes/`. */
  themeDirs: string[];
  /** Hard bound: a CV that prints to more pages fails. */
  pageLimit: number;
  /** Hard bound on input size in bytes. */
  maxInputBytes: number;
  /** Per-CV time limit in milliseconds: reading, parsing, rendering, printing and stamping together. */
  timeoutMs: number;
  /** Per-CV memory bound in MB (Chromium's renderer, the CV's thread); past it the CV fails with `E_LIMIT`. */
  memoryLimitMb: number;
  /** A JSON Resume CV with schema warnings fails (`E_SCHEMA`) instead of rendering (`--strict`). */
  strict: boolean;
}

/** The defaults every other layer overrides. */
export const DEFAULT_OPTIONS: Readonly<RenderOptions> = Object.freeze({
  theme: 'classic',
  format: 'A4',
  lang: undefined,
  dir: undefined,
  maxPages: undefined,
  themeDirs: [],
  pageLimit: 20,
  maxInputBytes: 2 * 1024 * 1024,
  timeoutMs: 60_000,
  memoryLimitMb: 1024,
  strict: false,
});
