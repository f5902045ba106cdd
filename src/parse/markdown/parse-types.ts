// Types shared by the Markdown parser's passes: source text, lines with features, date spans, sections, entries, the parse state.
import type { ExplainEntry } from '../../model/parse-result.js';
import type { Resume } from '../../model/types.js';
import type { CvWarning } from '../../model/warning.js';
import type { Lexicon, SectionKind } from '../../model/lexicon/lexicon-types.js';
import type { DateWords } from './date-words.js';

/** The CV's text after reading: front matter parsed, non-content blanked, line numbers unchanged. */
export interface SourceText {
  /** The whole file, BOM removed and line breaks normalised to `\n`. */
  text: string;
  /**
   * The Markdown body: `text` with the front matter and everything that is not content (style, script,
   * comments, template tags, attribute markers, LaTeX commands) replaced by blanks, so that it has exactly
   * as many lines as `text` and line N of `body` is line N of the file.
   */
  body: string;
  /** Front matter, when the file has some (YAML `---` or TOML `+++`), parsed when it could be. */
  frontMatter?: FrontMatterBlock;
  /** Problems found while reading (broken front matter…), with lines. */
  warnings: CvWarning[];
}

/** A front-matter block and its data. */
export interface FrontMatterBlock {
  format: 'yaml' | 'toml';
  /** Parsed data; absent when the block could not be read (its text is then kept in `raw`). */
  data?: Record<string, unknown>;
  /** 1-based first and last line of the block, delimiters included. */
  line: number;
  endLine: number;
  /** The block's text between the delimiters. */
  raw: string;
  /** Top-level keys whose lists were written into the body as Markdown (see `unfoldFrontMatterLists`). */
  unfolded?: string[];
  /** Keys whose Markdown values were appended after the body's last line (see `appendFrontMatterMarkdown`), in order. */
  appended?: AppendedKey[];
}

/** A front-matter key whose Markdown value was appended to the body, and the 1-based body line its text starts on. */
export interface AppendedKey {
  key: string;
  from: number;
}

/** What a line of the document is. */
export type LineKind = 'heading' | 'text' | 'item' | 'row' | 'term' | 'def' | 'rule';

/** One line of content with the features the passes decide on. */
export interface Line {
  kind: LineKind;
  /** Heading level 1–6 (Markdown or HTML `<h1>`…`<h6>`); 0 for other lines. */
  level: number;
  /** Nesting depth of list items (0 = top level) and of quoted lines; 0 otherwise. */
  depth: number;
  /** List item of an ordered list. */
  ordered: boolean;
  /** The line as inline Markdown (what is shown in the PDF). */
  md: string;
  /** The line as plain text: markup removed, entities decoded, white space collapsed. */
  plain: string;
  /** Table rows: each cell as inline Markdown; `plain` joins them with " | ". */
  cells?: string[];
  /** Table rows: the header row of its table. */
  header?: boolean;
  /** 1-based source lines. */
  line: number;
  endLine: number;
  /** Lines of one paragraph, list item, table or definition share a block number; blocks are numbered in order. */
  block: number;
  /** The line came from raw HTML. */
  html: boolean;
  /** The whole line (ignoring punctuation and spaces) is bold / italic / a code span. */
  bold: boolean;
  italic: boolean;
  code: boolean;
  /** Links and images on the line. */
  links: ReadonlyArray<{ text: string; href: string }>;
  images: ReadonlyArray<{ alt: string; src: string }>;
  /** A heading read as the label of the lines below it, as "Label:" is ("### Key Responsibilities" over each job's list). */
  caption?: true;
  /** The plain text of each bold run and each italic run on the line. */
  boldParts: readonly string[];
  italicParts: readonly string[];
}

/** A date or a date range found in a text. */
export interface DateSpan {
  /** ISO start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (Gregorian). Absent for an end-only date. */
  start?: string;
  /** ISO end; absent when ongoing or when only one date was written. */
  end?: string;
  /** The range is open-ended ("present", "heute", "since 2019", "2019 –"). */
  ongoing: boolean;
  /** Only one date was written (no range): `start` holds it. */
  single: boolean;
  /** Where the span is in the searched text (with a "from"/"since" word and a trailing duration). */
  index: number;
  length: number;
  /** The calendar the text wrote it in, when not the Gregorian one. */
  calendar?: 'persian' | 'buddhist';
}

/** A section kind, the header before the first section, or a generic section. */
export type SectionType = SectionKind | 'header' | 'generic';

/** A section of the document: its heading and its lines. */
export interface Section {
  type: SectionType;
  /** Heading text as written (plain), without numbering, emoji or a trailing colon. */
  title: string;
  /** The heading line; absent for the header and for sections that start without one. */
  heading?: Line;
  lines: Line[];
  /** Language of the heading word that classified it. */
  lang?: string;
  /** Why the heading was read as this section (for `--explain`). */
  why: string[];
  /** The section has no heading of its own: dated entries found under another section or none. */
  implicit?: boolean;
  /** Its heading also names another kind ("Experience & Education"): entries that read as that kind go there. */
  also?: SectionKind;
  /** Its heading only holds the section's phrase among other words ("業務外の活動"): a deeper heading naming another kind opens a section of its own. */
  loose?: boolean;
}

/** An entry of a section: head lines (role, organisation, dates…) and body lines. */
export interface EntryBlock {
  /** A heading above several entries that they share (an organisation with several roles). */
  group: Line[];
  head: Line[];
  body: Line[];
}

/** A field decided by a pass, with the line it came from and why it won. */
export interface Decision {
  field: string;
  line: number;
  endLine: number;
  why: string[];
}

/** The state every pass reads and extends; nothing lives outside it. */
export interface ParseState {
  file?: string;
  source: SourceText;
  /** The part of `source.body` the passes read: all of it, or its first lines when it is longer than a CV (see cut-overlong-body). */
  body: string;
  /** The rest of an overlong body, kept as written: its first line (1-based) and its Markdown. */
  overflow?: { line: number; markdown: string };
  /** Lines of the body, in document order. */
  lines: Line[];
  /** Lexicons in the order the passes try them: the CV's language first, English, then the others. */
  lexicons: Lexicon[];
  /** BCP 47 tag of the CV's language as detected. */
  lang: string;
  /** Tags of `lexicons`, in order (the order lookups prefer). */
  langs: string[];
  /** Date words of `lexicons`. */
  dateWords: DateWords;
  /** Dates found per line (each line is searched once). */
  dateMemo: Map<Line, DateSpan[]>;
  /** Document titles met on the way ("Curriculum Vitae", "Lebenslauf"). */
  docTitles: string[];
  /** Results of pure text scorers, remembered for this parse (the same texts are scored many times). */
  memo: Map<string, unknown>;
  /** Lines whose whole text a pass has put into a field (the name line…): not repeated as text elsewhere. */
  consumed: Set<Line>;
  sections: Section[];
  resume: Resume;
  warnings: CvWarning[];
  explain: ExplainEntry[];
}
