// Pass split-section-rows: a table whose first column names sections ("| **Experience** | Role, Org<br>… |") is read row by row, each labelled row a section; other tables stay rows.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each line's place, kind and plain text after the pass. */
function project(s: ParseState): unknown {
  return s.lines.map((l) => ({ line: l.line, kind: l.kind, text: l.plain }));
}

describePass({ pass: 'split-section-rows', until: 'split-section-rows', project, minCases: 3 });
