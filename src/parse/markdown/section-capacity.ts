// The role a work section's heading names after its section word ("Experience as Senior Perl Developer" → "Senior Perl Developer").
import { classifyHeadingIn } from './classify-heading-in.js';
import { foldWord } from './fold-word.js';
import type { ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** The longest role a heading names after its section word, in words. */
const MAX_ROLE_WORDS = 5;

/**
 * "# Experience as Senior Perl Developer": the job title after a word of the CV's first two languages' `roleAfter` list
 * ("as", "als", "en tant que"), when what comes before it is a heading of the section's kind; undefined otherwise.
 */
export function sectionCapacity(state: ParseState, section: Section): string | undefined {
  const words = (section.title ?? '').trim().split(/\s+/);
  if (words.length < 3) return undefined;
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const marker of lex.roleAfter ?? []) {
      const n = marker.split(' ').length;
      for (let i = 1; i + n < words.length; i++) {
        if (words.length - i - n > MAX_ROLE_WORDS || foldWord(words.slice(i, i + n).join(' ')) !== foldWord(marker)) continue;
        const role = words.slice(i + n).join(' ').replace(/^(?:an?|the)\s+/i, '');
        if (classifyHeadingIn(state, words.slice(0, i).join(' '))?.kind === section.type && wordClasses(role, state).has('jobTitle')) return role;
      }
    }
  }
  return undefined;
}
