// The heading level at which a generic section opens as an organisation's entry, if it does.
import { headsDatedHeading } from './heads-dated-heading.js';
import { lineDates } from './line-dates.js';
import type { ParseState, Section } from './parse-types.js';

/**
 * The heading level of a generic section whose first line is a dated heading below its own, or whose own heading is
 * dated ("### 株式会社タイミー(2022/4~2022/10)"); undefined otherwise.
 */
export function openingLevel(state: ParseState, s: Section): number | undefined {
  if (s.type !== 'generic' || s.heading?.kind !== 'heading') return undefined;
  return headsDatedHeading(state, [s.heading, ...s.lines], 0) || lineDates(state, s.heading).length > 0 ? s.heading.level : undefined;
}
