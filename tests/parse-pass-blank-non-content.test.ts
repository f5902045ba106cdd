// Pass read-markdown-source, its non-content part: style, script, comments, template tags, kramdown markers and LaTeX layout go; code and every line number stay.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { contentLines, describePass } from './fixtures/parse-passes/pass-harness.js';

/** The lines left as content (by line number) and the warnings about what was removed. */
function project(s: ParseState): unknown {
  return { content: contentLines(s.source.body), warnings: s.warnings.map((w) => ({ code: w.code, line: w.line })) };
}

describePass({
  pass: 'blank-non-content',
  until: 'read-markdown-source',
  project,
  minCases: 7,
});
