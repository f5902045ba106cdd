// Reader read-skills (in pass read-sections): "Group: a, b" lines, sub-headings over lists, tables and definition lists of groups, plain lists named after the section.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's skill groups. */
const project = (s: ParseState): unknown => s.resume.skills ?? [];

describePass({
  pass: 'read-skills',
  until: 'read-sections',
  project,
  minCases: 5,
  knownFailures: {
    'definition-list-groups': 'definition-list groups ("Backend" / ": Java, Kotlin") are not read as groups: every term and item lands in one group named after the section',
  },
});
