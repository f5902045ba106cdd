// Pass find-implicit-entries: dated entries outside entry sections (a CV without section headings, a dated table under "About") get a work section of their own.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass, with the implicit ones marked. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, line: x.heading?.line ?? null, ...(x.implicit ? { implicit: true } : {}), lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'find-implicit-entries', until: 'find-implicit-entries', project, minCases: 4 });
