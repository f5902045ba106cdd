// The build loop of a preview: one build at a time, saves during a build never lost, the state and page images it keeps.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { CvpressError } from '../model/errors.js';
import type { PaperFormat, RenderOptions } from '../model/options.js';
import type { CvWarning } from '../model/warning.js';
import { launchBrowser } from '../print/launch-browser.js';
import { buildPreview } from './build-preview.js';
import type { PreviewOptions, PreviewProblem, PreviewState } from './preview-types.js';
import type { WatchTargets } from './watch-files.js';

/** The paper sizes the page offers (those `--format` takes). */
export const PREVIEW_FORMATS: PaperFormat[] = ['A4', 'Letter'];

/** A problem for the page: file relative to `cwd` when inside it, the message without its `file:line:` prefix. */
function toProblem(p: CvWarning | CvpressError | Error, cwd: string): PreviewProblem {
  const file = 'file' in p && typeof p.file === 'string' ? p.file : undefined;
  const line = 'line' in p && typeof p.line === 'number' ? p.line : undefined;
  const shown = file !== undefined && !path.relative(cwd, file).startsWith('..') ? path.relative(cwd, file) : file;
  let message = p.message;
  if (file !== undefined && message.startsWith(file)) message = message.slice(file.length).replace(/^(:\d+)*:\s*/, '');
  return { code: 'code' in p && typeof p.code === 'string' ? p.code : 'E_INTERNAL', message, ...(shown !== undefined ? { file: shown } : {}), ...(line !== undefined ? { line } : {}) };
}

/** The browser a preview prints with: launched on first use, relaunched after it died; one page, reused. */
function createPrinter(executablePath: string | undefined) {
  let browser: Promise<Browser> | undefined;
  let page: Page | undefined;
  const get = async (): Promise<{ browser: Browser; page: Page }> => {
    const b = await (browser ??= launchBrowser(executablePath ? { executablePath } : {}));
    if (!b.connected) {
      browser = undefined;
      page = undefined;
      return get();
    }
    if (!page || page.isClosed()) page = await b.newPage();
    return { browser: b, page };
  };
  return { get, close: async () => void (await browser?.then((b) => b.close()).catch(() => undefined)) };
}

/** What the build loop reports. */
export interface BuildHooks {
  /** Every state change (building, built, failed), for the page's event stream. */
  publish(state: PreviewState): void;
  /** A build finished. */
  built(state: PreviewState): void;
  /** The files the last build read, to watch. */
  watch(targets: WatchTargets): void;
}

/**
 * Creates the build loop of a preview of `cv`: `rebuild()` builds now, or once more right after the build
 * running now; theme and format chosen on the page (`choose`) override the flags; the images of the last
 * two builds are kept for the page to fetch. A failed build keeps the last good pages and sets `error`.
 * @param themes - the theme choices the page offers
 */
export function createPreviewBuilds(cv: string, opts: PreviewOptions & { cwd: string }, themes: string[], hooks: BuildHooks) {
  const printer = createPrinter(opts.executablePath);
  const overrides: Partial<RenderOptions> = {};
  const images = new Map<number, Buffer[]>();
  let state: PreviewState = {
    revision: 0, status: 'building', file: path.basename(cv), theme: opts.flags?.theme ?? '', format: opts.flags?.format ?? 'A4',
    themes, formats: PREVIEW_FORMATS, pages: [], warnings: [], error: null, check: null, ms: 0, notices: [], pdf: null,
  };
  const publish = (next: PreviewState) => hooks.publish((state = next));
  const buildOnce = async (): Promise<PreviewState> => {
    publish({ ...state, status: 'building' });
    const t0 = performance.now();
    try {
      const { browser, page } = await printer.get();
      const flags = { ...opts.flags, ...overrides };
      const { config, configDir, configFile, cwd } = opts;
      const built = await buildPreview(cv, {
        browser, page, pdfOut: opts.pdfOut, dpi: opts.dpi ?? 144,
        prepare: { flags, ...(config ? { config } : {}), ...(configDir ? { configDir } : {}), ...(configFile ? { configFile } : {}), cwd },
      });
      const revision = state.revision + 1;
      if (built.images) images.set(revision, built.images);
      for (const r of images.keys()) if (r < revision - 1) images.delete(r);
      hooks.watch(built.watch);
      return {
        ...state, revision, status: 'ready', theme: flags.theme && !themes.includes(built.theme) ? flags.theme : built.theme, format: built.format,
        pages: built.pages.map((p, i) => ({ ...p, image: built.images ? `/pages/${revision}/${i + 1}.jpg` : null })),
        warnings: built.warnings.map((w) => toProblem(w, opts.cwd)), error: null,
        check: { score: built.check.score, misses: built.check.misses, problems: built.check.problems },
        ms: Math.round(performance.now() - t0), notices: built.notice ? [built.notice] : [], pdf: built.pdf ?? null,
      };
    } catch (err) {
      return { ...state, status: 'error', error: toProblem(err instanceof Error ? err : new Error(String(err)), opts.cwd), ms: Math.round(performance.now() - t0) };
    }
  };
  let running: Promise<PreviewState> | undefined;
  let again = false;
  const rebuild = (): Promise<PreviewState> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: PreviewState;
      do {
        again = false;
        publish((result = await buildOnce()));
        hooks.built(result);
      } while (again);
      running = undefined;
      return result;
    })();
    return running;
  };
  return {
    state: () => state,
    rebuild,
    image: (revision: number, n: number) => images.get(revision)?.[n - 1],
    /** Applies the page's choice of theme and/or format and rebuilds; throws for a value the flags would refuse. */
    choose(body: Record<string, unknown>): void {
      if (body.theme !== undefined && (typeof body.theme !== 'string' || !themes.includes(body.theme))) throw new Error(`unknown theme; choose one of ${themes.join(', ')}`);
      if (body.format !== undefined && !PREVIEW_FORMATS.includes(body.format as PaperFormat)) throw new Error('format must be A4 or Letter');
      if (typeof body.theme === 'string') overrides.theme = body.theme;
      if (typeof body.format === 'string') overrides.format = body.format as PaperFormat;
      void rebuild();
    },
    async close(): Promise<void> {
      await running?.catch(() => undefined);
      await printer.close();
    },
  };
}
