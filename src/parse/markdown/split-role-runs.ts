// Splits an organisation's entry into one entry per role where its body lists several dated bold role lines.
import { foldWord } from './fold-word.js';
import { namesOrganisation } from './names-organisation.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { spanWithin } from './span-within.js';
import { startsBold, type Segmented } from './segment-entries.js';

/** A role line is short: a bold title, maybe a place, and its dates. */
const ROLE_LINE_MAX = 140;

/**
 * A line of an entry's body that heads one role: at the given list depth, starting bold, dated, short, with a title
 * besides its dates and bracketed notes. With `plain` (under an undated organisation heading), a list item that ends
 * with its dates needs no bold: "- Senior Software Engineer (July 2019 - Present)".
 */
function isRoleLine(state: ParseState, l: Line, depth: number, plain = false): boolean {
  const placed = depth === 0 ? l.kind === 'text' || (l.kind === 'item' && l.depth === 0) : l.kind === 'item' && l.depth === depth;
  if (!placed || l.plain.length > ROLE_LINE_MAX) return false;
  const dates = lineDates(state, l);
  if (!dates.length || datesLabel(l)) return false;
  // ("*Software Engineer 2/ Sept 2024 - March 2026*": a paragraph set wholly in italics is as marked a role line as a bold one)
  // (and names a job: "*Universidad de León (2015-2019)*" under a bold degree is its school)
  const marked = startsBold(l) || (l.kind === 'text' && l.italic && wordClasses(l.plain, state).has('jobTitle'));
  // (or, with `plain`, an item that opens with its dates: "* 2019/1-Now 绍兴随手智能科技有限公司  **CTO & 技术合伙人**")
  if (!marked && !(plain && l.kind === 'item' && ((endsWithDate(l, dates[dates.length - 1]!) && !dateInSentence(l, dates[dates.length - 1]!)) || dates[0]!.index === 0))) return false;
  let rest = l.plain;
  for (const d of [...dates].sort((a, b) => b.index - a.index)) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  return /\p{L}{2,}/u.test(rest.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' '));
}

/** Longest note after the dates inside their closing bracket ("(2014/9 a 2015/3 – plazo fijo)"). */
const MAX_BRACKET_NOTE = 25;

/** The line ends with this date, maybe in brackets: "Analyst (March 2016 - June 2016)", "DBA (2014/9 a 2015/3 – plazo fijo)". */
function endsWithDate(l: Line, d: { index: number; length: number }): boolean {
  const t = l.plain;
  if (t.split(' ').length > 16) return false;
  const after = d.index + d.length;
  if (after >= t.length - 2) return true;
  if (!/[)）]$/.test(t) || t.length - after > MAX_BRACKET_NOTE || /[()（）]/.test(t.slice(after, -1))) return false;
  const open = Math.max(t.lastIndexOf('(', d.index), t.lastIndexOf('（', d.index));
  return open >= 0 && !/[)）]/.test(t.slice(open, d.index));
}

/** The date is a sentence's: a small word in lower case right before it ("- Graduated with BS in computer science in June 2008."). */
function dateInSentence(l: Line, d: { index: number }): boolean {
  return /(?:^|\s)\p{Ll}{1,3}\s+$/u.test(l.plain.slice(Math.max(0, d.index - 5), d.index));
}

/** A "Label: dates" line whose label names a period ("**在籍期間**: 2021年10月1日から", "**Zeitraum:** 2019 – 2021"): the entry's dates, no role. */
function datesLabel(l: Line): boolean {
  const c = l.plain.search(/[:：]/);
  if (c <= 0 || c > 40) return false;
  const hits = LEXICON_INDEX.fields.get(foldWord(l.plain.slice(0, c)));
  return hits?.some((h) => h.value === 'period' || h.value === 'start' || h.value === 'end') ?? false;
}

/** A short text line bold as a whole (an organisation's name set in bold). */
const boldLine = (l: Line | undefined): l is Line => l !== undefined && l.kind === 'text' && l.bold && l.depth === 0 && l.plain.length <= 80;

/**
 * "### Glooko" then "* **Software Developer**, from February 2019": an undated heading (or bold line) whose very
 * next line is a role line (however many follow).
 */
