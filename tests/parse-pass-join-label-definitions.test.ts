// Pass join-label-definitions: definition-list pairs and label items over one nested item whose terms are field labels ("Teléfono" / ": 652 096 865", "+ Phone" / "  - 0912…") become "Label: value" lines; other lists stay.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each line's place, kind and plain text after the pass. */
function project(s: ParseState): unknown {
  return s.lines.map((l) => ({ line: l.line, ...(l.endLine !== l.line ? { endLine: l.endLine } : {}), kind: l.kind, text: l.plain }));
}

describePass({ pass: 'join-label-definitions', until: 'join-label-definitions', project, minCases: 2 });
