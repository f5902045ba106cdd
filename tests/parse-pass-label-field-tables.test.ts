// Pass label-field-tables: a two-column table of an entry's fields in a work, volunteer or education section becomes "Label: value" lines; other tables stay rows.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each entry section's lines as [kind, plain text]. */
function project(s: ParseState): unknown {
  return s.sections.filter((x) => ['work', 'volunteer', 'education'].includes(x.type)).map((x) => ({ type: x.type, lines: x.lines.map((l) => [l.kind, l.plain]) }));
}

describePass({ pass: 'label-field-tables', until: 'label-field-tables', project, minCases: 2 });
