// Pass take-page-title-section: a page whose front-matter title names an entry section, its dated lines under no heading, is that section.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass: their kind, title and lines. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'take-page-title-section', until: 'take-page-title-section', project, minCases: 2 });
