// Pass read-header: the person's name (the best-scored candidate from front matter, labels, headings, lines, HTML), headline, email, phone, links, profiles and place.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** What the header says about the person, and the source line the name was read from (what --explain shows). */
function project(s: ParseState): unknown {
  const b = s.resume.basics ?? {};
  return {
    name: b.name,
    nameFrom: s.explain.find((e) => e.field === '/basics/name')?.line,
    label: b.label,
    email: b.email,
    phone: b.phone,
    url: b.url,
    city: b.location?.city,
    profiles: b.profiles?.map((p) => ({ network: p.network, username: p.username })),
  };
}

describePass({
  pass: 'read-header',
  until: 'read-header',
  project,
  minCases: 12,
  knownFailures: {
    'headline-and-place-in-emoji-contact-line': 'no headline (basics.label) is read from the line under the name, and the place of "📍 Kraków, Poland · ✉️ …" is not read (only labelled places and "living in …" are)',
    'job-title-heading-is-not-the-name': 'the name is right, but the job title written as the first heading is not read as the headline (basics.label: no pass reads it)',
    'personal-site-is-the-url-profiles-listed': 'the LinkedIn link becomes basics.url although https://weilin.dev is on the same line, and the bare github.com/chenweilin is no profile',
    'name-from-first-and-last-name-table': 'the name is read from the Vorname/Nachname rows but --explain points at line 1 ("# Lebenslauf"): the candidate keeps no line',
  },
});
