// Loads pdf-lib on first use (it takes a few hundred milliseconds to load), once per process.

type PdfLib = typeof import('pdf-lib');
let loading: Promise<PdfLib> | undefined;

/**
 * Imports pdf-lib once. Nothing loads it at start-up: a cold run calls this while Chromium prints its
 * first page, so the load overlaps the print instead of delaying the browser.
 * @returns the pdf-lib module
 */
export function loadPdfLib(): Promise<PdfLib> {
  // pdf-lib is CommonJS: Node gives its exports by name, a bundle (the CLI's) under `default`.
  loading ??= import('pdf-lib').then((mod) => ('PDFDocument' in mod ? mod : (mod as unknown as { default: PdfLib }).default));
  return loading;
}
