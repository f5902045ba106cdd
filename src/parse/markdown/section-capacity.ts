// The role a work section's heading names after its section word ("Experience as Senior Perl Developer" → "Senior Perl Developer").
import { classifyHeadingIn } from './classify-heading-in.js';
import { findRoleAfterWords } from './find-role-after-words.js';
import type { ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/**
 * "# Experience as Senior Perl Developer": the job title after a word of the CV's first two languages' `roleAfter` list
 * ("as", "als", "en tant que"), when what comes before it is a heading of the section's kind; undefined otherwise.
 */
export function sectionCapacity(state: ParseState, section: Section): string | undefined {
  for (const c of findRoleAfterWords((section.title ?? '').trim().replace(/\s+/g, ' '), state)) {
    const role = c.right.replace(/^(?:an?|the)\s+/i, '');
    if (classifyHeadingIn(state, c.left)?.kind === section.type && wordClasses(role, state).has('jobTitle')) return role;
  }
  return undefined;
}
