// Pass keep-overflow: the rest of an overlong CV (past the lines read for structure) is the last section of the model, untitled, as written; the read part keeps its sections and entries.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's generic sections (title, first and last line of Markdown, order), the publications read, and the explain entry of the last section. */
function project(s: ParseState): unknown {
  const sections = s.resume.sections ?? [];
  const last = sections.length - 1;
  return {
    sections: sections.map((g) => ({ title: g.title ?? null, opens: g.markdown?.split('\n')[0] ?? null, ends: g.markdown?.split('\n').pop() ?? null, order: g.order ?? null })),
    publications: s.resume.publications?.length ?? 0,
    explain: s.explain.filter((e) => e.field === `/sections/${last}`).map((e) => [e.line, e.endLine, e.why?.[0] ?? null]),
  };
}

describePass({ pass: 'keep-overflow', until: 'keep-overflow', project, minCases: 2 });
