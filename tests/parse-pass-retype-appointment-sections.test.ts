// Pass retype-appointment-sections: an education section naming no degree whose dated lines name jobs is read as work.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass, with the implicit ones marked. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, line: x.heading?.line ?? null, ...(x.implicit ? { implicit: true } : {}), lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'retype-appointment-sections', until: 'retype-appointment-sections', project, minCases: 2 });
