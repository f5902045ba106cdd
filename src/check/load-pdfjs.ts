// Loads pdf.js (Mozilla's PDF reader, pure JavaScript) on first use, once per process.

type Pdfjs = typeof import('pdfjs-dist');
let loading: Promise<Pdfjs> | undefined;

/**
 * Imports pdf.js's Node build (`pdfjs-dist/legacy`) once; nothing loads it unless a PDF is read back
 * (`cvpress check`, `render --check`, the preview's text layer).
 * @returns the pdf.js module
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<Pdfjs>;
  return loading;
}
