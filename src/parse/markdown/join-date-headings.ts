// Joins a heading of dates to the heading under it that names the role ("##### 2022年6月 - 2023年8月" / "##### フルスタックエンジニア"), and a heading that is one link to the entry above it.
import { dateOnly } from './date-only.js';
import { isEmployment } from './is-employment.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import type { Segmented } from './segment-entries.js';

/** A heading alone in an entry's head, with no text under it. */
function bareHeading(e: EntryBlock): Line | undefined {
  const [h, more] = e.head;
  return h && !more && h.kind === 'heading' ? h : undefined;
}

/** The heading gives dates and names no job ("正社員: 2023年10月 - 2024年10月 / 業務委託: …" too). */
function datesHeading(state: ParseState, l: Line): boolean {
  const dates = lineDates(state, l);
  if (dateOnly(state, l)) return true;
  if (dates.length === 0 || l.plain.length > 80) return false;
  // (what the dates leave: kinds of employment labelling each, "正社員:", "業務委託:")
  let rest = l.plain;
  for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.index)} / ${rest.slice(d.index + d.length)}`;
  const parts = rest.split(/[\s/|:：,、]+/u).filter(Boolean);
  return parts.every(isEmployment) || !wordClasses(rest, state).has('jobTitle');
}

/** A heading that is one link ("##### [Linkedinの紹介記事](…)"): a reference of the entry above, no entry. */
function linkHeading(state: ParseState, l: Line): boolean {
  return l.links.length === 1 && l.links[0]!.text.trim().length >= l.plain.trim().length - 2 && lineDates(state, l).length === 0;
}

/**
 * Post-step of entry segmentation: an entry whose head ends with a heading of dates and that has no text, followed by an
 * entry whose head opens with an undated heading of the same level under the same lines, is one entry with both headings as its
 * head (the lines above them its group), and so is one whose text opens with such a heading; an entry
 * that is a heading of one link and its text, after an entry under the same group, is that entry's text.
 */
export function joinDateHeadings(state: ParseState, out: Segmented): void {
  const kept: EntryBlock[] = [];
  const entries = out.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const h = bareHeading(e);
    const next = entries[i + 1];
    const n = next?.head[0]?.kind === 'heading' ? next.head[0] : undefined;
    // (the first entry under an organisation's heading may hold that heading in its head: "### Section L" / "##### 2023年10月 - …")
    const last = e.head[e.head.length - 1];
    const above = [...e.group, ...e.head.slice(0, -1)];
    if (last?.kind === 'heading' && e.body.length === 0 && n && next && n.level === last.level && lineDates(state, n).length === 0 && datesHeading(state, last) && next.group.every((l) => above.includes(l))) {
      next.group = above;
      next.head.unshift(last);
      continue;
    }
    // ("### Section L" / "##### 2022年6月 - 2023年8月" over "##### フルスタックエンジニア" and its text: the role heading opens the text)
    const first = e.body[0];
    if (last?.kind === 'heading' && first?.kind === 'heading' && first.level === last.level && lineDates(state, first).length === 0 && datesHeading(state, last) && !linkHeading(state, first)) {
      e.head.push(first);
      e.body.shift();
    }
    const prev = kept[kept.length - 1];
    if (h && prev && e.group.length > 0 && e.group.every((l) => prev.group.includes(l) || prev.head.includes(l)) && linkHeading(state, h)) {
      prev.body.push(...e.head, ...e.body);
      continue;
    }
    kept.push(e);
  }
  if (kept.length !== entries.length) entries.splice(0, entries.length, ...kept);
}
