// Pass retype-profile-sections: a section of labelled lines about the person (name, email, place) becomes the contact section whatever its heading; sections of entries with labels keep their types.
import type { ParseState } from '../src/parse/markdown/parse-types.js';
import { describePass } from './fixtures/parse-passes/pass-harness.js';

/** Each section's type and title, in order. */
function project(s: ParseState): unknown {
  return s.sections.map((x) => [x.type, x.title]);
}

describePass({ pass: 'retype-profile-sections', until: 'retype-profile-sections', project, minCases: 3 });
