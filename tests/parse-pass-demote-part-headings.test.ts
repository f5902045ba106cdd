// Pass demote-part-headings: an undated heading an entry section repeats over each entry's list becomes a caption line of the entry above it; headings that head entries stay headings.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each section's type and its lines that are headings or captions, as [kind, level, text, caption]. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => [x.type, x.lines.filter((l) => l.kind === 'heading' || l.caption).map((l) => [l.kind, l.level, l.plain, l.caption === true])]);
}

describePass({ pass: 'demote-part-headings', until: 'demote-part-headings', project, minCases: 3 });
