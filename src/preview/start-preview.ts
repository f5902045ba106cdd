// Starts a live preview of one CV: a server on 127.0.0.1 that shows its pages and rebuilds them on every save.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { CvpressError, InputError, ConfigError } from '../model/errors.js';
import type { PaperFormat, RenderOptions } from '../model/options.js';
import type { CvWarning } from '../model/warning.js';
import { launchBrowser } from '../print/launch-browser.js';
import { listThemes } from '../theme/list-themes.js';
import { buildPreview } from './build-preview.js';
import { handlePreviewRequest } from './handle-preview-request.js';
import type { PreviewEvents, PreviewHandle, PreviewOptions, PreviewProblem, PreviewState } from './preview-types.js';
import { watchFiles, type FileWatch } from './watch-files.js';

const FORMATS: PaperFormat[] = ['A4', 'Letter'];

/** A problem for the page: file relative to `cwd` when inside it, the message without its `file:line:` prefix. */
function toProblem(p: CvWarning | CvpressError | Error, cwd: string): PreviewProblem {
  const file = 'file' in p && typeof p.file === 'string' ? p.file : undefined;
  const line = 'line' in p && typeof p.line === 'number' ? p.line : undefined;
  const shown = file !== undefined && !path.relative(cwd, file).startsWith('..') ? path.relative(cwd, file) : file;
  let message = p.message;
  if (file !== undefined && message.startsWith(`${file}`)) message = message.slice(file.length).replace(/^(:\d+)*:\s*/, '');
  return { code: 'code' in p && typeof p.code === 'string' ? p.code : 'E_INTERNAL', message, ...(shown !== undefined ? { file: shown } : {}), ...(line !== undefined ? { line } : {}) };
}

/** The browser a preview prints with: launched on first use, relaunched after it died. */
function createPrinter(executablePath: string | undefined) {
  let browser: Promise<Browser> | undefined;
  let page: Page | undefined;
  return {
    async get(): Promise<{ browser: Browser; page: Page }> {
      const b = await (browser ??= launchBrowser(executablePath ? { executablePath } : {}));
      if (!b.connected) {
        browser = undefined;
        page = undefined;
        return this.get();
      }
      if (!page || page.isClosed()) page = await b.newPage();
      return { browser: b, page };
    },
    async close(): Promise<void> {
      await browser?.then((b) => b.close()).catch(() => undefined);
    },
  };
}

/**
 * Starts a live preview of `file`: a server on 127.0.0.1 (`opts.port`, default a free port) whose page shows
 * the CV as its theme lays it out, page by page at paper size (the PDF that `render` would write, drawn as
 * images with its text selectable on top), and rebuilds it within a moment of any save of the CV, the images
 * it shows, the theme folder or the config file. Parse and render errors and warnings show on the page
 * (with file and line) instead of stopping the server; the last good pages stay until the CV is fixed. The
 * page can switch theme and format. With `opts.pdfOut`, every build also writes the PDF there, atomically.
 * The library prints nothing: listen to the handle's events (`change`, `build`, `refused`).
 * @throws InputError `E_MISSING` when the CV does not exist; ConfigError when the port is taken
 */
