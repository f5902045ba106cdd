// Free-form Markdown CV → résumé model: an ordered list of passes over one state (read the source, lines, language, sections, header, sections' readers, checks).
import type { ParseResult } from '../model/parse-result.js';
import { applyFrontMatter } from './markdown/apply-front-matter.js';
import { buildDateWords } from './markdown/build-date-words.js';
import { buildLines } from './markdown/build-lines.js';
import { detectLanguage } from './markdown/detect-language.js';
import { findImplicitEntries } from './markdown/find-implicit-entries.js';
import { joinOrgSections } from './markdown/join-org-sections.js';
import { absorbOrgSections } from './markdown/absorb-org-sections.js';
import { splitProseEntryLines } from './markdown/split-prose-entry-lines.js';
import { splitSectionColumns } from './markdown/split-section-columns.js';
import { splitSectionRows } from './markdown/split-section-rows.js';
import { demotePartHeadings } from './markdown/demote-part-headings.js';
import { findSections } from './markdown/find-sections.js';
import { retypeCompanyTables } from './markdown/retype-company-tables.js';
import { retypeProgrammingLanguages } from './markdown/retype-programming-languages.js';
import { retypeWorkOverviews } from './markdown/retype-work-overviews.js';
import { retypeDatedSummaries } from './markdown/retype-dated-summaries.js';
import { retypeProfileSections } from './markdown/retype-profile-sections.js';
import { retypeJobSections } from './markdown/retype-job-sections.js';
import { retypeAppointmentSections } from './markdown/retype-appointment-sections.js';
import { labelFieldTables } from './markdown/label-field-tables.js';
import { joinBrokenRanges } from './markdown/join-broken-ranges.js';
import { splitPastedParagraphs } from './markdown/split-pasted-paragraphs.js';
import { joinDateSubItems } from './markdown/join-date-sub-items.js';
import { joinLabelDefinitions } from './markdown/join-label-definitions.js';
import type { ParseState } from './markdown/parse-types.js';
import { readHeader } from './markdown/read-header.js';
import { readMarkdownSource } from './markdown/read-markdown-source.js';
import { readSections } from './markdown/read-sections.js';
import { carveLabelledLanguages } from './markdown/carve-labelled-languages.js';
import { splitClosingLine } from './markdown/split-closing-line.js';
import { carveHeaderEducation } from './markdown/carve-header-education.js';
import { pointAppendedLines } from './markdown/point-appended-lines.js';
import { checkCv } from './markdown/check-cv.js';
import { cutOverlongBody } from './markdown/cut-overlong-body.js';
import { keepOverflow } from './markdown/keep-overflow.js';
import { finishModel } from './markdown/finish-model.js';

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /** The file name, for warnings. */
  file?: string;
}

/** The passes, in order: each reads and extends the state. */
const PASSES: ReadonlyArray<(state: ParseState) => void> = [
  cutOverlongBody,
  (s) => {
    s.lines = buildLines(s.body);
  },
  detectLanguage,
  (s) => {
    s.langs = s.lexicons.map((l) => l.tag);
    s.dateWords = buildDateWords(s.lexicons);
  },
  joinLabelDefinitions,
  joinBrokenRanges,
  joinDateSubItems,
  splitPastedParagraphs,
  splitSectionColumns,
  splitSectionRows,
  findSections,
  demotePartHeadings,
  retypeDatedSummaries,
  retypeWorkOverviews,
  retypeProfileSections,
  retypeCompanyTables,
  retypeProgrammingLanguages,
  retypeJobSections,
  retypeAppointmentSections,
  labelFieldTables,
  joinOrgSections,
  absorbOrgSections,
  findImplicitEntries,
  splitProseEntryLines,
  carveLabelledLanguages,
  carveHeaderEducation,
  splitClosingLine,
  readHeader,
  readSections,
  keepOverflow,
  applyFrontMatter,
  finishModel,
  checkCv,
  pointAppendedLines,
];

/**
 * Parses a Markdown CV into the résumé model. Never throws: broken front matter, unknown layouts and
 * odd markup become warnings, and every word of content reaches the model.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): ParseResult {
  const source = readMarkdownSource(text, options.file);
  const state: ParseState = {
    ...(options.file !== undefined ? { file: options.file } : {}),
    source,
    body: source.body,
    lines: [],
    lexicons: [],
    lang: 'en',
    langs: [],
    dateWords: buildDateWords([]),
    dateMemo: new Map(),
    docTitles: [],
    consumed: new Set(),
    memo: new Map(),
    sections: [],
    resume: {},
    warnings: [...source.warnings],
    explain: [],
  };
  for (const pass of PASSES) pass(state);
  return { resume: state.resume, warnings: state.warnings, explain: state.explain, kind: 'markdown' };
}
