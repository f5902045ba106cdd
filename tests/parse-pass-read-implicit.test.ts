// Reader read-implicit (in pass read-sections): dated entries found without a section heading go to work or to education by what they say.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Roles and organisations, degrees and schools read from implicit entries. */
function project(s: ParseState): unknown {
  return {
    work: (s.resume.work ?? []).map((w) => ({ position: w.position, name: w.name })),
    education: (s.resume.education ?? []).map((e) => ({ studyType: e.studyType, institution: e.institution })),
  };
}

describePass({ pass: 'read-implicit', until: 'read-sections', project, minCases: 2 });
