// A page of a site whose front matter's title names an entry section ("Professionele werkervaring", "Experience") and whose top headings name none: the page is that section.
import type { HeadingClass } from './classify-heading.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { DATED_KINDS } from './find-sections.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { lineDates } from './line-dates.js';

/**
 * The section a whole page is, when its front matter's `title` names a section of dated entries (work, volunteering,
 * education) and no heading at the page's top level names a section: a site's "Experience" page holds the jobs, each
 * under its own heading (or, with no heading at all, under labelled lines with dates). Undefined otherwise.
 * @param classes - the classified heading lines (index into `lines`, rank)
 */
export function pageTitleSection(state: ParseState, lines: readonly Line[], classes: ReadonlyArray<{ i: number; rank: number; cls: HeadingClass }>): Section | undefined {
  const data = state.source.frontMatter?.data;
  const title = data?.['title'];
  if (typeof title !== 'string' || title.length > 60) return undefined;
  // ("widget: experience" with "title: 略歴": a Wowchemy or Hugo Blox page section says its kind by its widget or block, whatever its title says)
  const widget = widgetKind(data?.['widget'] ?? data?.['block']);
  const cls = widget ? { kind: widget, lang: state.lang, how: 'exact' as const, phrase: title } : classifyHeadingIn(state, title);
  if (!cls || !DATED_KINDS.has(cls.kind) || title.split(' ').length > 5) return undefined;
  let top = 7;
  for (const l of lines) if (l.kind === 'heading' && l.level < top) top = l.level;
  // (a page with no heading at all is that section where it has a date: "**Period:** January 2026 to April 2026" / "**Institution:** …")
  if (top === 7 ? !lines.some((l) => lineDates(state, l).length > 0) : classes.some((c) => lines[c.i]!.kind === 'heading' && lines[c.i]!.level === top && c.cls.kind !== 'doctitle')) return undefined;
  return { type: cls.kind, title, lines: [], lang: cls.lang, why: [`the front matter's title "${title}" names the page's section (${cls.kind}), and no heading at its top level names one`] };
}

/** The dated section kind a page section's widget or block names ("experience", "resume-experience"); undefined for any other. */
function widgetKind(widget: unknown): HeadingClass['kind'] | undefined {
  if (typeof widget !== 'string') return undefined;
  return WIDGET_KINDS.get(widget.toLowerCase().replace(/^resume-/, ''));
}

/** Wowchemy widgets and Hugo Blox blocks that hold dated entries. */
const WIDGET_KINDS: ReadonlyMap<string, HeadingClass['kind']> = new Map([
  ['experience', 'work'],
  ['education', 'education'],
]);
