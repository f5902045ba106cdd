// Reader read-education (in pass read-sections): each entry's degree, school, place, dates and text; certificates listed among studies go to certificates.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** The model's education and certificates lists as the reader made them. */
function project(s: ParseState): unknown {
  return { education: s.resume.education ?? [], certificates: s.resume.certificates ?? [] };
}

describePass({
  pass: 'read-education',
  until: 'read-sections',
  project,
  minCases: 7,
  knownFailures: {
    'certificate-issuer-after-comma': 'a certificate moved out of education keeps "…, Amazon Web Services" in its name instead of reading it as the issuer',
  },
});
