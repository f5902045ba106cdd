// Pass point-appended-lines: fields read from Markdown that the front matter held are explained at that key's line.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The work fields' explanations after the pass: their line and the last reason given. */
function project(s: ParseState): unknown {
  return s.explain.filter((e) => e.field.startsWith('/work/0/')).map((e) => ({ field: e.field, line: e.line, endLine: e.endLine, why: e.why?.[e.why.length - 1] }));
}

describePass({ pass: 'point-appended-lines', until: 'point-appended-lines', project, minCases: 2 });
