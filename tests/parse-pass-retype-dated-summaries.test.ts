// Pass retype-dated-summaries: a summary section whose heading also names work and whose lines open with their dates becomes work; other summaries stay.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each section's type and title, in order. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => [x.type, x.title]);
}

describePass({ pass: 'retype-dated-summaries', until: 'retype-dated-summaries', project, minCases: 3 });
