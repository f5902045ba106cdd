// Renders one CV file to a stamped PDF in memory: read → parse → options → theme → HTML → print → stamp.
import type { Browser, Page } from 'puppeteer-core';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import type { Resume } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import { launchBrowser } from '../print/launch-browser.js';
import { renderHtml } from '../theme/render-html.js';
import type { Theme } from '../theme/theme-types.js';
import { prepareResume } from './prepare-resume.js';
import { printPrepared } from './print-prepared.js';
import { stampPrepared } from './stamp-prepared.js';

/** The outcome of {@link renderResume}. */
export interface RenderResult {
  pdf: Uint8Array;
  pages: number;
  warnings: CvWarning[];
  resume: Resume;
  options: RenderOptions;
  /** The name of the theme used. */
  theme: string;
}

/** Options of {@link renderResume}. */
export interface RenderResumeOptions {
  /** Command-line style overrides (highest precedence). */
  flags?: Partial<RenderOptions>;
  /** A loaded config (see `loadConfig`); rules match against the file relative to `configDir`. */
  config?: CvpressConfig;
  configDir?: string;
  configFile?: string;
  /** A running browser to print with; without one, a browser is launched and closed for this CV. */
  browser?: Browser;
  /** A page of `browser` to print on (page pools). */
  page?: Page;
  /** Loaded themes shared between calls. */
  themeCache?: Map<string, Promise<Theme>>;
  /** Chromium to launch when no browser is given. */
  executablePath?: string;
  /** Folder JSON Resume theme packages are found from (its node_modules and those above; default process.cwd()). */
  cwd?: string;
}

/**
 * Renders one CV file (Markdown, JSON Resume .json/.yaml) to a stamped, print-ready PDF held in memory.
 * Launches and closes its own browser when none is given.
 * @throws CvpressError subclasses (InputError, MalformedError, SchemaError, ConfigError, ThemeError, BrowserError, LimitError)
 */
export async function renderResume(file: string, opts: RenderResumeOptions = {}): Promise<RenderResult> {
  // Chromium starts while the CV is read and parsed (it is the slow part of a cold run).
  const launching = opts.browser ? undefined : launchBrowser(opts.executablePath ? { executablePath: opts.executablePath } : {});
  launching?.catch(() => undefined);
  let prep;
  try {
    prep = await prepareResume(file, {
      ...(opts.flags ? { flags: opts.flags } : {}),
      ...(opts.config ? { config: opts.config } : {}),
      ...(opts.configDir ? { configDir: opts.configDir } : {}),
      ...(opts.configFile ? { configFile: opts.configFile } : {}),
      ...(opts.themeCache ? { themeCache: opts.themeCache } : {}),
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
    });
  } catch (err) {
    await launching?.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  let first;
  try {
    // Rendered while Chromium may still be starting.
    first = prep.html ?? renderHtml(prep.resume, prep.theme, { lang: prep.lang, format: prep.options.format, source: prep.text, ...(prep.options.dir ? { dir: prep.options.dir } : {}) });
  } catch (err) {
    await launching?.then((b) => b.close()).catch(() => undefined);
    throw err;
  }
  const browser = opts.browser ?? (await launching!);
  try {
    const printed = await printPrepared(prep, { browser, ...(opts.page ? { page: opts.page } : {}) }, first);
    const pdf = await stampPrepared(prep, printed.pdf);
    return { pdf, pages: printed.pages, warnings: printed.warnings, resume: prep.resume, options: prep.options, theme: prep.theme.name };
  } finally {
    if (!opts.browser) await browser.close().catch(() => undefined);
  }
}
