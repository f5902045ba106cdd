// Loads pdf-lib on first use (it takes a few hundred milliseconds to load), once per process.

let loading: Promise<typeof import('pdf-lib')> | undefined;

/**
 * Imports pdf-lib once. Nothing loads it at start-up: a cold run calls this while Chromium prints its
 * first page, so the load overlaps the print instead of delaying the browser.
 * @returns the pdf-lib module
 */
export function loadPdfLib(): Promise<typeof import('pdf-lib')> {
  loading ??= import('pdf-lib');
  return loading;
}
