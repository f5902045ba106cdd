// Prints one HTML document to PDF in a sandboxed Chromium page: no JavaScript, only allow-listed local files, bounded time and memory.
import type { Browser, CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { DOCUMENT_URL } from '../model/asset-urls.js';
import { BrowserError, CvpressError, LimitError } from '../model/errors.js';
import type { PaperFormat } from '../model/options.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { countPages } from './count-pages.js';
import { handleRequest, type RequestContext } from './handle-request.js';
import { MISSING_GLYPH_FONT } from './isolate-fonts.js';
import { RENDERER_CRASHED, type PrintOptions, type PrintResult } from './print-types.js';
import { watchMemory, type MemoryWatch } from './watch-memory.js';

/** At most this many distinct blocked URLs are reported per document. */
const MAX_BLOCK_WARNINGS = 50;
/** Class the print stage puts on `<html>` when the document has more than one page (themes show a footer then). */
const MULTIPAGE_CLASS = 'cv-multipage';
/** Paper sizes in inches, as puppeteer's `page.pdf({ format })` gives them to Chromium. */
const PAPER_INCHES: Record<PaperFormat, { paperWidth: number; paperHeight: number }> = {
  A4: { paperWidth: 8.2677, paperHeight: 11.6929 },
  Letter: { paperWidth: 8.5, paperHeight: 11 },
};

/** The subset name Chromium gives the last-resort font in a PDF (`/BaseFont /ABCDEF+CvpressMissingGlyph`). */
const MISSING_GLYPH_BASEFONT = `+${MISSING_GLYPH_FONT.replace(/\s+/g, '')}`;

/** True when Chromium drew some text with the last-resort font: characters no font of the page has. Its font
 * dictionaries are written uncompressed, so the name is in the bytes. */
function embedsMissingGlyphFont(pdf: Uint8Array): boolean {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).includes(MISSING_GLYPH_BASEFONT, 0, 'latin1');
}

/** Estimated page count beyond which a document is refused when no `pageLimit` is given. */
const UNBOUNDED_PAGE_GUARD = 200;
/** Paper heights in CSS pixels, less typical margins (2 × 15 mm): used only to guess the page count. */
const USABLE_HEIGHT_PX: Record<string, number> = { A4: 1122.5 - 113.4, Letter: 1056 - 113.4 };
/** The default memory bound of one CV's renderer, MB. */
const DEFAULT_MEMORY_MB = 1024;

/**
 * The guess that a document needs more than one page: its height is over this many usable page heights. The
 * page is measured at its viewport's width (800 px), wider than any paper's printable width (A4 less margins
 * is about 665 px), so a document taller than one page there is taller still in print. Over the 43 corpus CVs,
 * the script fixtures and the seeds in the four built-in themes, 1.25 printed 31 of 139 one- and two-page
 * documents twice; 1.0 prints 7 twice and guesses no one-page document wrong.
 */
const MULTIPAGE_GUESS = 1;

/** Pages already set up for printing (JavaScript off, print media, every request intercepted, crashes reported),
 * with the DevTools session their PDFs are printed over. */
const preparedPages = new WeakMap<Page, CDPSession>();
/** Pages whose request and crash listeners are on. */
const listenedPages = new WeakSet<Page>();
/** Pages whose document came from `DOCUMENT_URL`, printed without error and loaded nothing but font package
 * files and stylesheets: the next document replaces it in place (see {@link loadDocument}). */
const loadedPages = new WeakSet<Page>();
/** The request handler of the document a page is printing now; requests with none are aborted. */
const requestHandlers = new WeakMap<Page, (request: HTTPRequest) => void>();
/** What a page's print does when its renderer crashes. */
const crashHandlers = new WeakMap<Page, (err: Error) => void>();

/** Sets a page up once for all the documents it prints: JavaScript off, print media, every request intercepted. */
async function preparePage(page: Page): Promise<CDPSession> {
  const known = preparedPages.get(page);
  if (known) return known;
  if (!listenedPages.has(page)) {
    listenedPages.add(page);
    page.on('request', (request: HTTPRequest) => {
      const handler = requestHandlers.get(page);
      if (handler) handler(request);
      else void request.abort('blockedbyclient').catch(() => undefined);
    });
    // A renderer that crashes (or is stopped for memory) fails its print at once, not at the time limit,
    // even while the page is being set up (a crashed tab never answers the set-up commands).
    page.on('error', (err: Error) => crashHandlers.get(page)?.(err));
  }
  const [session] = await Promise.all([page.createCDPSession(), page.setJavaScriptEnabled(false), page.setRequestInterception(true), page.emulateMediaType('print')]);
  preparedPages.set(page, session);
  return session;
}

