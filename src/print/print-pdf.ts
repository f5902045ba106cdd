// Prints one HTML document to PDF in a sandboxed Chromium page: no JavaScript, only allow-listed local files.
import type { Browser, CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { DOCUMENT_URL } from '../model/asset-urls.js';
import { BrowserError, LimitError } from '../model/errors.js';
import type { PaperFormat } from '../model/options.js';
import { createRequestHandler } from './create-request-handler.js';
import { MISSING_GLYPH_FONT } from './isolate-fonts.js';
import { loadPdfLib } from './load-pdf-lib.js';
import type { PrintOptions, PrintResult } from './print-types.js';

/** Class the print stage puts on `<html>` when the document has more than one page (themes show a footer then). */
const MULTIPAGE_CLASS = 'cv-multipage';

/** Paper sizes in inches, as puppeteer's `page.pdf({ format })` gives them to Chromium. */
const PAPER_INCHES: Record<PaperFormat, { paperWidth: number; paperHeight: number }> = {
  A4: { paperWidth: 8.2677, paperHeight: 11.6929 },
  Letter: { paperWidth: 8.5, paperHeight: 11 },
};

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

/**
 * The guess that a document needs more than one page: its height is over this many usable page heights. The
 * page is measured at its viewport's width (800 px), wider than any paper's printable width (A4 less margins
 * is about 665 px), so a document taller than one page there is taller still in print. Over the 43 corpus CVs,
 * the script fixtures and the seeds in the four built-in themes, 1.25 printed 31 of 139 one- and two-page
 * documents twice; 1.0 prints 7 twice and guesses no one-page document wrong.
 */
const MULTIPAGE_GUESS = 1;

/** Pages already set up for printing (JavaScript off, print media, every request intercepted), with the
 * DevTools session their PDFs are printed over. */
const preparedPages = new WeakMap<Page, CDPSession>();
/** Pages whose document came from `DOCUMENT_URL`, printed without error and loaded nothing but font package
 * files and stylesheets: the next document replaces it in place (see {@link loadDocument}). */
const loadedPages = new WeakSet<Page>();
/** The request handler of the document a page is printing now; requests with none are aborted. */
const requestHandlers = new WeakMap<Page, (request: HTTPRequest) => void>();

/** Sets a page up once for all the documents it prints: JavaScript off, print media, every request intercepted. */
async function preparePage(page: Page): Promise<CDPSession> {
  const known = preparedPages.get(page);
  if (known) return known;
  const [session] = await Promise.all([page.createCDPSession(), page.setJavaScriptEnabled(false), page.setRequestInterception(true), page.emulateMediaType('print')]);
  page.on('request', (request: HTTPRequest) => {
    const handler = requestHandlers.get(page);
    if (handler) handler(request);
    else void request.abort('blockedbyclient').catch(() => undefined);
  });
  preparedPages.set(page, session);
  return session;
}

/**
 * Prints the page's document as a tagged PDF with an outline, in one round trip (the PDF comes back in the
 * answer, not as a stream read in chunks). The same parameters as `page.pdf({ format, printBackground: true,
 * tagged: true, outline: true })`: no margins of its own (the document's `@page` rules set them).
 */
async function printPage(session: CDPSession, format: PaperFormat): Promise<Uint8Array> {
  const printing = session.send('Page.printToPDF', {
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
  // Chromium is busy laying out pages now: a cold run loads pdf-lib (for stamping) meanwhile.
  void loadPdfLib().catch(() => undefined);
  const { data } = await printing;
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

/**
 * Prints one complete HTML document to PDF. The page runs with JavaScript disabled and every request
 * intercepted (see `createRequestHandler`): only the document itself (`DOCUMENT_URL`), `/theme/…` inside
 * `opts.themeDir`, `/fonts/<@fontsource*-package>/…` (stylesheets and fonts) inside that installed package,
 * `/cv/…` images (not hidden files) inside `opts.cvDir`, and `data:` URLs are served; everything else is
 * aborted and reported as a `blocked-request` warning. Waits for fonts, marks `<html class="cv-multipage">`
 * when the result has more than one page, and prints with a tagged structure and an outline. Closes the page
 * it opened. A page passed as `opts.page` is set up on its first document and stays set up (and open) for the
 * next ones, which replace the document in place (see `loadDocument`), except after a timeout, when it is
 * closed because its state is unknown. Says whether any text fell to the last-resort font (`emptyBoxes`).
 * @param browser - a browser from {@link launchBrowser}
 * @param html - the complete document (from the theme stage)
 * @param opts - paper format, served folders, time limit, optional page and file name
 * @returns the PDF bytes, its page count and the sandbox warnings
 * @throws LimitError `E_TIMEOUT` after `opts.timeoutMs`, `E_PAGE_LIMIT` when the document is estimated at
 *   over twice `opts.pageLimit` pages (200 without one); BrowserError `E_PRINT` when Chromium fails
 */
export async function printPdf(browser: Browser, html: string, opts: PrintOptions): Promise<PrintResult> {
  const ownPage = !opts.page;
  let page: Page | undefined = opts.page;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const sandbox = createRequestHandler(html, opts);

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
    const session = await preparePage(p);
    requestHandlers.set(p, sandbox.listener);
    await loadDocument(p, html);
    const { pdf, pages } = await printWithFooterClass(p, session, opts);
    if (sandbox.reusable()) loadedPages.add(p);
    return { pdf, pages, warnings: sandbox.warnings, emptyBoxes: embedsMissingGlyphFont(pdf) };
  };

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(
        new LimitError('E_TIMEOUT', `took longer than ${Math.round(opts.timeoutMs / 1000)} s to print.`, {
          ...(opts.file !== undefined ? { file: opts.file } : {}),
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
      ...(opts.file !== undefined ? { file: opts.file } : {}),
      hint: 'Retry; if it keeps failing, check that Chromium runs (`chromium --version`) and has enough memory.',
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    const p = page as Page | undefined;
    if (p) {
      // Requests the page still makes (none, normally) are aborted until the next document.
      if (requestHandlers.get(p) === sandbox.listener) requestHandlers.delete(p);
      if (ownPage || timedOut) await Promise.race([p.close().catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
    }
  }
}
