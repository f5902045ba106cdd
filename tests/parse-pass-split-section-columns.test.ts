// Pass split-section-columns: a table whose header cells each name a section ("| Educación | Idiomas |") is read column by column; other tables stay rows.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each line's place, kind and plain text after the pass. */
function project(s: ParseState): unknown {
  return s.lines.map((l) => ({ line: l.line, kind: l.kind, text: l.plain }));
}

describePass({ pass: 'split-section-columns', until: 'split-section-columns', project, minCases: 2 });
