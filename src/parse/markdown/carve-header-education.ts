// Pass: a CV without an education section that names its degree and school in the header or personal details ("- 本科/安徽农业大学环境工程专业", "科系： 世新大學 經濟學系 學士") gets an education section of those lines.
import { classifyHeadingIn } from './classify-heading-in.js';
import { findLineLabel } from './find-line-label.js';
import { preferHit } from './lexicon-index.js';
import { fieldLabelHits } from './field-label-hits.js';
import { unspaceCjkLabel } from './unspace-cjk-label.js';
import { foldWord } from './fold-word.js';
import { makeValueLine } from './make-value-line.js';
import type { Line, ParseState, Section } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { lineDates } from './line-dates.js';

/** A longer line is prose, not a degree line. */
const MAX_LENGTH = 80;
/** ... unless it opens with a degree and holds its dates, up to this length. */
const MAX_DATED_LENGTH = 160;

/** "| 最終学歴 | 東京理科大学 応用数学科卒 |": a table row of two cells, a label and its value (not the table's header). */
function rowLabel(l: Line): { label: string; value: number } | undefined {
  const bar = l.plain.indexOf(' | ');
  if (l.header || l.cells?.length !== 2 || bar <= 0) return undefined;
  return { label: l.plain.slice(0, bar).trim(), value: bar + 3 };
}

/** A row's value as a text line of its own (a text's value line as it is). */
function valueLine(l: Line, at: number): Line {
  const v = makeValueLine(l, at);
  if (l.kind !== 'row') return v;
  const { cells: _cells, header: _header, ...rest } = v;
  return { ...rest, kind: 'text', md: l.cells![1]!.trim() };
}

/**
 * Where the degree line's text starts (after a degree or school label) and, when its label is the education
 * section's own word ("教育:"), that label; undefined when the line names no degree and school.
 */
function degreeLine(state: ParseState, l: Line, prose: boolean): { at: number; sectionLabel?: string } | undefined {
  if ((l.kind !== 'item' && l.kind !== 'text' && l.kind !== 'row') || l.depth > 0 || l.plain.length > MAX_DATED_LENGTH) return undefined;
  // ("- B.Tech in Computer Science and Engineering at **LNM Institute of Information Technology (LNMIIT), Jaipur** (Aug 2023 to May 2027)":
  // a longer line opening with a degree and dated is still one)
  if (l.plain.length > MAX_LENGTH && !(wordClasses(l.plain.split(' ').slice(0, 2).join(' '), state).has('degree') && lineDates(state, l).length > 0)) return undefined;
  // ("大学卒業後、 3 年間、営業職として総合不動産会社に勤務。": a sentence of a summary tells, it lists no degree)
  if (prose && /[。.!！]\s*$/u.test(l.plain)) return undefined;
  const lab = l.kind === 'row' ? rowLabel(l) : findLineLabel(l);
  if (l.kind === 'row' && !lab) return undefined;
  const field = lab ? preferHit(fieldLabelHits(foldWord(lab.label)), state.langs)?.value : undefined;
  // "教育: 沈阳工业大学 本科 (2001-2005 金属材料)": the education section's own word as the label ("학 력": spaced out)
  const sectionWord = lab !== undefined && classifyHeadingIn(state, unspaceCjkLabel(lab.label))?.kind === 'education';
  const education = sectionWord && field === undefined;
  if (lab && field !== 'degree' && field !== 'institution' && !education) return undefined;
  const value = lab ? l.plain.slice(lab.value) : l.plain;
  const cls = wordClasses(value, state);
  // ("🏫 毕业院校：**桂林电子科技大学**": a school under a school label names the studies without a degree)
  // ("- 충남대학교 컴퓨터 공학과 (2015) - 2021년 2월 졸업": a school with its dates and no job title names the studies too)
  const datedSchool = !lab && !cls.has('jobTitle') && lineDates(state, l).length > 0;
  if (!cls.has('institution') || !(cls.has('degree') || field === 'degree' || field === 'institution' || education || datedSchool)) return undefined;
  const at = lab?.value ?? 0;
  // (a school label over a school alone, "毕业院校", titles the section: its words are kept)
  const titles = (sectionWord || (field === 'institution' && !cls.has('degree'))) && at > 0;
  return titles ? { at, sectionLabel: lab!.label } : { at };
}

/**
 * Pass: when no section is an education section, lines of the header and contact sections that name a
 * degree and a school (or a labelled degree with a school) become an education section right after theirs.
 */
export function carveHeaderEducation(state: ParseState): void {
  if (state.sections.some((s) => s.type === 'education')) return;
  const out: Section[] = [];
  for (const s of state.sections) {
    out.push(s);
    if (s.type !== 'header' && s.type !== 'contact' && s.type !== 'summary') continue;
    const lines: Line[] = [];
    let title = '';
    s.lines = s.lines.filter((l) => {
      const d = degreeLine(state, l, s.type === 'summary');
      if (!d) return true;
      lines.push(valueLine(l, d.at));
      // a label that is the section's own word ("教育:") is its title
      title ||= d.sectionLabel ?? '';
      return false;
    });
    if (lines.length) out.push({ type: 'education', title, lines, implicit: true, why: ['the header names a degree and a school'] });
  }
  state.sections = out;
}
