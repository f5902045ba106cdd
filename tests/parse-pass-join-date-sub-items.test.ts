// Pass join-date-sub-items: a list item and its first nested item that holds only dates ("* Data Scientist" / "  * Oct 2021 - Jul 2023") become one item, when the CV has two such pairs; other lines stay.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each line's place, kind and plain text after the pass. */
function project(s: ParseState): unknown {
  return s.lines.map((l) => ({ line: l.line, ...(l.endLine !== l.line ? { endLine: l.endLine } : {}), kind: l.kind, text: l.plain }));
}

describePass({ pass: 'join-date-sub-items', until: 'join-date-sub-items', project, minCases: 2 });
