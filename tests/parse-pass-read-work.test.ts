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
  knownFailures: {
    'paragraph-then-list-split-into-summary-and-highlights': 'a paragraph followed by a list becomes one Markdown summary; the list is not the highlights (bodyParts takes highlights only when the body is a list alone)',
    'nested-items-under-item-entries': 'sub-items of an item entry become a summary, the second one indented under the first ("- Built churn models\\n  - Ran A/B tests"), instead of highlights',
    'bold-roles-under-company-heading': 'a second bold role line under a company heading does not start an entry: it lands in the first role\'s summary',
  },
});
