// Pass split-closing-line: the CV's last line, a place and a date alone, becomes a section of its own.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'split-closing-line', until: 'split-closing-line', project, minCases: 2 });