/**
 * Prints the page's document as a tagged PDF with an outline, in one round trip (the PDF comes back in the
 * answer, not as a stream read in chunks). The same parameters as `page.pdf({ format, printBackground: true,
 * tagged: true, outline: true })`: no margins of its own (the document's `@page` rules set them).
 */
async function printPage(session: CDPSession, format: PaperFormat): Promise<Uint8Array> {
  const { data } = await session.send('Page.printToPDF', {
    ...PAPER_INCHES[format],
    printBackground: true,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    transferMode: 'ReturnAsBase64',
  });
  return Buffer.from(data, 'base64');
}

/**
 * Loads `html` into the page. The first document of a page is a navigation to `DOCUMENT_URL` (answered with
 * `html` by the request handler); the next ones replace that document in place (`document.open`/`write`),
 * which costs no navigation, no new document and no new renderer state, and keeps what Blink's memory cache
 * holds of the files answered as immutable (font package files, theme stylesheets whose URL carries their
 * content version) from one CV to the next. Other stylesheets are `no-store` and requested again by every
 * document; images are not (a document keeps the images it has seen, by URL, across `document.open`), so a
 * page whose document loaded anything else than fonts and stylesheets, or had a request blocked, navigates
 * afresh for the next one: no CV ever shows another's photo.
 */
async function loadDocument(page: Page, html: string): Promise<void> {
  const reuse = loadedPages.has(page) && page.url() === DOCUMENT_URL;
  loadedPages.delete(page);
  if (reuse) await page.setContent(html, { waitUntil: 'load', timeout: 0 });
  else await page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
}

/** Throws `E_PAGE_LIMIT` when a document of `height` CSS pixels is far beyond the page bound (printing a
 * tagged PDF costs about 0.1 s per page, so such a document is refused before the print). */
function checkEstimate(height: number, usable: number, opts: PrintOptions): void {
  const estimate = Math.ceil(height / usable);
  const bound = opts.pageLimit !== undefined ? Math.max(opts.pageLimit * 2, opts.pageLimit + 5) : UNBOUNDED_PAGE_GUARD;
  if (estimate <= bound) return;
  throw new LimitError(
    'E_PAGE_LIMIT',
    opts.pageLimit !== undefined
      ? `would print to about ${estimate} pages, far more than the limit of ${opts.pageLimit}.`
      : `would print to about ${estimate} pages, far more than any CV (the bound is ${UNBOUNDED_PAGE_GUARD}).`,
    { ...(opts.file !== undefined ? { file: opts.file } : {}), hint: 'Shorten the CV, or raise pageLimit in cvpress.config.json.' },
  );
}

/** Sets or clears the multi-page class and waits for the fonts the rules it switches use. */
function setMultipage(page: Page, on: boolean): Promise<void> {
  return page.evaluate(
    async (cls: string, flag: boolean) => {
      document.documentElement.classList.toggle(cls, flag);
      void document.documentElement.offsetHeight;
      await document.fonts.ready;
    },
    MULTIPAGE_CLASS,
    on,
  );
}

/**
 * Prints the document loaded in `page` with the multi-page class right: guessed from the document's height
 * (one round trip: wait for fonts, measure under print media, set the class, wait for the fonts it needs);
 * a wrong guess costs one more print, never a wrong result.
 */
async function printWithFooterClass(page: Page, session: CDPSession, opts: PrintOptions): Promise<{ pdf: Uint8Array; pages: number }> {
  const usable = USABLE_HEIGHT_PX[opts.format] ?? 1000;
  const height = await page.evaluate(
    async (cls: string, multiAbove: number) => {
      await document.fonts.ready;
      const h = Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);
      document.documentElement.classList.toggle(cls, h > multiAbove);
      await document.fonts.ready;
      return h;
    },
    MULTIPAGE_CLASS,
    usable * MULTIPAGE_GUESS,
  );
  checkEstimate(height, usable, opts);
  const guessMulti = height > usable * MULTIPAGE_GUESS;
  let pdf = await printPage(session, opts.format);
  let pages = await countPages(pdf);
  if ((pages > 1) === guessMulti) return { pdf, pages };
  await setMultipage(page, pages > 1);
  const again = await printPage(session, opts.format);
  const againPages = await countPages(again);
  // When the class moved the layout across the one-page boundary, the print whose class matches its own
  // page count wins: a multi-page print with its footer, else the single page.
  if (againPages > 1 || pages <= 1) {
    pdf = again;
    pages = againPages;
  } else await setMultipage(page, false);
  return { pdf, pages };
}

/** What to do about a CV whose renderer passed its memory bound. */
const MEMORY_HINT = 'Remove what makes the page huge (very large images, giant tables); raise memoryLimitMb in cvpress.config.json only for trusted CVs.';

