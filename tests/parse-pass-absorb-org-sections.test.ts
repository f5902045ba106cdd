// Pass absorb-org-sections: a work or education section over no text takes in the sections at its level each headed by a name over a dated heading.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass, with the implicit ones marked. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, line: x.heading?.line ?? null, ...(x.implicit ? { implicit: true } : {}), lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'absorb-org-sections', until: 'absorb-org-sections', project, minCases: 3 });