function headsRoles(state: ParseState, e: EntryBlock, plain: boolean): boolean {
  const top = e.head[0];
  const next = e.head[1] ?? e.body[0];
  if (!(top?.kind === 'heading' || boldLine(top)) || e.head.length > 2 || lineDates(state, top).length > 0 || next === undefined || !isRoleLine(state, next, 0, plain)) return false;
  // ("### Software Engineer" over "**Meridian, Detroit, Michigan** — *2018 – 2019*": a heading naming a job over a line naming none is the role over its organisation)
  return !(wordClasses(top.plain, state).has('jobTitle') && !wordClasses(next.plain, state).has('jobTitle'));
}

/**
 * The role lines less the plain list items whose dates start within the bold role line's before them: "**주임 연구원**
 * 2024.03 – 재직 중" over "- KCP VAN 연동 시스템 개발 (2025.04 – 2025.07)" — the item is a project of that role.
 */
function withinRoles(state: ParseState, roles: Line[]): Line[] {
  let outer: Line | undefined;
  return roles.filter((l) => {
    if (startsBold(l)) {
      outer = l;
      return true;
    }
    const span = lineDates(state, l)[0];
    const around = outer ? lineDates(state, outer).find((d) => !d.single || d.ongoing) : undefined;
    // (by its start: a project may run on a little past the role, "(2023.07 – 2024.04)" under "2023.06 – 2024.02")
    return !(span && around && spanWithin({ ...span, end: undefined, single: true, ongoing: false }, around));
  });
}

/**
 * An undated bold item whose sub-items, two or more, each end with their dates: "- **rea 集团** · **澳大利亚墨尔本**" over
 * "  - *高级软件工程师* 2025 - present" / "  - *软件工程师* 2024 - 2025" — an organisation over its roles.
 */
function datedSubItems(state: ParseState, top: Line, lines: readonly Line[]): boolean {
  // (or an item that starts with its bold name: "* **Avira** - Tettnang, Germany")
  if (top.kind !== 'item' || !startsBold(top) || lineDates(state, top).length > 0) return false;
  const subs = lines.filter((l) => l.kind === 'item' && l.depth === top.depth + 1);
  return subs.length >= 2 && subs.length === lines.length && subs.every((l) => isRoleLine(state, l, top.depth + 1, true));
}

/** Longest hard-broken sub-item that {@link brokenSubItems} reads as one role: its item line and three lines under it. */
const MAX_BROKEN_ITEM = 4;

/**
 * "- **`Lab2023 A.Ş.`**" over "  - Web Developer,  " / "    Part-Time,  " / "    Feb 2019 – Sep 2019", twice or more:
 * an undated bold item whose sub-items each run on, cut by hard breaks, to a line of their dates (nothing else
 * under it) is an organisation over its roles; each sub-item with its lines is one role's head.
 */
function brokenSubItems(state: ParseState, top: Line, lines: readonly Line[]): Line[][] | undefined {
  if (top.kind !== 'item' || !top.bold || lineDates(state, top).length > 0) return undefined;
  const units: Line[][] = [];
  // (a rule after the last role, "---" before the next section, stays with it)
  const end = lines.length - [...lines].reverse().findIndex((l) => l.kind !== 'rule');
  for (const l of lines.slice(0, end)) {
    const unit = units[units.length - 1];
    if (l.kind === 'item' && l.depth === top.depth + 1) units.push([l]);
    else if (unit && l.kind === 'text' && l.depth > top.depth + 1 && (unit.length === 1 || l.block === unit[1]!.block)) unit.push(l);
    else return undefined;
  }
  const dated = (u: Line[]): boolean => u.length >= 2 && u.length <= MAX_BROKEN_ITEM && lineDates(state, u[0]!).length === 0 && u.slice(1).some((l) => lineDates(state, l).length > 0);
  if (units.length < 2 || !units.every(dated)) return undefined;
  units[units.length - 1]!.push(...lines.slice(end));
  return units;
}

/** Most words of an undated item that {@link datedChildItems} reads as a heading of its sub-items ("Высшее", "Higher education"). */
const MAX_LEVEL_WORDS = 3;

/**
 * "* Высшее" over "    * Бакалавриат СФУ 2017 - Ядерные физика и технологии" / "    * Магистратура СФУ 2019 - …": an undated
 * item of a few words whose only lines are two or more sub-items, each dated, heads one entry per sub-item.
 */
