// Reader read-titled-entries (in pass read-sections): projects, awards, publications, certificates and references: a title, who gave or published it, a date, a link and text.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's lists of titled entries. */
function project(s: ParseState): unknown {
  const r = s.resume;
  return { projects: r.projects ?? [], awards: r.awards ?? [], publications: r.publications ?? [], certificates: r.certificates ?? [], references: r.references ?? [] };
}

describePass({
  pass: 'read-titled-entries',
  until: 'read-sections',
  project,
  minCases: 5,
  knownFailures: {},
});
