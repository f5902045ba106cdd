// Tells a client assignment nested in a job ("#### Oppdrag: Telenor" with its dates inside the employer's) from a job of its own.
import { lineDates } from './line-dates.js';
import { dateOnly } from './date-only.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';
import { scorePlaceIn } from './score-place-in.js';
import { spanWithin } from './span-within.js';
import { lineWithoutDates } from './line-without-dates.js';
import { wordClasses } from './score-segment.js';

/** The date of a heading: on it, or alone on the line right under it (a deeper heading too: "### Role at Org" / "#### October 2022 - June 2025"). */
function headingDate(state: ParseState, l: Line, next: Line | undefined): DateSpan | undefined {
  const below = next && (next.kind !== 'heading' || (next.level > l.level && dateOnly(state, next)));
  return lineDates(state, l)[0] ?? (below ? lineDates(state, next)[0] : undefined);
}

/**
 * "### Senior Engineer — _Redpill Linpro_" / `Januar 2022 – nå`, then "#### Oppdrag: Telenor — …" / `April 2025 – nå`:
 * a deeper heading that opens with a label ("Oppdrag:", "Client:", "Projekt:") and whose dates lie within
 * those of the entry above, which already names its role and organisation, is part of that entry.
 * @param head - the current entry's head lines
 * @param l - a heading deeper than the head's first line
 * @param next - the line after it
 * @param body - the current entry's body so far (its first line may hold the entry's dates)
 */
export function isNestedAssignment(state: ParseState, head: readonly Line[], l: Line, next: Line | undefined, body: readonly Line[] = []): boolean {
  const top = head[0];
  if (!top || top.kind !== 'heading' || l.kind !== 'heading' || l.level <= top.level) return false;
  let outer: DateSpan | undefined;
  let tenure: Line | undefined;
  for (const h of head) if (!outer && (outer = lineDates(state, h)[0])) tenure = h;
  // "### 株式会社… " / "- **在籍期間**: 2021年10月1日から現在に至る": the tenure on the first line under the heading
  if (!outer && body[0] && body[0].kind !== 'heading' && (outer = lineDates(state, body[0])[0])) tenure = body[0];
  if (!outer) return false;
  // "### 株式会社ZOZO" / "正社員として2021年12月〜2024年4月の間フルリモートで勤務" / "#### 基幹システムリプレイスのリードSRE": under an
  // organisation's heading whose tenure is told in a sentence, deeper headings undated or dated within it are its projects
  if (tenure && tenure !== top && tenureSentence(tenure, outer) && !wordClasses(top.plain, state).has('jobTitle')) return !headingDate(state, l, next) || spanWithin(headingDate(state, l, next)!, outer);
  const inner = headingDate(state, l, next);
  const colon = l.plain.search(/[:：]\s/);
  if (colon > 0 && colon <= 24) return !!inner && spanWithin(inner, outer);
  // "### IT Berater @ CGI" / "#### DevOps Engineer bei einem Gabelstaplerhersteller": under a head that names
  // both the role and the employer, a deeper heading undated or dated within it is a client or a project
  if (namesRoleAndEmployer(state, top)) return !inner || spanWithin(inner, outer);
  // "### 5-1. GridWorld(2017年8月〜現在)／ 合同会社" / "#### 【2025年〜2026年】 AI自動化領域", "### 株式会社thestory" / "期間: 2023年10月〜" /
  // "#### <看護師向け転職アプリの開発>": under an organisation's dated heading, a deeper heading undated or dated within
  // it that names no job is one of its periods, projects or fields of work
  if ((!inner || spanWithin(inner, outer)) && wordClasses(top.plain, state).has('organisation') && !wordClasses(l.plain, state).has('jobTitle')) return true;
  // "### 🏢 주식회사 지마켓" / "**Item Engineering팀 팀장** · 2011.09 – 2024.11", then "#### 📦 …" / "`2023.10 – 2024.08`":
  // under a head whose heading names the employer and whose next line the role and dates, a deeper heading dated within them
  // (not where that line is the period alone and the deeper heading names a job: "### Imperial Hospital" / "*Dezembro/2021 –
  // Fevereiro/2025*" / "#### Assistente de OPME" / "*Dezembro/2021 – Dezembro/2022*" is a role of the organisation)
  if (head.length >= 2 && dateOnly(state, head[1]!) && wordClasses(l.plain, state).has('jobTitle')) return false;
  return head.length >= 2 && head[1]!.kind !== 'heading' && !!inner && spanWithin(inner, outer);
}

/** A line that tells a date inside a sentence: words before it and after it ("正社員として2021年12月〜2024年4月の間勤務"). */
function tenureSentence(l: Line, d: DateSpan): boolean {
  if (l.kind !== 'text') return false;
  const before = l.plain.slice(0, d.index).replace(/[\s*_`(（]/g, '');
  const after = l.plain.slice(d.index + d.length).replace(/[\s*_`)）.,。、]/g, '');
  return before.length >= 2 && after.length >= 2 && !/[:：]$/.test(before);
}

/** A heading split in two named parts by a separator or a connector word ("Role @ Company", "Company - Role", "Role at Company"). */
function namesRoleAndEmployer(state: ParseState, top: Line): boolean {
  const text = lineWithoutDates(state, top).replace(/\([^()]*\)\s*$/u, '').trim();
  const sep = /\s[-–—|@·]\s|\s@|@\s/u.exec(text);
  // ("### ADHAWK, INC. | NEW YORK, NY   MAY 2015 – JUNE 2019": a place after the separator names no role)
  if (sep && /\p{L}{2}/u.test(text.slice(0, sep.index)) && /\p{L}{2}/u.test(text.slice(sep.index + sep[0].length)) && scorePlaceIn(state, text.slice(sep.index + sep[0].length).trim()) < 2) return true;
  const words = text.split(' ');
  return words.slice(1, -1).some((w) => isConnector(state, foldWord(w)));
}
