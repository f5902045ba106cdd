// Pass read-sections: the header's text and summary sections become the summary, unknown sections stay as generic Markdown sections, and the order, titles and parts of the CV's sections are kept for the themes.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The summary, the generic sections, and the sections' order, titles and parts. */
function project(s: ParseState): unknown {
  const r = s.resume;
  return {
    summary: r.basics?.summary,
    sections: (r.sections ?? []).map((g) => ({ title: g.title, markdown: g.markdown })),
    sectionOrder: r.meta?.sectionOrder,
    sectionTitles: r.meta?.sectionTitles,
    sectionParts: r.meta?.sectionParts,
  };
}

describePass({
  pass: 'read-sections',
  until: 'read-sections',
  project,
  minCases: 5,
  knownFailures: {
    'contact-line-with-place-is-no-summary': 'a contact line "email · phone · São Paulo" is not contact-only (the place is no contact), so the whole line becomes the summary and the place is not read',
  },
});