function datedChildItems(state: ParseState, top: Line, lines: readonly Line[]): boolean {
  if (top.kind !== 'item' || top.plain.split(' ').length > MAX_LEVEL_WORDS || lineDates(state, top).length > 0) return false;
  return lines.length >= 2 && lines.every((l) => l.kind === 'item' && l.depth === top.depth + 1 && lineDates(state, l).length > 0);
}

/**
 * "*   **同济大学**" over "    *博士 (计算机科学)*, 2017.03 - 2018.11" / "    *硕士 (计算机科学)*, 2015.09 - 2017.03", each a paragraph of
 * the loose list item: an undated item whose only lines are two or more paragraphs inside it, each one short dated line
 * opening with a marked name (a degree, a role), heads one entry per paragraph.
 */
function datedParagraphsUnderItem(state: ParseState, top: Line, lines: readonly Line[]): boolean {
  if (top.kind !== 'item' || lineDates(state, top).length > 0 || lines.length < 2) return false;
  return lines.every((l, k) => l.kind === 'text' && l.depth === top.depth + 1 && l.block !== (k === 0 ? top : lines[k - 1]!).block && l.plain.length <= ROLE_LINE_MAX && (startsBold(l) || (l.italicParts[0] !== undefined && l.plain.startsWith(l.italicParts[0]))) && lineDates(state, l).length > 0);
}

/**
 * The entry cut at its role lines, each role an entry grouped under the heading (or undated item); the text before the first role goes with it.
 * @param one - a single role line cuts too (the section's organisation headings head their roles: see {@link headsRoles})
 */
function splitEntry(state: ParseState, e: EntryBlock, one: boolean, plain: boolean): EntryBlock[] {
  const top = e.head[0];
  // (an organisation's heading, its undated item, or its undated bold line: "**Acme**" over "* **Engineer** - 2021/02 - 2022/06")
  if (top?.kind !== 'heading' && !((top?.kind === 'item' || boldLine(top)) && lineDates(state, top!).length === 0)) return [e];
  const depth = top!.kind === 'item' ? top!.depth + 1 : 0;
  const lines = [...e.head.slice(1), ...e.body];
  const broken = plain ? brokenSubItems(state, top!, lines) : undefined;
  if (broken) return broken.map((u) => ({ group: [...e.group, top!], head: u.filter((l) => l.kind !== 'rule'), body: u.filter((l) => l.kind === 'rule') }));
  if (plain && (datedChildItems(state, top!, lines) || datedParagraphsUnderItem(state, top!, lines))) return lines.map((l) => ({ group: [...e.group, top!], head: [l], body: [] }));
  // (or a dated heading naming no job: "###### (주)이제이엔 → 2022.04 ~ 2023.12" over "* Backend Developer, Backend Team (2022.04 ~ 2023.08)")
  // (then each line names a job; a degree's or school's heading lists no roles: "[2014 – 2015]" notes under a bachelor's)
  const topWords = top!.kind === 'heading' && lineDates(state, top!).length > 0 ? wordClasses(top!.plain, state) : undefined;
  const datedName = topWords !== undefined && !topWords.has('jobTitle') && !topWords.has('degree') && !topWords.has('institution');
  const undated = plain && ((top!.kind === 'heading' && lineDates(state, top!).length === 0) || datedName || datedSubItems(state, top!, lines));
  // "### Senior Engineer, Globant" / "Ene 2022 - Actualidad" / "- **United Airlines (May 2023 - …)**": under a head that
  // already names a job and its dates, dated lines that name no job are clients or projects of that job, not roles
  // (asked only once a role line is found: most entries have none)
  let headJob: boolean | undefined;
  const namesJob = (): boolean => (headJob ??= e.head.some((h) => lineDates(state, h).length > 0) && wordClasses(e.head.map((h) => h.plain).join(' '), state).has('jobTitle'));
  // "### Freiberuflicher Softwareentwickler (seit 2020)" / "* **2021-03 - 2025-12:** Miele & Cie. KG in Gütersloh": under a
  // dated job that names no organisation, dated lines that name one (and no job) are that job's engagements
  let headOrg: boolean | undefined;
  const engagement = (l: Line): boolean => !(headOrg ??= namesOrganisation(state, e.head.map((h) => h.plain).join(' '))) && namesOrganisation(state, l.plain) && !wordClasses(l.plain, state).has('jobTitle');
  const dated = withinRoles(state, lines.filter((l) => isRoleLine(state, l, depth, undated) && (!namesJob() || wordClasses(l.plain, state).has('jobTitle') || engagement(l)) && (!datedName || startsBold(l) || wordClasses(l.plain, state).has('jobTitle'))));
  const undatedRoles = dated.length === 0 && plain ? undatedRolesUnderDatedName(state, e, lines) : [];
  // (each such role's head is the dated heading and its line: the heading names where and when)
  if (undatedRoles.length > 0) return cutAt(lines, undatedRoles).map((u) => ({ group: e.group, head: [top!, u[0]!], body: u.slice(1) }));
  const roles = dated;
  if (roles.length < 2 && !(one && roles.length === 1 && headsRoles(state, e, plain))) return [e];
  // "### Head of Data @ CHECK24" / "*Dic 2019 – Jun 2026*" / "**Evolución del rol**" / "- **Head of Product** (Ene 2022 – Ene 2025)":
  // a heading that is itself a dated job lists the steps of that job, not jobs of their own
  if (top!.kind === 'heading' && e.head.some((h) => lineDates(state, h).length > 0) && !roles.includes(e.head[1]!) && wordClasses(top!.plain, state).has('jobTitle') && !roles.every(engagement)) return [e];
  const at = lines.indexOf(roles[0]!);
  const headRest = Math.max(0, Math.min(at, e.head.length - 1));
  const group = [...e.group, ...e.head.slice(0, 1 + headRest)];
  const before = lines.slice(headRest, at);
  const out: EntryBlock[] = [];
  for (const l of lines.slice(at)) {
    if (roles.includes(l)) out.push({ group, head: [l], body: out.length ? [] : [...before] });
    else out[out.length - 1]!.body.push(l);
  }
  return out;
}

