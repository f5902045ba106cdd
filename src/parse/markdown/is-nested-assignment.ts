// Tells a client assignment nested in a job ("#### Oppdrag: Telenor" with its dates inside the employer's) from a job of its own.
import { lineDates } from './line-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import { foldWord } from './fold-word.js';
import { isConnector } from './is-connector.js';

/** The date of a heading: on it, or alone on the line right under it. */
function headingDate(state: ParseState, l: Line, next: Line | undefined): DateSpan | undefined {
  return lineDates(state, l)[0] ?? (next && next.kind !== 'heading' ? lineDates(state, next)[0] : undefined);
}

/** Whether span `inner` lies within span `outer` (an open end runs to now). */
function within(inner: DateSpan, outer: DateSpan): boolean {
  const start = inner.start ?? inner.end;
  // "2022" lies within "2022-06 – 2025-11": each start compares at the coarser precision of the two
  if (!start || !outer.start || start.slice(0, outer.start.length) < outer.start.slice(0, start.length)) return false;
  if (outer.ongoing || (!outer.end && !outer.single)) return true;
  const outerEnd = outer.end ?? outer.start;
  const innerEnd = inner.ongoing ? '9999' : inner.end ?? start;
  return innerEnd.slice(0, outerEnd.length) <= outerEnd;
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
  for (const h of head) outer ??= lineDates(state, h)[0];
  // "### 株式会社… " / "- **在籍期間**: 2021年10月1日から現在に至る": the tenure on the first line under the heading
  if (!outer && body[0] && body[0].kind !== 'heading') outer = lineDates(state, body[0])[0];
  if (!outer) return false;
  const inner = headingDate(state, l, next);
  const colon = l.plain.search(/[:：]\s/);
  if (colon > 0 && colon <= 24) return !!inner && within(inner, outer);
  // "### IT Berater @ CGI" / "#### DevOps Engineer bei einem Gabelstaplerhersteller": under a head that names
  // both the role and the employer, a deeper heading undated or dated within it is a client or a project
  if (namesRoleAndEmployer(state, top)) return !inner || within(inner, outer);
  // "### 🏢 주식회사 지마켓" / "**Item Engineering팀 팀장** · 2011.09 – 2024.11", then "#### 📦 …" / "`2023.10 – 2024.08`":
  // under a head whose heading names the employer and whose next line the role and dates, a deeper heading dated within them
  return head.length >= 2 && head[1]!.kind !== 'heading' && !!inner && within(inner, outer);
}

/** A heading split in two named parts by a separator or a connector word ("Role @ Company", "Company - Role", "Role at Company"). */
function namesRoleAndEmployer(state: ParseState, top: Line): boolean {
  const text = top.plain.replace(/\([^()]*\)\s*$/u, '').trim();
  const sep = /\s[-–—|@·]\s|\s@|@\s/u.exec(text);
  if (sep && /\p{L}{2}/u.test(text.slice(0, sep.index)) && /\p{L}{2}/u.test(text.slice(sep.index + sep[0].length))) return true;
  const words = text.split(' ');
  return words.slice(1, -1).some((w) => isConnector(state, foldWord(w)));
}
