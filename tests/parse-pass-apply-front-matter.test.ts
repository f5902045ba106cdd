// Pass apply-front-matter: the front matter's basics win over the body's (the body's value kept in meta.overridden), its lists come first, render options and unknown keys go to meta, site settings are dropped.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Meta keys other passes write (section order and titles, table headers). */
const OTHER_META = new Set(['sectionTitles', 'sectionOrder', 'tableHeaders']);

/** The basics, the work list (role, organisation, dates) and the meta this pass wrote. */
function project(s: ParseState): unknown {
  const r = s.resume;
  const b = r.basics ?? {};
  return {
    basics: { name: b.name, label: b.label, email: b.email, phone: b.phone, summary: b.summary },
    work: (r.work ?? []).map((w) => ({ position: w.position, name: w.name, startDate: w.startDate, endDate: w.endDate })),
    meta: Object.fromEntries(Object.entries(r.meta ?? {}).filter(([k]) => !OTHER_META.has(k))),
  };
}

describePass({
  pass: 'apply-front-matter',
  until: 'apply-front-matter',
  project,
  minCases: 5,
  knownFailures: {
    'front-matter-name-wins-body-name-kept': 'the body heading "Kofi A. Mensah" loses to the front matter name in read-header and is then kept as bold text of the summary instead of in meta.overridden.name',
  },
});
