// Where the web page of a CV goes: beside its PDF, with the same name.
import path from 'node:path';

/** The web page of a PDF: `<out>/<name>.html` beside `<out>/<name>.pdf`. */
export function htmlPathOf(pdfPath: string): string {
  return path.join(path.dirname(pdfPath), `${path.basename(pdfPath, '.pdf')}.html`);
}
