// Reader read-work (in pass read-sections): each work and volunteer entry as the model's Work: role, organisation, place, dates (ISO and as written), summary or highlights.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's work and volunteer lists as the reader made them. */
function project(s: ParseState): unknown {
  return { work: s.resume.work ?? [], volunteer: s.resume.volunteer ?? [] };
}

describePass({
  pass: 'read-work',
  until: 'read-sections',
  project,
  minCases: 7,
});
