// Loads pdf-lib on first use (it takes a few hundred milliseconds to load), once per process.

type PdfLib = typeof import('pdf-lib');
let loading: Promise<PdfLib> | undefined;

/**
 * Imports pdf-lib once, on first use: stamping a PDF whose catalog is not of the plain shape Chromium
 * writes, counting the pages of an unusual PDF, checking a PDF's text. A batch of Chromium's prints never
 * loads it.
 * @returns the pdf-lib module
 */
export function loadPdfLib(): Promise<PdfLib> {
  // pdf-lib is CommonJS: Node gives its exports by name, a bundle (the CLI's) under `default`.
  loading ??= import('pdf-lib').then((mod) => ('PDFDocument' in mod ? mod : (mod as unknown as { default: PdfLib }).default));
  return loading;
}