export async function startPreview(file: string, opts: PreviewOptions = {}): Promise<PreviewHandle> {
  const cwd = opts.cwd ?? process.cwd();
  const cv = path.resolve(cwd, file);
  if (!existsSync(cv)) throw new InputError('E_MISSING', 'does not exist.', { file: cv, hint: 'Check the path of the CV to preview.' });
  const emitter = new EventEmitter<PreviewEvents>();
  const printer = createPrinter(opts.executablePath);
  const overrides: Partial<RenderOptions> = {};
  const images = new Map<number, Buffer[]>();
  const streams = new Set<ServerResponse>();
  const themeDirs = [...(opts.config?.themes ?? [])].map((d) => path.resolve(opts.configDir ?? cwd, d));
  const themes = (await listThemes({ themeDirs })).map((t) => t.name);
  if (opts.flags?.theme && !themes.includes(opts.flags.theme)) themes.push(opts.flags.theme);
  let state: PreviewState = {
    revision: 0, status: 'building', file: path.basename(cv), theme: opts.flags?.theme ?? '', format: opts.flags?.format ?? 'A4',
    themes, formats: FORMATS, pages: [], warnings: [], error: null, check: null, ms: 0, notices: [], pdf: null,
  };
  const publish = (next: PreviewState) => {
    state = next;
    const frame = `event: state\ndata: ${JSON.stringify(state)}\n\n`;
    for (const s of streams) s.write(frame);
  };

  let watcher: FileWatch | undefined;
  const alwaysWatched = [cv, ...(opts.configFile ? [path.resolve(cwd, opts.configFile)] : [])];
  let running: Promise<PreviewState> | undefined;
  let again = false;

  const buildOnce = async (): Promise<PreviewState> => {
    publish({ ...state, status: 'building' });
    const t0 = performance.now();
    try {
      const { browser, page } = await printer.get();
      const flags = { ...opts.flags, ...overrides };
      const built = await buildPreview(cv, {
        browser, page, pdfOut: opts.pdfOut, dpi: opts.dpi ?? 144,
        prepare: { flags, ...(opts.config ? { config: opts.config } : {}), ...(opts.configDir ? { configDir: opts.configDir } : {}), ...(opts.configFile ? { configFile: opts.configFile } : {}), themeCache: new Map(), cwd },
      });
      const revision = state.revision + 1;
      if (built.images) images.set(revision, built.images);
      for (const r of images.keys()) if (r < revision - 1) images.delete(r);
      watcher?.update({ files: [...alwaysWatched, ...built.watch.files], trees: built.watch.trees });
      return {
        ...state, revision, status: 'ready', theme: flags.theme && !themes.includes(built.theme) ? flags.theme : built.theme, format: built.format,
        pages: built.pages.map((p, i) => ({ ...p, image: built.images ? `/pages/${revision}/${i + 1}.jpg` : null })),
        warnings: built.warnings.map((w) => toProblem(w, cwd)), error: null,
        check: { score: built.check.score, misses: built.check.misses, problems: built.check.problems },
        ms: Math.round(performance.now() - t0), notices: built.notice ? [built.notice] : [], pdf: built.pdf ?? null,
      };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      return { ...state, status: 'error', error: toProblem(e, cwd), ms: Math.round(performance.now() - t0) };
    }
  };
  /** Builds now, or once more after the build running now (saves during a build are never lost). */
  const rebuild = (): Promise<PreviewState> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: PreviewState;
      do {
        again = false;
        result = await buildOnce();
        publish(result);
        emitter.emit('build', result);
      } while (again);
      running = undefined;
      return result;
    })();
    return running;
  };

  const token = randomBytes(18).toString('base64url');
  const server = createServer((req, res) =>
    handlePreviewRequest(req, res, {
      port: () => port, token, fileName: path.basename(cv), streams,
      state: () => state,
      image: (rev, n) => images.get(rev)?.[n - 1],
      settings: async (body) => {
        if (body.theme !== undefined && (typeof body.theme !== 'string' || !themes.includes(body.theme))) throw new Error(`unknown theme; choose one of ${themes.join(', ')}`);
        if (body.format !== undefined && !FORMATS.includes(body.format as PaperFormat)) throw new Error('format must be A4 or Letter');
        if (typeof body.theme === 'string') overrides.theme = body.theme;
        if (typeof body.format === 'string') overrides.format = body.format as PaperFormat;
        void rebuild();
      },
      refused: (info) => emitter.emit('refused', info),
    }),
  );
  let port = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new ConfigError('E_PORT', `cannot listen on 127.0.0.1:${opts.port ?? 0} (${err.code ?? err.message}).`, { hint: 'Choose another --port, or leave it out for a free one.' })),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  watcher = watchFiles({ files: alwaysWatched, trees: [] }, (files) => {
    emitter.emit('change', files);
    void rebuild();
  }, opts.debounceMs ?? 30);
  await rebuild();

  const handle = Object.assign(emitter, {
    url: `http://127.0.0.1:${port}/`,
    port,
    rebuild,
    async close(): Promise<void> {
      watcher?.close();
      for (const s of streams) s.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await running?.catch(() => undefined);
      await printer.close();
    },
  });
  Object.defineProperty(handle, 'state', { get: () => state, enumerable: true });
  return handle as unknown as PreviewHandle;
}
