// Writes what a CV gets besides its PDF when asked: the self-contained web page (--html) and the ATS check of the PDF (--check).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from '../check/check-types.js';
import type { CvWarning } from '../model/warning.js';
import type { BatchCheck, BatchHtml, PreparedCv } from './batch-types.js';
import { htmlPathOf } from './html-path-of.js';
import { writeAtomic } from './write-atomic.js';

/** What was printed, when the PDF was made in this run (undefined for an unchanged CV whose PDF is kept). */
export interface PrintedFacts {
  pdf: Uint8Array;
  pages: number;
  density: number;
}


/** The parts of a check a report carries (not the text or the parsed model). */
const summarize = (r: CheckResult): BatchCheck => ({ score: r.score, checked: r.checked, recovered: r.recovered, misses: r.misses, problems: r.problems });

/**
 * For one CV, writes its web page atomically beside the PDF when `want.html` (rendered at the density the PDF
 * was printed at, multi-page print rules when it has more than one page), and checks the PDF as an ATS reads
 * it when `want.check` (comparing with the CV's own model). For an unchanged CV (`printed` undefined) the kept
 * PDF is read back; its web page is then expected to exist already (the caller re-renders when it does not).
 * @param render - renders the CV's document at a density (in a CV thread, like the documents printed)
 * @returns the web page's path and size, the check, and warnings (resources the page left out)
 */
export async function writeExtras(
  prep: PreparedCv,
  output: string,
  printed: PrintedFacts | undefined,
  want: { html?: boolean; check?: boolean },
  render: (density: number) => Promise<{ html: string }>,
): Promise<{ html?: BatchHtml; check?: BatchCheck; warnings: CvWarning[] }> {
  const warnings: CvWarning[] = [];
  let html: BatchHtml | undefined;
  const file = htmlPathOf(output);
  if (want.html && printed) {
    // A JSON Resume theme package made the whole document already.
    const themed = prep.html ?? (await render(printed.density));
    // the exporter and the checker load only when asked for: a plain render keeps them (and the whole Markdown parser) out of the main thread
    const { exportHtml } = await import('../export/export-html.js');
    const page = await exportHtml(themed.html, {
      roots: { themeDir: prep.theme.dir, cvDir: path.dirname(prep.file) },
      resume: prep.resume,
      format: prep.options.format,
      multipage: printed.pages > 1,
      file: prep.file,
    });
    await writeAtomic(file, page.html);
    warnings.push(...page.warnings);
    html = { output: file, bytes: page.bytes };
  } else if (want.html && existsSync(file)) {
    html = { output: file, bytes: (await readFile(file)).byteLength };
  }
  let check: BatchCheck | undefined;
  if (want.check) {
    const pdf = printed?.pdf ?? new Uint8Array(await readFile(output));
    const { checkPdf } = await import('../check/check-pdf.js');
    check = summarize(await checkPdf(pdf, { file: output, source: prep.resume }));
  }
  return { ...(html ? { html } : {}), ...(check ? { check } : {}), warnings };
}
