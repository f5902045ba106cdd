// Renders one CV file to a stamped PDF in memory: read → parse → options → theme → HTML → print → stamp, within one time limit.
import type { Browser, Page } from 'puppeteer-core';
import { createDeadline } from '../model/create-deadline.js';
import type { CvpressConfig, RenderOptions } from '../model/options.js';
import { resolveOptions } from '../model/resolve-options.js';
import type { Resume } from '../model/types.js';
import type { CvWarning } from '../model/warning.js';
import { launchBrowser } from '../print/launch-browser.js';
import type { Theme } from '../theme/theme-types.js';
import { createCvThreads } from './create-cv-threads.js';
import { printPrepared } from './print-prepared.js';
import { readVersion } from './read-version.js';

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
  /** Unused since CVs are read and rendered in a thread of their own (kept for compatibility). */
  themeCache?: Map<string, Promise<Theme>>;
  /** Chromium to launch when no browser is given. */
  executablePath?: string;
  /** Stops the render (`E_INTERRUPTED`) when aborted. */
  signal?: AbortSignal;
  /** Folder JSON Resume theme packages are found from (its node_modules and those above; default process.cwd()). */
  cwd?: string;
}

/**
 * Renders one CV file (Markdown, JSON Resume .json/.yaml) to a stamped, print-ready PDF held in memory.
 * The CV's time limit (`timeout`) covers everything from reading to stamping: reading, parsing,
 * rendering and stamping run in a thread that is terminated when the limit passes. Launches and closes
 * its own browser when none is given.
 * @throws CvpressError subclasses (InputError, MalformedError, SchemaError, ConfigError, ThemeError, BrowserError, LimitError)
 */
export async function renderResume(file: string, opts: RenderResumeOptions = {}): Promise<RenderResult> {
  const layers = {
    ...(opts.flags ? { flags: opts.flags } : {}),
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.configDir ? { configDir: opts.configDir } : {}),
    ...(opts.configFile ? { configFile: opts.configFile } : {}),
  };
  const base = resolveOptions(layers);
  const deadline = createDeadline(base.timeoutMs);
  // Chromium starts while the CV is read and parsed (it is the slow part of a cold run).
  const launching = opts.browser ? undefined : launchBrowser({ ...(opts.executablePath ? { executablePath: opts.executablePath } : {}), singleProcess: true });
  launching?.catch(() => undefined);
  const threads = createCvThreads({
    max: 1,
    memoryLimitMb: base.memoryLimitMb,
    warm: [{ theme: base.theme, themeDirs: base.themeDirs, cwd: opts.cwd ?? process.cwd() }],
    warmJsonResume: /\.(json|ya?ml)$/i.test(file),
  });
  const call = { deadline, file, ...(opts.signal ? { signal: opts.signal } : {}) };
  try {
    const { prepared, first } = await threads.prepare(file, { ...layers, cwd: opts.cwd ?? process.cwd() }, call);
    // Chromium launching is not the CV's time.
    const resume = deadline.pause();
    const browser = opts.browser ?? (await launching!.finally(resume));
    resume();
    const target = { browser, ...(opts.page ? { page: opts.page } : {}) };
    const printed = await printPrepared(prepared, target, (density) => threads.render(prepared, density, call), {
      deadline,
      first,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const stamp = { themeName: prepared.theme.name, lang: prepared.lang, version: readVersion(), date: prepared.date };
    const pdf = await threads.stamp(printed.pdf, prepared.resume, stamp, call);
    return { pdf, pages: printed.pages, warnings: printed.warnings, resume: prepared.resume, options: prepared.options, theme: prepared.theme.name };
  } finally {
    await threads.close();
    if (launching) await launching.then((b) => b.close()).catch(() => undefined);
  }
}
