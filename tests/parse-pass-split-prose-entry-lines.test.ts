// Pass split-prose-entry-lines: "**Role.** Sentences. Organisation, Place, dates." paragraphs of dated sections become a head line and a body line.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The lines of the dated sections after the pass: source line and Markdown. */
function project(s: ParseState): unknown {
  return s.sections.filter((x) => x.type === 'work' || x.type === 'education').map((x) => ({ type: x.type, lines: x.lines.map((l) => [l.line, l.md]) }));
}

describePass({ pass: 'split-prose-entry-lines', until: 'split-prose-entry-lines', project, minCases: 4 });
