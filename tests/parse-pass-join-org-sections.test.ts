// Pass join-org-sections: where the CV has no work section, generic sections each headed by a name over a dated heading (and those headed below them) become one work section.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** The sections after the pass, with the implicit ones marked. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => ({ type: x.type, title: x.title, line: x.heading?.line ?? null, ...(x.implicit ? { implicit: true } : {}), lines: lineNumbers(x.lines) }));
}

describePass({ pass: 'join-org-sections', until: 'join-org-sections', project, minCases: 3 });
