// Pass join-broken-ranges: a date alone and the next source line that is the rest of its range ("## 2020.07" / "~현재") become one date line; other lines stay.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each line's place, kind and plain text after the pass. */
function project(s: ParseState): unknown {
  return s.lines.map((l) => ({ line: l.line, ...(l.endLine !== l.line ? { endLine: l.endLine } : {}), kind: l.kind, text: l.plain }));
}

describePass({ pass: 'join-broken-ranges', until: 'join-broken-ranges', project, minCases: 2 });
