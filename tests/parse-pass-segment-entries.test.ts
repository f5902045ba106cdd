// Pass segment-entries (run by each entry section's reader): where each entry starts, which lines are its head (role, organisation, dates) and which its body, whatever markup marks them.
import { ENTRY_KINDS } from '../src/parse/markdown/find-sections.js';
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { segmentEntries } from '../src/parse/markdown/segment-entries.js';
import { describePass, lineNumbers } from './fixtures/parse-passes/pass-harness.js';

/** Per entry section: the lines before its first entry, and each entry's group, head and body lines. */
function project(s: ParseState): unknown {
  return s.sections
    .filter((x) => ENTRY_KINDS.has(x.type))
    .map((x) => {
      const seg = segmentEntries(s, x);
      return {
        section: x.title,
        intro: lineNumbers(seg.intro),
        entries: seg.entries.map((e) => ({ ...(e.group.length ? { group: lineNumbers(e.group) } : {}), head: lineNumbers(e.head), body: lineNumbers(e.body) })),
      };
    });
}

describePass({
  pass: 'segment-entries',
  // the state the section readers see
  until: 'read-header',
  project,
  minCases: 8,
  knownFailures: {
    'definition-list-date-terms': "a definition's second paragraph (a full sentence, line 6) joins the entry's head instead of its body",
  },
});
