// Pass retype-work-overviews: an undated work section whose heading also names a summary, beside dated work sections, becomes the summary; otherwise the sections keep their types.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each section's type and title, in order. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => [x.type, x.title]);
}

describePass({ pass: 'retype-work-overviews', until: 'retype-work-overviews', project, minCases: 3 });
