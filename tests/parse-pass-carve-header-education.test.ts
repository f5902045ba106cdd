// Pass carve-header-education: a CV with no education section whose header or personal details name a degree and a school gets an education section of those lines; an address at a university stays.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The non-empty sections (kind, line numbers) and the education read from them. */
function project(s: ParseState): unknown {
  return {
    sections: s.sections.filter((x) => x.lines.length > 0).map((x) => ({ type: x.type, lines: x.lines.map((l) => l.line) })),
    education: s.resume.education ?? [],
  };
}

describePass({
  pass: 'carve-header-education',
  until: 'apply-front-matter',
  project,
  minCases: 3,
  knownFailures: {},
});
