// Passes split-head and assign-head (run by the work reader): an entry's head cut into segments at separators, connectors and labels, and which segment is the role, the organisation and the place.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { readEntryHeads } from '../src/parse/markdown/read-entry-heads.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Per entry of the work and volunteer sections: role, organisation, place and the head text no field took. */
function project(s: ParseState): unknown {
  return s.sections
    .filter((x) => x.type === 'work' || x.type === 'volunteer')
    .flatMap((x) => readEntryHeads(s, x, 'work').entries)
    .map((e) => {
      const f = e.fields;
      const place = [...f.places.map((p) => p.text), ...f.cutPlaces.map((c) => c.text)].join('; ');
      return {
        ...(f.first ? { role: f.first.text } : {}),
        ...(f.second ? { org: f.second.text } : {}),
        ...(place ? { place } : {}),
        ...(f.rest.length ? { rest: f.rest.map((r) => r.text) } : {}),
      };
    });
}

describePass({
  pass: 'assign-head',
  until: 'read-header',
  project,
  minCases: 10,
  knownFailures: {},
});
