// Pass retype-company-tables: a projects section whose table has a company column and a period column, in a CV without a work section, becomes work; otherwise the sections keep their types.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each section's type and title, in order. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => [x.type, x.title]);
}

describePass({ pass: 'retype-company-tables', until: 'retype-company-tables', project, minCases: 3 });
