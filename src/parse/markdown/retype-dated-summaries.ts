// Pass: a summary section whose heading also names work ("경력 요약", "Career Summary") and which lists dated lines ("* 2021-2022 : 플랫폼서버개발 - …") is the jobs, not a summary.
import { classifyHeadingIn } from './classify-heading-in.js';
import { lineDates } from './line-dates.js';
import type { Line, ParseState, Section } from './parse-types.js';

/** The fewest lines opening with their dates that make the evidence. */
const MIN_DATED = 2;

/** A list item or a paragraph's first line that opens with its date ("2019-2020 : 단스짱", "Jan 2019 – Mar 2021, Role at Org"). */
function opensDated(state: ParseState, l: Line): boolean {
  if (l.kind !== 'item' && l.kind !== 'text') return false;
  const d = lineDates(state, l)[0];
  return d !== undefined && d.index <= 2;
}

/** One word of the section's heading names work on its own ("경력" of "경력 요약", "Career" of "Career Summary"). */
function headingNamesWork(state: ParseState, s: Section): boolean {
  const words = (s.title ?? '').split(/\s+/u);
  return words.length > 1 && words.some((w) => classifyHeadingIn(state, w)?.kind === 'work');
}

/**
 * Pass: retypes as `work` each summary section whose heading has a word naming work and whose lines open with
 * their dates two or more times: "경력 요약" over "[현대자동차](…)" / "* 2022-2022 : 관리도구 개발 - …" lists jobs.
 */
export function retypeDatedSummaries(state: ParseState): void {
  for (const s of state.sections) {
    if (s.type !== 'summary' || !headingNamesWork(state, s)) continue;
    if (s.lines.filter((l) => l !== s.heading && opensDated(state, l)).length < MIN_DATED) continue;
    s.type = 'work';
    s.why.push('its heading names work as well as a summary, and its lines open with their dates: jobs');
  }
}
