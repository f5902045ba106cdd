// Types of the ATS check: the text read from a PDF, what broke its extraction, the fields a machine recovered or missed.
import type { Resume } from '../model/types.js';

/** A run of text as drawn on a page, in PDF points from the page's top-left corner. */
export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** One page of extracted text. */
export interface PdfTextPage {
  /** Page size in points. */
  width: number;
  height: number;
  /** Text items in the order a reader meets them (content order). */
  items: PdfTextItem[];
  /** How many images the page paints (counted only when some page of the PDF has almost no text, else 0). */
  images: number;
}

/** Something in a PDF that keeps machines from reading it right. */
export interface ExtractionProblem {
  /** `text-in-images`, `no-text`, `unmapped-glyphs`, `ligatures`, `columns`, `columns-interleaved`, `reading-order`, `missing-tags`. */
  code: string;
  message: string;
  /** 1-based page, when the problem is on one page. */
  page?: number;
}

/** What {@link extractPdfText} read from a PDF. */
export interface PdfText {
  /** The text in reading order, with the structure the PDF's tags give (headings `#`, list items `- `) as Markdown. */
  text: string;
  pages: PdfTextPage[];
  /** Whether the PDF is tagged (has a structure tree). */
  tagged: boolean;
  /** The `resume.json` attachment cvpress stamps into its PDFs, when present (raw bytes as text). */
  attachment: string | undefined;
  problems: ExtractionProblem[];
}

/** One field of the model a machine could not recover from the PDF's text. */
export interface CheckMiss {
  /** JSON pointer-like path of the field in the source model, e.g. `/work/2/position`. */
  field: string;
  /** Human-readable name, e.g. `work[2] (Yelp) position`. */
  label: string;
  expected: string;
  /** What was read instead, when something was. */
  found?: string;
}

/** The result of checking one PDF. */
export interface CheckResult {
  /** 0–100: the share of checked fields recovered from the PDF's text. */
  score: number;
  /** Fields checked and fields recovered. */
  checked: number;
  recovered: number;
  misses: CheckMiss[];
  problems: ExtractionProblem[];
  /** Where the reference model came from. */
  source: 'attachment' | 'source-file';
  /** The text a machine reads (as given to the parser). */
  text: string;
  /** The model parsed back from that text. */
  parsed: Resume;
}

/** A line of extracted text (one tagged block, or untagged text on one baseline), in points from the page's top. */
export interface TextLine {
  /** 0-based page. */
  page: number;
  kind: 'h' | 'li' | 'p' | 'none';
  /** Heading level (1–6) for `h`. */
  level: number;
  /** The tagged element the text belongs to, if any. */
  block: object | undefined;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Largest font size on the line. */
  size: number;
  /** Position in content order on its page. */
  order: number;
}
