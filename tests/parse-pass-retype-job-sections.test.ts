// Pass retype-job-sections: a section whose heading names no kind but whose entry headings each name a job at a place, some dated, is read as work.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass, with the implicit ones marked. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, line: x.heading?.line ?? null, ...(x.implicit ? { implicit: true } : {}), lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'retype-job-sections', until: 'retype-job-sections', project, minCases: 2 });