/** Why a renderer went away: stopped by the memory watch (`kill`), or crashed. */
function crashError(kill: { rssMb: number } | undefined, memoryMb: number, fileHint: { file?: string }): CvpressError {
  return kill
    ? new LimitError('E_LIMIT', `used more than its memory limit of ${memoryMb} MB in Chromium (a process reached ${kill.rssMb} MB and was stopped).`, {
        ...fileHint,
        hint: MEMORY_HINT,
      })
    : new BrowserError('E_RENDERER_CRASH', "Chromium's renderer crashed while printing.", { ...fileHint, hint: 'Retry; if it keeps crashing, the CV (or its images) may be too large for the machine.' });
}

/** The print took longer than its time limit. */
function timeoutError(timeoutMs: number, fileHint: { file?: string }): LimitError {
  return new LimitError('E_TIMEOUT', `took longer than ${Math.round(timeoutMs / 1000)} s to print.`, {
    ...fileHint,
    hint: 'Simplify the CV (very long or deeply nested content), or raise `timeout` in cvpress.config.json.',
  });
}

/** Any other failure of Chromium while printing, with how to go on. */
function printError(err: unknown, fileHint: { file?: string }): BrowserError {
  return new BrowserError('E_PRINT', `Chromium failed while printing: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, {
    ...fileHint,
    hint: 'Retry; if it keeps failing, check that Chromium runs (`chromium --version`) and has enough memory.',
    cause: err,
  });
}

/**
 * The request handler's context for one print: what it serves (the document, the theme and CV folders), the
 * CV's image budget, and how it blocks a request or notes a sanitized image (each named once in `warnings`).
 */
function createRequestContext(html: string, opts: PrintOptions, warnings: CvWarning[], memoryMb: number, fail: (err: Error) => void): RequestContext {
  const blocked = new Set<string>();
  const notes = new Set<string>();
  const fileHint = opts.file !== undefined ? { file: opts.file } : {};
  const ctx: RequestContext = {
    html,
    themeDir: opts.themeDir,
    cvDir: opts.cvDir,
    imageBudget: { left: (memoryMb * 1048576) / 4, total: (memoryMb * 1048576) / 4, ...fileHint },
    assets: new Map(),
    reusable: true,
    block: (request, why) => {
      ctx.reusable = false;
      const url = request.url();
      if (!blocked.has(url) && blocked.size < MAX_BLOCK_WARNINGS) {
        blocked.add(url);
        const shown = url.length > 120 ? `${url.slice(0, 117)}...` : url;
        warnings.push(createWarning('blocked-request', `Blocked a request to ${shown}: ${why}`, undefined, opts.file));
      }
      return request.abort('blockedbyclient');
    },
    note: (message) => {
      if (notes.size < MAX_BLOCK_WARNINGS && !notes.has(message)) {
        notes.add(message);
        warnings.push(createWarning('sanitized-image', message, undefined, opts.file));
      }
    },
    fail,
  };
  return ctx;
}

/** One print's state, shared by its steps: the page it prints on and whether it was stopped. */
interface PrintCall {
  browser: Browser;
  html: string;
  opts: PrintOptions;
  /** `opts.page`, or the page opened for this print once it is open. */
  page: Page | undefined;
  /** True when the page was opened for this print (and is closed after it). */
  ownPage: boolean;
  /** Set when the print failed in a way that leaves the page's state unknown (it is closed then). */
  broken: boolean;
  fileHint: { file?: string };
  memoryMb: number;
  warnings: CvWarning[];
}

/** What a print hooks into its page: its request handler and context, its crash handler, its memory watch. */
interface PrintHooks {
  ctx: RequestContext;
  listener: (request: HTTPRequest) => void;
  onCrash: () => void;
  memory: MemoryWatch;
}

/** Opens the page of a print given none; it becomes `call.page`. */
async function openOwnPage(call: PrintCall, onCrash: () => void): Promise<Page> {
  const { browser } = call;
  // A renderer stopped (or crashed) while the tab opens never answers puppeteer: the browser's own
  // crash report (see `launchBrowser`) fails the print at once instead.
  browser.once(RENDERER_CRASHED, onCrash);
  const fresh = await browser.newPage().finally(() => browser.off(RENDERER_CRASHED, onCrash));
  // The time limit may have passed while the page opened: then nobody else will close it.
  if (call.broken) {
    await fresh.close().catch(() => undefined);
    throw new Error('stopped');
  }
  call.page = fresh;
  return fresh;
}

/** The print itself: a page, set up, with the document loaded, printed, and checked for memory. */
async function printDocument(call: PrintCall, hooks: PrintHooks): Promise<PrintResult> {
  const p = call.page ?? (await openOwnPage(call, hooks.onCrash));
  requestHandlers.set(p, hooks.listener);
  crashHandlers.set(p, hooks.onCrash);
  const session = await preparePage(p);
  await loadDocument(p, call.html);
  const { pdf, pages } = await printWithFooterClass(p, session, call.opts);
  // A print shorter than the watch's polling interval is checked once more as it ends.
  const over = await hooks.memory.over(call.memoryMb);
  if (over) {
    call.broken = true;
    throw new LimitError('E_LIMIT', `used more than its memory limit of ${call.memoryMb} MB in Chromium (a process reached ${over.rssMb} MB).`, {
      ...call.fileHint,
      hint: MEMORY_HINT,
    });
  }
  if (hooks.ctx.reusable) loadedPages.add(p);
  return { pdf, pages, warnings: call.warnings, emptyBoxes: embedsMissingGlyphFont(pdf), assets: Object.fromEntries([...hooks.ctx.assets].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** After a print: unhooks its page, and closes it when it was opened for the print or its state is unknown. */
async function releasePage(call: PrintCall, hooks: PrintHooks, working: Promise<PrintResult>): Promise<void> {
  if (call.broken && call.ownPage && !call.page) {
    // The page was still opening when the print stopped: close it once it exists (bounded).
    await Promise.race([working.catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
  }
  const p = call.page;
  if (p) {
    // Requests the page still makes (none, normally) are aborted until the next document.
    if (requestHandlers.get(p) === hooks.listener) requestHandlers.delete(p);
    if (crashHandlers.get(p) === hooks.onCrash) crashHandlers.delete(p);
    if (call.ownPage || call.broken) await Promise.race([p.close().catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
  }
}

/**
 * Prints one complete HTML document to PDF. The page runs with JavaScript disabled and every request
 * intercepted (see `handleRequest`: the document, theme files, font package files, checked images from the
 * CV's folder, `data:` URLs); everything else is aborted and reported as a `blocked-request` warning.
 * Waits for fonts, marks `<html class="cv-multipage">` when the result has more than one page, and
 * prints with a tagged structure and an outline; says whether any text fell to the last-resort font (`emptyBoxes`). Closes the page it opened. A page passed as
 * `opts.page` is set up on its first document and stays set up (and open) for the next ones, which replace
 * the document in place when it loaded only fonts and stylesheets (see `loadDocument`), except
 * after a timeout, a crash or an abort, when it is closed because its state is unknown.
 * While it prints, Chromium's processes are held under `opts.memoryLimitMb` (see `watchMemory`).
 * @param browser - a browser from `launchBrowser`
 * @param html - the complete document (from the theme stage)
 * @param opts - paper format, served folders, time and memory limits, optional page, file name and abort signal
 * @returns the PDF bytes, its page count, the sandbox warnings and the CV-folder files it used
 * @throws LimitError `E_TIMEOUT` after `opts.timeoutMs`; `E_LIMIT` for an image over the CV's image budget
 *   or a renderer stopped for memory; `E_PAGE_LIMIT` when the document is estimated at over twice
 *   `opts.pageLimit` pages (200 without one); BrowserError `E_RENDERER_CRASH` when the page's renderer
 *   crashes, `E_PRINT` when Chromium fails otherwise; CvpressError `E_INTERRUPTED` when `opts.signal` aborts
 */
export async function printPdf(browser: Browser, html: string, opts: PrintOptions): Promise<PrintResult> {
  const warnings: CvWarning[] = [];
  const fileHint = opts.file !== undefined ? { file: opts.file } : {};
  const memoryMb = opts.memoryLimitMb ?? DEFAULT_MEMORY_MB;
  const call: PrintCall = { browser, html, opts, page: opts.page, ownPage: !opts.page, broken: false, fileHint, memoryMb, warnings };
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  let failNow: (err: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    failNow = (err) => {
      call.broken = true;
      reject(err);
    };
  });
  failed.catch(() => undefined);

  const ctx = createRequestContext(html, opts, warnings, memoryMb, (err) => failNow(err));
  const listener = (request: HTTPRequest): void => void handleRequest(request, ctx);
  const onCrash = (): void => failNow(crashError(memory.killedSince(started), memoryMb, fileHint));
  const onAbort = (): void => failNow(new CvpressError('E_INTERRUPTED', 'was stopped before it finished (while printing).', fileHint));
  const memory = watchMemory(browser);
  const release = memory.hold(memoryMb);
  const hooks: PrintHooks = { ctx, listener, onCrash, memory };

  timer = setTimeout(() => failNow(timeoutError(opts.timeoutMs, fileHint)), opts.timeoutMs);
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const working = printDocument(call, hooks);
  try {
    return await Promise.race([working, failed]);
  } catch (err) {
    if (err instanceof CvpressError) throw err;
    // (a renderer the memory watch stopped can fail the print's own call, "Target closed", before its crash is
    // reported: the stop, not the call, is why it failed)
    const kill = memory.killedSince(started);
    throw kill ? crashError(kill, memoryMb, fileHint) : printError(err, fileHint);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    release();
    await releasePage(call, hooks, working);
  }
}
