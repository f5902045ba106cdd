// Prints one HTML document to PDF in a sandboxed Chromium page: no JavaScript, only allow-listed local files.
import { readFile } from 'node:fs/promises';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { ASSET_ORIGIN, DOCUMENT_URL } from '../model/asset-urls.js';
import { BrowserError, LimitError } from '../model/errors.js';
import { createWarning, type CvWarning } from '../model/warning.js';
import { loadPdfLib } from './load-pdf-lib.js';
import type { PrintOptions, PrintResult } from './print-types.js';
import { resolveAsset } from './resolve-asset.js';

/** At most this many distinct blocked URLs are reported per document. */
const MAX_BLOCK_WARNINGS = 50;
/** Class the print stage puts on `<html>` when the document has more than one page (themes show a footer then). */
const MULTIPAGE_CLASS = 'cv-multipage';

/** How font package files are answered: the same URL always has the same bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Font files are immutable package contents: keep their bytes across prints (up to a bound). */
const fontCache = new Map<string, Buffer>();
const FONT_CACHE_MAX_BYTES = 128 * 1024 * 1024;
let fontCacheBytes = 0;

/** Shortens a URL for a warning. */
function clipUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}...` : url;
}

/** Counts the pages of a PDF: Chromium writes its page-tree dictionaries uncompressed, so the largest
 * `/Count` of a `/Type /Pages` dictionary is the total; pdf-lib is the fallback for anything else. */
async function countPages(pdf: Uint8Array): Promise<number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/<<((?:[^<>]|<[^<>]*>)*?\/Type\s*\/Pages\b(?:[^<>]|<[^<>]*>)*?)>>/g)) {
    const count = /\/Count\s+(\d+)/.exec(m[1] ?? '');
    if (count) max = Math.max(max, Number(count[1]));
  }
  if (max > 0) return max;
  const { PDFDocument, ParseSpeeds } = await loadPdfLib();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest });
  return doc.getPageCount();
}

/** Estimated page count beyond which a document is refused when no `pageLimit` is given. */
const UNBOUNDED_PAGE_GUARD = 200;

/** Paper heights in CSS pixels, less typical margins (2 × 15 mm): used only to guess the page count. */
const USABLE_HEIGHT_PX: Record<string, number> = { A4: 1122.5 - 113.4, Letter: 1056 - 113.4 };

/** The guess that a document needs more than one page: its height is over this many usable page heights. */
const MULTIPAGE_GUESS = 1.25;

/** Pages already set up for printing (JavaScript off, print media, every request intercepted). */
const preparedPages = new WeakSet<Page>();
/** Pages whose document came from `DOCUMENT_URL`, printed without error and loaded nothing but font package
 * files and stylesheets: the next document replaces it in place (see {@link loadDocument}). */
const loadedPages = new WeakSet<Page>();
/** The request handler of the document a page is printing now; requests with none are aborted. */
const requestHandlers = new WeakMap<Page, (request: HTTPRequest) => void>();

/** Sets a page up once for all the documents it prints: JavaScript off, print media, every request intercepted. */
async function preparePage(page: Page): Promise<void> {
  if (preparedPages.has(page)) return;
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true), page.emulateMediaType('print')]);
  page.on('request', (request: HTTPRequest) => {
    const handler = requestHandlers.get(page);
    if (handler) handler(request);
    else void request.abort('blockedbyclient').catch(() => undefined);
  });
  preparedPages.add(page);
}

/**
 * Loads `html` into the page. The first document of a page is a navigation to `DOCUMENT_URL` (answered with
 * `html` by the request handler); the next ones replace that document in place (`document.open`/`write`),
 * which costs no navigation, no new document and no new renderer state, and keeps what Blink's memory cache
 * holds of the font package files (answered as immutable) from one CV to the next. Stylesheets are `no-store`
 * and requested again by every document; images are not (a document keeps the images it has seen, by URL,
 * across `document.open`), so a page whose document loaded anything else than fonts and stylesheets, or had a
 * request blocked, navigates afresh for the next one: no CV ever shows another's photo or loses a warning.
 */
async function loadDocument(page: Page, html: string): Promise<void> {
  const reuse = loadedPages.has(page) && page.url() === DOCUMENT_URL;
  loadedPages.delete(page);
  if (reuse) await page.setContent(html, { waitUntil: 'load', timeout: 0 });
  else await page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
}

/**
 * Prints one complete HTML document to PDF. The page runs with JavaScript disabled and every request
 * intercepted: only the document itself (`DOCUMENT_URL`), `/theme/…` inside `opts.themeDir`,
 * `/fonts/<@fontsource*-package>/…` (stylesheets and fonts) inside that installed package, `/cv/…`
 * images (not hidden files) inside `opts.cvDir`, and
 * `data:` URLs are served; everything else is aborted and reported as a `blocked-request` warning.
 * Waits for fonts, marks `<html class="cv-multipage">` when the result has more than one page, and
 * prints with a tagged structure and an outline. Closes the page it opened. A page passed as
 * `opts.page` is set up on its first document and stays set up (and open) for the next ones, except
 * after a timeout, when it is closed because its state is unknown.
 * @param browser - a browser from {@link launchBrowser}
 * @param html - the complete document (from the theme stage)
 * @param opts - paper format, served folders, time limit, optional page and file name
 * @returns the PDF bytes, its page count and the sandbox warnings
 * @throws LimitError `E_TIMEOUT` after `opts.timeoutMs`, `E_PAGE_LIMIT` when the document is estimated at
 *   over twice `opts.pageLimit` pages (200 without one); BrowserError `E_PRINT` when Chromium fails
 */
export async function printPdf(browser: Browser, html: string, opts: PrintOptions): Promise<PrintResult> {
  const warnings: CvWarning[] = [];
  const blocked = new Set<string>();
  const ownPage = !opts.page;
  let page: Page | undefined = opts.page;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const fileHint = opts.file !== undefined ? { file: opts.file } : {};

  // Whether the next document may replace this one in place (see loadDocument).
  let reusable = true;

  const block = (request: HTTPRequest, why: string): Promise<void> => {
    reusable = false;
    const url = request.url();
    if (!blocked.has(url) && blocked.size < MAX_BLOCK_WARNINGS) {
      blocked.add(url);
      warnings.push(createWarning('blocked-request', `Blocked a request to ${clipUrl(url)}: ${why}`, undefined, opts.file));
    }
    return request.abort('blockedbyclient');
  };

  const serveFile = async (request: HTTPRequest, file: string, type: string, cache: boolean): Promise<void> => {
    let body = cache ? fontCache.get(file) : undefined;
    if (!body) {
      body = await readFile(file);
      if (cache && fontCacheBytes + body.length <= FONT_CACHE_MAX_BYTES) {
        fontCache.set(file, body);
        fontCacheBytes += body.length;
      }
    }
    // Font package files never change: Chromium may keep what it made of them (decoded fonts, parsed
    // stylesheets) from one document to the next. Theme and CV files are answered afresh every time.
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': cache ? IMMUTABLE : 'no-store' };
    return request.respond({ status: 200, contentType: type, body, headers });
  };

  const onRequest = async (request: HTTPRequest): Promise<void> => {
    try {
      const raw = request.url();
      if (raw.startsWith('data:')) return await request.continue();
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return await block(request, 'not a valid URL.');
      }
      if (url.origin !== ASSET_ORIGIN || url.username || url.password) {
        return await block(request, 'a CV may not reach the network or the file system; only the theme, font packages and files next to the CV are served.');
      }
      if (url.href.split('#')[0] === DOCUMENT_URL) {
        return await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      if (url.pathname === '/favicon.ico') {
        reusable = false;
        return await request.abort('blockedbyclient');
      }
      const asset = await resolveAsset(url.pathname, opts);
      if (asset.ok) {
        if (asset.kind !== 'font' && !asset.contentType.startsWith('text/css')) reusable = false;
        return await serveFile(request, asset.file, asset.contentType, asset.kind === 'font');
      }
      return await block(request, asset.why);
    } catch {
      // The page may be closing (timeout); a request that cannot be answered is simply dropped.
      reusable = false;
      if (!request.isInterceptResolutionHandled()) await request.abort('blockedbyclient').catch(() => undefined);
    }
  };

  const listener = (request: HTTPRequest): void => {
    void onRequest(request);
  };

  const work = async (): Promise<PrintResult> => {
    if (!page) {
      const fresh = await browser.newPage();
      // The time limit may have passed while the page opened: then nobody else will close it.
      if (timedOut) {
        await fresh.close().catch(() => undefined);
        throw new Error('timed out');
      }
      page = fresh;
    }
    const p = page;
    await preparePage(p);
    requestHandlers.set(p, listener);
    await loadDocument(p, html);

    // One round trip: wait for fonts, measure the height under print media, guess whether the document needs
    // more than one page, set the class to match, and wait for the fonts the newly matching rules use.
    const usable = USABLE_HEIGHT_PX[opts.format] ?? 1000;
    const height = await p.evaluate(
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
    // Printing a tagged PDF costs about 0.1 s per page: refuse documents far beyond the page bound up front.
    const estimate = Math.ceil(height / usable);
    const bound = opts.pageLimit !== undefined ? Math.max(opts.pageLimit * 2, opts.pageLimit + 5) : UNBOUNDED_PAGE_GUARD;
    if (estimate > bound) {
      throw new LimitError(
        'E_PAGE_LIMIT',
        opts.pageLimit !== undefined
          ? `would print to about ${estimate} pages, far more than the limit of ${opts.pageLimit}.`
          : `would print to about ${estimate} pages, far more than any CV (the bound is ${UNBOUNDED_PAGE_GUARD}).`,
        { ...fileHint, hint: 'Shorten the CV, or raise pageLimit in cvpress.config.json.' },
      );
    }
    const guessMulti = height > usable * MULTIPAGE_GUESS;

    const print = async (): Promise<Uint8Array> => {
      // Fonts are awaited above (and after every class change): no extra round trip for them here.
      const printing = p.pdf({ format: opts.format, printBackground: true, tagged: true, outline: true, preferCSSPageSize: false, waitForFonts: false, timeout: 0 });
      // Chromium is busy laying out pages now: a cold run loads pdf-lib (for stamping) meanwhile.
      void loadPdfLib().catch(() => undefined);
      return printing;
    };
    const setMultipage = (on: boolean): Promise<void> =>
      p.evaluate(
        async (cls: string, flag: boolean) => {
          document.documentElement.classList.toggle(cls, flag);
          void document.documentElement.offsetHeight;
          await document.fonts.ready;
        },
        MULTIPAGE_CLASS,
        on,
      );

    // A wrong guess costs one more print, never a wrong result.
    let pdf = await print();
    let pages = await countPages(pdf);
    if ((pages > 1) !== guessMulti) {
      await setMultipage(pages > 1);
      const again = await print();
      const againPages = await countPages(again);
      if (pages > 1 ? againPages > 1 : againPages <= 1) {
        pdf = again;
        pages = againPages;
      } else {
        // The class changed the layout across the one-page boundary: prefer the print whose class
        // matches its own page count (a multi-page print with its footer, else the single page).
        if (againPages > 1) {
          pdf = again;
          pages = againPages;
        } else {
          await setMultipage(false);
        }
      }
    }
    if (reusable) loadedPages.add(p);
    return { pdf, pages, warnings };
  };

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(
        new LimitError('E_TIMEOUT', `took longer than ${Math.round(opts.timeoutMs / 1000)} s to print.`, {
          ...fileHint,
          hint: 'Simplify the CV (very long or deeply nested content), or raise `timeout` in cvpress.config.json.',
        }),
      );
    }, opts.timeoutMs);
  });

  try {
    return await Promise.race([work(), timeout]);
  } catch (err) {
    if (err instanceof LimitError || err instanceof BrowserError) throw err;
    throw new BrowserError('E_PRINT', `Chromium failed while printing: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, {
      ...fileHint,
      hint: 'Retry; if it keeps failing, check that Chromium runs (`chromium --version`) and has enough memory.',
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    const p = page as Page | undefined;
    if (p) {
      // Requests the page still makes (none, normally) are aborted until the next document.
      if (requestHandlers.get(p) === listener) requestHandlers.delete(p);
      if (ownPage || timedOut) await Promise.race([p.close().catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
    }
  }
}
