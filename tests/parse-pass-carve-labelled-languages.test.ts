// Pass carve-labelled-languages: a labelled line that lists spoken languages inside another section becomes a languages section; programming languages stay skills.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The non-empty sections after the header (kind, the carved ones' title, their line numbers) and the languages read from them. */
function project(s: ParseState): unknown {
  return {
    sections: s.sections
      .filter((x) => x.type !== 'header' && x.lines.length > 0)
      .map((x) => ({ type: x.type, ...(x.type === 'languages' ? { title: x.title } : {}), lines: x.lines.map((l) => l.line) })),
    languages: s.resume.languages ?? [],
  };
}

describePass({
  pass: 'carve-labelled-languages',
  until: 'apply-front-matter',
  project,
  minCases: 3,
  knownFailures: {},
});