/** The lines cut before each of `starts` (the first of which is the first line). */
function cutAt(lines: readonly Line[], starts: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  for (const l of lines) {
    if (starts.includes(l)) out.push([l]);
    else out[out.length - 1]?.push(l);
  }
  return out;
}

/**
 * "### University of California, Santa Cruz (Sep 2018 - Mar 2023)" / "**Logic Design Tutor - [CSE100/L](…)**" / "- Taught …" /
 * "**Embedded System Design Tutor/Grader - [CSE121/L](…)**": under a dated heading that names no job, two or more
 * undated short paragraphs opening in bold that name a job, each over a list, are roles held there within its dates.
 */
function undatedRolesUnderDatedName(state: ParseState, e: EntryBlock, lines: readonly Line[]): Line[] {
  const top = e.head[0]!;
  if (top.kind !== 'heading' || lineDates(state, top).length === 0 || wordClasses(top.plain, state).has('jobTitle')) return [];
  const roles = lines.filter((l, k) => l.kind === 'text' && l.depth === 0 && startsBold(l) && l.plain.length <= ROLE_LINE_MAX && lines[k + 1]?.kind === 'item' && lineDates(state, l).length === 0 && wordClasses(l.plain, state).has('jobTitle'));
  // (the first of them right under the heading: under "### **카카오 (Kakao)** <span>2022.06&ndash;현재</span>" / "**소프트웨어 엔지니어,** …",
  // the bold lines over lists that follow are the job's projects)
  return roles.length >= 2 && roles[0] === lines[0] ? roles : [];
}

/**
 * Where an entry headed by a heading (an organisation, often with its overall dates) holds two or more
 * dated bold role lines ("**Team lead, mobile** — Feb 2022 – present"), or an undated list item holds two
 * or more such sub-items, each role becomes an entry of its own with the heading or item as its group:
 * the organisation is shared, the role and dates are each role's. Where two or more undated headings of the
 * section are followed right away by a role line, a heading with one role line is cut the same way.
 * @param state - the parse state (for dates)
 * @param seg - a segmented section
 * @param plain - role lines need no bold (work and education sections: see {@link isRoleLine})
 */
export function splitRoleRuns(state: ParseState, seg: Segmented, plain: boolean): Segmented {
  if (!seg.entries.some((e) => e.head.length + e.body.length >= 2)) return seg;
  // where two or more organisation headings of the section head role lines, one with a single role is cut too
  const one = seg.entries.filter((e) => headsRoles(state, e, plain)).length >= 2;
  return { ...seg, entries: seg.entries.flatMap((e) => splitEntry(state, e, one, plain)) };
}
