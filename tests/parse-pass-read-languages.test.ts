// Reader read-languages (in pass read-sections): "Language (level)", "Language – level", several on one line, bold names, tables.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's languages. */
const project = (s: ParseState): unknown => s.resume.languages ?? [];

describePass({
  pass: 'read-languages',
  until: 'read-sections',
  project,
  minCases: 5,
  knownFailures: {
    'full-width-parentheses': '"中文（母语）": full-width parentheses do not separate the level from the language',
  },
});
