// Pass: a page whose front-matter title names a section ("title: Professional Experience") and whose body opens with its dated entries, no heading over them, is that section.
import { classifyHeadingIn } from './classify-heading-in.js';
import { ENTRY_KINDS } from './find-sections.js';
import { lineDates } from './line-dates.js';
import type { ParseState } from './parse-types.js';

/**
 * Pass: where the front matter's title names an entry section exactly ("Professional Experience", "Education") that the
 * CV has no heading for, and the header (the lines before the first section heading) has no heading of its own and a
 * date, the header's lines are that section: a site's page of one part of a CV ("**Period:** January 2026 to April 2026" /
 * "**Institution:** …" / "**Position:** …").
 */
export function takePageTitleSection(state: ParseState): void {
  const title = state.source.frontMatter?.data?.['title'];
  const header = state.sections[0];
  if (typeof title !== 'string' || !header || header.type !== 'header' || header.lines.length === 0) return;
  const cls = classifyHeadingIn(state, title.trim());
  if (!cls || cls.how !== 'exact' || !ENTRY_KINDS.has(cls.kind) || state.sections.some((s) => s.type === cls.kind)) return;
  if (header.lines.some((l) => l.kind === 'heading') || !header.lines.some((l) => lineDates(state, l).length > 0)) return;
  state.sections[0] = { type: cls.kind, title: title.trim(), lines: header.lines, lang: cls.lang, why: [`the page's title "${title.trim()}" is the ${cls.lang} word for ${cls.kind}`] };
  state.sections.unshift({ type: 'header', title: '', lines: [], why: ['the lines before the first section'] });
}
