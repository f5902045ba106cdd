// Checks a finished PDF as an applicant-tracking system reads it: extract its text, parse it back, compare with the model it was made from.
import { InputError } from '../model/errors.js';
import type { Resume } from '../model/types.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import type { CheckResult, PdfText } from './check-types.js';
import { compareModels } from './compare-models.js';
import { extractPdfText } from './extract-pdf-text.js';

/** Options of {@link checkPdf}. */
export interface CheckPdfOptions {
  /** The PDF's file name, for errors. */
  file?: string;
  /** The model to compare with (from the CV given with `--source`); default: the PDF's `resume.json` attachment. */
  source?: Resume;
  /** The PDF's text when it was extracted already (the preview reads it for its text layer). */
  extracted?: PdfText;
}

/** The model attached to a cvpress PDF, or undefined when there is none or it is not JSON. */
function attachedModel(json: string | undefined): Resume | undefined {
  if (json === undefined) return undefined;
  try {
    const data = JSON.parse(json) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Resume) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a finished PDF's text the way an ATS does ({@link extractPdfText}), parses that text back into fields
 * with cvpress's own Markdown parser, and compares them with the model the PDF was made from (`opts.source`,
 * else the `resume.json` attachment cvpress stamps into every PDF): name, email, phone, links, each job's
 * position, organisation and dates, each degree, each skill. The score is the share of those fields recovered
 * (0–100, 100 only when all are, and when the model has none of them); the misses and what breaks extraction
 * are listed.
 * @throws MalformedError `E_PDF` when the file is not a readable PDF; InputError `E_NO_MODEL` when there is no
 *   model to compare with (a PDF not made by cvpress, checked without a source CV)
 */
export async function checkPdf(pdf: Uint8Array, opts: CheckPdfOptions = {}): Promise<CheckResult> {
  const extracted = opts.extracted ?? (await extractPdfText(pdf, opts.file !== undefined ? { file: opts.file } : {}));
  const attached = opts.source ? undefined : attachedModel(extracted.attachment);
  const expected = opts.source ?? attached;
  if (!expected) {
    throw new InputError('E_NO_MODEL', 'has no resume.json attachment to compare its text with (it was not made by cvpress).', {
      ...(opts.file !== undefined ? { file: opts.file } : {}),
      hint: 'Give the CV it was made from: cvpress check cv.pdf --source cv.md',
    });
  }
  let parsed: Resume = {};
  try {
    // A leading "---" would read as front matter: the text of a PDF never has any.
    parsed = parseMarkdown(extracted.text.startsWith('---') ? `\n${extracted.text}` : extracted.text, opts.file !== undefined ? { file: opts.file } : {}).resume;
  } catch {
    parsed = {};
  }
  const { checked, recovered, misses } = compareModels(expected, parsed);
  // Nothing to recover (an empty CV) loses nothing; what breaks extraction is still listed.
  const score = checked > 0 ? Math.floor((100 * recovered) / checked) : 100;
  return { score, checked, recovered, misses, problems: extracted.problems, source: opts.source ? 'source-file' : 'attachment', text: extracted.text, parsed };
}
