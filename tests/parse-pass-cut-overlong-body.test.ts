// Pass cut-overlong-body: a body longer than any CV is read for structure only up to a blank line near the limit (never inside fenced code); the rest is kept for the last section, with a warning naming its first line.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** How many lines are read, where the rest starts and how it opens and ends, and the warnings' codes and lines. */
function project(s: ParseState): unknown {
  const rest = s.overflow;
  return {
    readLines: s.body.split('\n').length,
    overflowLine: rest?.line ?? null,
    overflowOpens: rest ? rest.markdown.split('\n')[0] : null,
    overflowEnds: rest ? rest.markdown.split('\n').pop() : null,
    warnings: s.warnings.map((w) => [w.code, w.line ?? null]),
  };
}

describePass({ pass: 'cut-overlong-body', until: 'cut-overlong-body', project, minCases: 3 });
