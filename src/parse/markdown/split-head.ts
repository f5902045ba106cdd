// Splits an entry's head lines into segments (role, organisation, place… candidates) at separators, connectors and labels, with their features.
import { cutHangulRole } from './cut-hangul-role.js';
import { namesOrganisation } from './names-organisation.js';
import { stripElision } from './strip-elision.js';
import { scorePlaceIn } from './score-place-in.js';
import { durationOnly } from './duration-only.js';
import { foldWord } from './fold-word.js';
import { cutRoleAfter } from './cut-role-after.js';
import { cutRoleSlash } from './cut-role-slash.js';
import { fieldSentences } from './field-sentences.js';
import { cutEmploymentTail } from './cut-employment-tail.js';
import { cutBracketNote } from './cut-bracket-note.js';
import { LEXICON_INDEX, preferHit, type FieldLabel } from './lexicon-index.js';
import { lineDates } from './line-dates.js';
import type { DateSpan, Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { readInline } from './read-inline.js';
import { laterPeriods } from './later-periods.js';
import { trimChars } from './trim-chars.js';
import { isConnector } from './is-connector.js';
import { spellsInitials } from './spells-initials.js';
import { splitAround } from './split-around.js';
import { fieldLabelOf } from './field-label-of.js';
import { urlOfLine } from './url-of-line.js';
import { durationNote } from './duration-note.js';
import { findDurationTail } from './find-duration-tail.js';
import { cutAfterSchool } from './cut-after-school.js';

/** A piece of an entry's head that may be one field. */
export interface Segment {
  text: string;
  line: Line;
  /** Index of the head line it comes from (-1 for a group heading). */
  lineIdx: number;
  /** What preceded it on its line: '' at the start, the separator character, or the connector word. */
  sep: string;
  /** A label written before it ("Position: …"), or the table column's label. */
  label?: FieldLabel;
  /** Written in parentheses after another segment. */
  paren: boolean;
  /** A bracketed note on how the job was held ("poste actuel, temps partiel", "Emploi, 4 mois"): it names no field. */
  note?: true;
  /** The only segment of its line (no separator, connector or label split it): its commas may still separate fields. */
  solo: boolean;
  /** Comma parts of one solo segment share a group number. */
  commaGroup?: number;
  /** In a head with headings of several levels: whether this segment's heading is the shallowest or the deepest. */
  tier?: 'upper' | 'lower';
  /** The name in capitals that opens a head of sentences ("MUSEO ICONOGRÁFICO DEL QUIJOTE. Comunicación social. …"): the entry's name. */
  capsLead?: true;
  bold: boolean;
  italic: boolean;
  linked: boolean;
}

/** Characters that separate fields on a head line wherever they are (bullets and circles among them: "Role ⚬ Org ⚬ dates"). */
const STRONG = new Set(['|', '｜', '·', '•', ';', '\t', '▸', '►', '⋅', '∙', '◦', '⚬', '●', '▪', '◆', '♦']);
const TRIM = ' \t,;:.–—-|·•◦⚬●▪◆♦/[]*_`~，→➜➔⇒';

/** An ASCII digit's code (NaN, past either end of a text, is none). */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A code of Han, kana or Hangul. */
const isCjkCode = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
/** Han or kana: scripts written without spaces between words (Hangul is written with them). */
const HAN_KANA = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * "株式会社GamerCoach 代表取締役", "复旦大学 统计学 本科": in Chinese or Japanese, where words are not spaced, the spaces of a
 * part cut it into fields: two or three runs, each with Han or kana, at least two of which name an organisation, a
 * school, a job or a degree (a place such as "東京都 渋谷区" stays whole).
 */
function cutCjkSpaces(part: { text: string; sep: string }, state: ParseState): Array<{ text: string; sep: string }> {
  // (a part with no Han or kana has no run of it: asked first, before any split)
  if (!HAN_KANA.test(part.text)) return cutHangulRole(part, state);
  const runs = part.text.trim().split(/[ \u3000]+/);
  if (runs.length > 3) return cutAfterFirstBody(part, runs, state);
  // (a bracket opened or closed at a space — "スーパー三和 (パートタイム)" — is a note on the run before it, no field)
  if (runs.length < 2 || /[()（）[\]【】]/u.test(part.text) || !runs.every((r) => HAN_KANA.test(r) && [...r].length >= 2) || scorePlaceIn(state, part.text) >= 2) return [part];
  const classes = runs.map((r) => wordClasses(r, state));
  const named = classes.filter((cls) => cls.has('organisation') || cls.has('institution') || cls.has('jobTitle') || cls.has('degree'));
  // (two of them named: "后端 架构师", backend architect, is one role)
  // (or three runs whose last alone names a job: "奇虎360  公共订阅服务平台组  golang后端开发", company, team and role)
  const teamAndRole = runs.length === 3 && classes[2]!.has('jobTitle') && !classes[0]!.has('jobTitle') && !classes[1]!.has('jobTitle');
  return named.length >= 2 || teamAndRole ? runs.map((text, k) => ({ text, sep: k === 0 ? part.sep : ' ' })) : [part];
}

/**
 * "静岡大学 大学院 情報学研究科 情報学専攻 修士課程 修了", "慶應義塾大学 大学院 理工学研究科 特別研究助教": four to six runs
 * of Han or kana whose first names a school or an organisation, and a later one a degree or a job (none before it):
 * that first run and the rest (faculty, department, course or post) are two fields.
 */
function cutAfterFirstBody(part: { text: string; sep: string }, runs: readonly string[], state: ParseState): Array<{ text: string; sep: string }> {
  if (runs.length > 6 || !runs.every((r) => HAN_KANA.test(r))) return [part];
  const first = wordClasses(runs[0]!, state);
  if (!first.has('institution') && !first.has('organisation')) return [part];
  if (first.has('jobTitle') || first.has('degree')) return [part];
  const rest = wordClasses(runs.slice(1).join(' '), state);
  if (!rest.has('jobTitle') && !rest.has('degree')) return [part];
  return [{ text: runs[0]!, sep: part.sep }, { text: runs.slice(1).join(' '), sep: ' ' }];
}

/** Whether the mark at i is in a run of at least `min` of it ("SE ------ Boston MA": dashed or dotted leaders); looks only within `min` of i. */
function inRun(text: string, i: number, min: number): boolean {
  const c = text.charCodeAt(i);
  for (let a = i - min + 1; a <= i; a++) {
    let k = 0;
    while (k < min && a + k >= 0 && text.charCodeAt(a + k) === c) k++;
    if (k === min) return true;
  }
  return false;
}

/**
 * Every UTF-16 code unit by what it may be between fields: 2 for the strong separators (STRONG), 1 for the
 * other characters that may separate fields (slashes, dashes, dots, underscores, "@", colons), 0 for the rest.
 */
const SEPARATOR_KIND: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of ['/', '／', '–', '—', '-', '.', '_', '@', ':', '：', '[', ']', '~']) table[c.charCodeAt(0)] = 1;
  for (const c of STRONG) table[c.charCodeAt(0)] = 2;
  return table;
})();

/** Whether the brackets at `open` and `close` hold a name: a capital or a digit first, at most 40 characters, no other bracket. */
function namedInBrackets(text: string, open: number, close: number): boolean {
  if (open < 0 || close <= open + 1 || close - open > 41) return false;
  const inner = text.slice(open + 1, close);
  return /^[\p{Lu}\p{N}]/u.test(inner) && !inner.includes('[') && !inner.includes(']');
}

/** A Hangul syllable's code. */
const isHangulCode = (c: number): boolean => c >= 0xac00 && c <= 0xd7af;

/** Whether the character at `i` separates two fields (read by code: no string per character). */
function separatesAt(text: string, i: number): boolean {
  // letters, digits, spaces and every other character that is no separator (most of a head) separate nothing
  const c = text.charCodeAt(i);
  const kind = SEPARATOR_KIND[c];
  if (!kind) return false;
  // (NaN past either end of the text)
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  // ("인프라·정보보호팀 인프라 엔지니어": a middle dot glued between Hangul or Han characters joins two words as "and")
  if (c === 0xb7) return !(isCjkCode(prev) && isCjkCode(next));
  if (kind === 2) return true;
  // "本科/安徽农业大学": a slash between Han or kana characters (between Hangul, a script written with spaces, it joins
  // two words as one: "웹/앱 모의해킹")
  if (c === 0x2f || c === 0xff0f) return isCjkCode(prev) && isCjkCode(next) && !(isHangulCode(prev) && isHangulCode(next));
  // "*05/2025 - 07/2025* ~ **Tech lead**": a tilde between spaces
  if (c === 0x7e) return prev === 0x20 && next === 0x20;
  // en and em dashes, except between digits
  if (c === 0x2013 || c === 0x2014) return !(isDigitCode(prev) && isDigitCode(next));
  if (c === 0x2d || c === 0x2e || c === 0x5f) {
    if (inRun(text, i, c === 0x2d ? 3 : 4)) return true;
    // " - ", and " -- " (a typed en dash: "Libero Professionista -- Bologna, Italia"), cut at its first hyphen
    // (and "Abiok PLC- Business Strategy Specialist", "Huayi Ltd.- Foreign Trade Expert": a hyphen glued to a capital or a full stop, before a space)
    if (c === 0x2d && next === 0x20 && (prev === 0x2e || (prev >= 0x41 && prev <= 0x5a))) return true;
    return c === 0x2d && prev === 0x20 && (next === 0x20 || (next === 0x2d && text.charCodeAt(i + 2) === 0x20));
  }
  // "С 2020 [Belodezhda.ru] Брест": square brackets around a name, no link's, part it from the text around it (not at its start)
  if (c === 0x5b) return prev === 0x20 && namedInBrackets(text, i, text.indexOf(']', i));
  if (c === 0x5d) {
    const open = text.lastIndexOf('[', i);
    // ("[Japanese] EIPを書いた話": a tag that opens the text parts nothing)
    return open > 0 && text.charCodeAt(open - 1) === 0x20 && (Number.isNaN(next) || next === 0x20 || next === 0x2c) && namedInBrackets(text, open, i);
  }
  if (c === 0x40) return !/\.[A-Za-z]{2,}/.test(text.slice(i + 1, i + 101).split(/\s/)[0] ?? '');
  // "DEGIT AG: Vorstandsmitglied": a colon after a word, before a space (a label the lexicons know was read before)
  // (or spaced, as French sets it: "**Tech Leader** Voltalis : Paris")
  return (next === 0x20 || c === 0xff1a) && i > 0 && (prev !== 0x20 || (next === 0x20 && i > 1 && text.charCodeAt(i - 2) !== 0x20)) && !isDigitCode(prev);
}

/** Whether the entry's group is one undated line naming one thing, which the line does not name again. */
function oneNameGroup(state: ParseState, group: readonly Line[], line: Line): boolean {
  const g = group[0];
  return group.length === 1 && g!.kind !== 'heading' && line.kind !== 'heading' && cutStrong(g!.plain).length === 1 && lineDates(state, g!).length === 0 && !line.plain.includes(g!.plain);
}

/** Removes a duration in parentheses ("(11 meses)", "(1 yr 2 mos)"), or after a last comma or dash ("Stagiaire, 6 mois"). */
function dropDuration(text: string, state: ParseState): string {
  const tail = findDurationTail(state, text);
  if (tail) return dropDuration(text.slice(0, tail.cut), state);
  if (!text.includes('(') && !text.includes('（')) return text;
  const parts = text.split(/([(（][^()（）]{0,40}[)）])/u);
  return parts
    .filter((p) => !durationOnly(state, p))
    .join('');
}

/** Spans of the text that are one bold run or one link's text (when they are not the whole line): not cut inside. */
function protectedSpans(text: string, line: Line, state: ParseState, connectors: Connectors): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // "[US Department of Energy - Office of Legacy Management](…)" alone on its line: a link naming no job is one name
  const whole = line.links.find((l) => l.text.length >= text.length - 2 && text.includes(l.text) && / [-–—|/] /.test(l.text));
  if (whole && !wordClasses(whole.text, state).has('jobTitle')) spans.push([text.indexOf(whole.text), text.indexOf(whole.text) + whole.text.length]);
  // ("**Старши разработчик - [Royal Bank of Scotland](…)** (чрез EPAM)": a bold run holding a link and a separator
  // beside it is a role and the linked name, not one name)
  const links = line.links.map((l) => l.text).filter((t) => t.length > 1);
  const joined = (b: string): boolean => links.some((t) => b.includes(t) && / [-–—|] /.test(b.replace(t, '')));
  // ("**Grupo MAC5 - Analista de Suporte e Automação** - Ceres, GO": a bold run of a name and a job title
  // joined by a spaced dash or bar is two parts)
  // (and an italic run after a name: "Saab Danmark, *Softwarearkitekt || Team Lead*" is one role)
  const italics = line.italic ? [] : line.italicParts.filter((r) => text.endsWith(r) && /[\p{L}\p{N}]/u.test(text.slice(0, -r.length)) && !joined(r) && !roleBesideName(r, text, state));
  // ("- **Driven Education — Desenvolvimento Web Full Stack** · 2022 – 2023": in education, a bold run of two parts
  // joined by a spaced dash or bar, beside its dates alone, is the school and the course)
  const pair = (b: string): boolean => connectors === 'education' && twoPartRunBesideDates(b, text);
  const parts = [...(line.bold ? [] : line.boldParts.filter((b) => !joined(b) && !roleBesideName(b, text, state) && !pair(b))), ...italics, ...links];
  for (const p of parts) {
    if (p.length < 3 || p.length >= text.length - 2) continue;
    const i = text.indexOf(p);
    if (i >= 0) spans.push([i, i + p.length]);
  }
  // "System Developer (V3VO - Vertical Evolution)": a name in brackets is one
  for (const b of bracketSpans(text)) spans.push(b);
  for (const g of gluedDashNames(text, state)) spans.push(g);
  // 'PhD. "Entropy-related principles for non-equilibrium systems: theoretical foundations …"': a quoted title is one
  for (const q of quoteSpans(text)) spans.push(q);
  return spans;
}

/**
 * "University of Wisconsin–Madison", "Texas A&M University–Commerce": an en dash glued between two words, after an
 * institution word of the same part, names one campus of the school (a range of dates or a role beside a name is spaced
 * or written with digits). The spans of such word pairs.
 */
function gluedDashNames(text: string, state: ParseState): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (a scan: each dash's words are walked over once, up to the dashes beside it; a few dashes at most)
  for (let i = text.indexOf('–'), n = 0; i > 0 && n < 4; i = text.indexOf('–', i + 1), n++) {
    if (!LETTER.test(text[i - 1]!) || !LETTER.test(text[i + 1] ?? '')) continue;
    let start = i - 1;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    let end = i + 1;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    const before = text.slice(0, i);
    const part = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' - '), before.lastIndexOf('|')) + 1);
    if (wordClasses(part, state).has('institution')) out.push([start, end]);
  }
  return out;
}

/** A letter (one UTF-16 unit: the names this reads are in alphabets of the Basic Multilingual Plane). */
const LETTER = /\p{L}/u;

/** Closing marks of the quotation marks that open a quoted title. */
const QUOTE_CLOSE: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['«', '»'], ['„', '“']]);

/** The first few quoted runs of a text ('"…"', '“…”', '«…»', '„…“'), quotation marks included, in one scan. */
function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length && out.length < 4; i++) {
    const close = QUOTE_CLOSE.get(text[i]!);
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) break;
    if (end - i > 3) out.push([i, end + 1]);
    i = end;
  }
  return out;
}

/**
 * Whether a bold run is parts joined by a spaced dash or bar, some naming a job title and some not, and the
 * rest of the text names no organisation ("**Qualitätsmanager – ISO 9001:2015** | Hartchromwerk Brunner AG" is one role).
 */
function roleBesideName(b: string, text: string, state: ParseState): boolean {
  if (!/ [-–—|] /.test(b) || wordClasses(text.replace(b, ' '), state).has('organisation')) return false;
  const titled = b.split(/ [-–—|] /).map((p) => wordClasses(p, state).has('jobTitle'));
  return titled.includes(true) && titled.includes(false);
}

/** A bold run of two parts joined by one spaced long dash or bar, the rest of the text its dates and separators alone. */
function twoPartRunBesideDates(b: string, text: string): boolean {
  if (b.split(/ [–—|] /).length !== 2) return false;
  const rest = text.replace(b, ' ');
  return !/\p{L}/u.test(rest);
}

/** An outline number opening a heading: "5-2. ", "2.1. ", "3. " (one or two digits a part; "2019. " is a year). */
const OUTLINE_NUMBER = /^\d{1,2}(?:[.-]\d{1,2})*\.\s+/;

/** The first few top-level "(…)" spans of a text. */
function bracketSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length && out.length < 4; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') {
      if (depth++ === 0) start = i;
    } else if ((ch === ')' || ch === '）') && depth > 0 && --depth === 0) out.push([start, i + 1]);
  }
  return out;
}

/** Whether `i` is inside one of the spans (not at its first or last character). */
function inSpan(spans: ReadonlyArray<[number, number]>, i: number): boolean {
  for (const [a, b] of spans) if (i > a && i < b - 1) return true;
  return false;
}

/** Cuts a text at separators, keeping the separator seen before each part; never inside a protected span. */
function cutStrong(text: string, spans: ReadonlyArray<[number, number]> = []): Array<{ text: string; sep: string }> {
  const out: Array<{ text: string; sep: string }> = [];
  // (each part trimmed as it is cut, the empty ones left out)
  const push = (raw: string, sep: string): void => {
    const t = trimPart(raw);
    if (t.length > 0) out.push({ text: t, sep });
  };
  let from = 0;
  let sep = '';
  for (let i = 0; i < text.length; i++) {
    if (!separatesAt(text, i) || inSpan(spans, i)) continue;
    push(text.slice(from, i), sep);
    sep = text[i]!;
    from = i + 1;
  }
  push(text.slice(from), sep);
  return out;
}

/** Puts back the dot of a name that starts with one (".NET Core Developer"): a dot glued to a capital, at the start of the text. */
function keepLeadingDot(raw: string, trimmed: string): string {
  const i = raw.indexOf(trimmed);
  return i > 0 && raw[i - 1] === '.' && (i === 1 || raw[i - 2] === ' ') && /^\p{Lu}{2}/u.test(trimmed) ? `.${trimmed}` : trimmed;
}

/** A part trimmed of separators and stray marks, keeping the full stop of an abbreviation ("Advanced Informatica Ltda.") and a leading one (".NET"). */
function trimPart(raw: string): string {
  return keepClosingBracket(raw, keepLeadingDot(raw, keepAbbreviationDot(raw, trimChars(raw, TRIM))));
}

/** Puts back the closing square bracket the trim took from a part that opens one ("Master of Journalism [coursework]"). */
function keepClosingBracket(raw: string, trimmed: string): string {
  if (!trimmed.includes('[') || trimmed.lastIndexOf('[') < trimmed.lastIndexOf(']')) return trimmed;
  return raw.includes(`${trimmed}]`) ? `${trimmed}]` : trimmed;
}

/** Puts back the full stop of an abbreviation the trim took ("Donuts Co. Ltd." keeps its "Ltd."). */
function keepAbbreviationDot(raw: string, trimmed: string): string {
  if (!trimmed || raw.indexOf(trimmed + '.') < 0) return trimmed;
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  if (last.includes('.') && /^\p{L}/u.test(last)) return trimmed + '.';
  const hits = LEXICON_INDEX.words.get(foldWord(last + '.'));
  return hits?.some((h) => h.value === 'organisation' || h.value === 'degree') ? trimmed + '.' : trimmed;
}

/** How heads are cut at connector words: not at all, everywhere, or in education (a degree "in" a field stays whole). */
export type Connectors = boolean | 'education';

/** The word at `at` (of `length` characters) lies inside a bold, italic or linked run that goes on both sides of it: one name ("*Institutet för byggdokumentation*"). */
function insideMarkedRun(text: string, line: Line, at: number, length: number): boolean {
  const runs = [...(line.bold ? [] : line.boldParts), ...(line.italic ? [] : line.italicParts), ...line.links.map((l) => l.text)];
  // (a run that is the whole text marks the text, not a name inside it: "אפריל 2019 - היום: **מפתח תוכנה אצל אמזון**")
  return runs.some((r) => {
    const start = r.length > length + 2 && r !== text ? text.indexOf(r) : -1;
    return start >= 0 && start < at && start + r.length > at + length;
  });
}

/** The word at `at` lies inside a link's text that starts after the text's first word ("Fachoberschule, [Schulzentrum an der Alwin-Lonke-Straße](…)"). */
function insideLinkText(text: string, line: Line, at: number, length: number): boolean {
  return line.links.some((l) => {
    const start = l.text.length > length + 2 ? text.indexOf(l.text) : -1;
    return start > 0 && start < at && start + l.text.length > at + length;
  });
}

/** The lengths of each language's connectors of one word (folded), by language. */
const CONNECTOR_LENGTHS: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const m = new Map<string, Set<number>>();
  for (const [k, hits] of LEXICON_INDEX.words) {
    if (k.includes(' ')) continue;
    for (const h of hits) {
      if (h.value !== 'connector' && h.value !== 'nameConnector') continue;
      const set = m.get(h.lang) ?? new Set<number>();
      set.add(k.length);
      m.set(h.lang, set);
    }
  }
  return m;
})();

/**
 * A word that is no connector of the CV's first two languages by its length alone: printable ASCII (which
 * folding only lower-cases, keeping its length) of a length none of their connectors has. Other words are
 * folded and looked up.
 */
function noConnector(state: ParseState, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  const [first, second] = state.langs;
  return !(first !== undefined && CONNECTOR_LENGTHS.get(first)?.has(word.length)) && !(second !== undefined && CONNECTOR_LENGTHS.get(second)?.has(word.length));
}

/** How many words from `i` on make a connector of the CV's languages: "au sein de", "auprès de", "at"; 0 when none does. */
function connectorWords(state: ParseState, words: readonly string[], i: number): number {
  for (let n = Math.min(3, words.length - i - 1); n >= 1; n--) if (isConnector(state, foldWord(words.slice(i, i + n).join(' ')))) return n;
  return 0;
}

/** A connector of the CV's first two languages that says whom a post served ("for", "für": `Lexicon.forConnectors`). */
function forConnector(state: ParseState, word: string): boolean {
  return state.lexicons.slice(0, 2).some((l) => l.forConnectors?.includes(word) === true);
}

/** Some word from `from` on is a connector that is no {@link forConnector}. */
function laterConnector(state: ParseState, words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length - 1; k++) {
    const n = connectorWords(state, words, k);
    if (n > 0 && !forConnector(state, foldWord(words.slice(k, k + n).join(' ')))) return true;
  }
  return false;
}

/** "Post Doc in Princeton University", "PhD in [PMMH](…), Paris": a role or degree, then a linked name or one a school's or company's word names. */
function nameConnectorCut(state: ParseState, words: readonly string[], i: number, line: Line): Array<{ text: string; sep: string }> | undefined {
  if (!isConnector(state, foldWord(words[i]!), 'nameConnector')) return undefined;
  const left = words.slice(0, i).join(' ');
  const right = words.slice(i + 1).join(' ');
  const classes = wordClasses(left, state);
  const linked = namedAt(right, line);
  // (a degree parts only a linked name: "PhD in [PMMH](…)", not "PhD in Distributed Systems")
  if (!/^[\p{Lu}\p{N}]/u.test(right) || !(classes.has('jobTitle') || (linked && classes.has('degree')))) return undefined;
  const name = right.split(/,|\s\(/)[0]!;
  if (!linked && !(namesOrganisation(state, name) && /^\p{Lu}/u.test(name.split(' ').at(-1) ?? ''))) return undefined;
  return [{ text: left, sep: '' }, { text: right, sep: words[i]! }];
}

/** Splits "Role at Company" at the first connector word of the CV's languages (only when the part is one field). */
function cutConnector(text: string, line: Line, state: ParseState, mode: Connectors): Array<{ text: string; sep: string }> {
  const words = text.split(' ');
  if (words.length < 3) {
    const at = text.indexOf('@');
    if (at > 0 && at < text.length - 1 && !text.includes(' ')) return [{ text: text.slice(0, at), sep: '' }, { text: text.slice(at + 1), sep: '@' }];
    return [{ text, sep: '' }];
  }
  let depth = 0;
  // (the quoted runs, asked only of a text that has a quotation mark)
  const quotes = /["“«„]/.test(text) ? quoteSpans(text) : [];
  let first: Array<{ text: string; sep: string }> | undefined;
  let weak: Array<{ text: string; sep: string }> | undefined;
  // where word i starts in the text
  let at = 0;
  // (a degree names more words before its school: "Bachelor of Arts and Master of Engineering in Computer Science at Cornell University")
  for (let i = 1; i < words.length - 1 && i <= (mode === 'education' ? 12 : 8); i++) {
    at += words[i - 1]!.length + 1;
    // never inside brackets: "CALT (Centre for Advanced Learning Technologies) at INSEAD"
    for (const ch of words[i - 1]!) depth += ch === '(' || ch === '（' ? 1 : ch === ')' || ch === '）' ? -1 : 0;
    // nor inside quotation marks: 'Ментор курса "Backend на Go"'
    if (depth > 0 || quotes.some(([a, b]) => at > a && at < b) || noConnector(state, words[i]!)) continue;
    const n = connectorWords(state, words, i);
    if (n === 0) {
      // (a connector that parts only a named organisation is asked last, in work only)
      if (mode === true) weak ??= nameConnectorCut(state, words, i, line);
      continue;
    }
    const right = words.slice(i + n).join(' ');
    const linked = namedAt(right, line);
    const left = words.slice(0, i).join(' ');
    const leftClasses = wordClasses(left, state);
    const titled = leftClasses.has('jobTitle') || leftClasses.has('degree');
    // ("*Senior Software Engineer at [TraceGenomics Inc.](…)*", "*Bachelor of Arts … at Cornell University* (Ithaca, NY)": a run
    // that opens with a role or a degree is the whole head, not a name; nor is one whose name is linked right after the connector)
    if (!linked && !(titled && text.startsWith(left) && !insideLinkText(text, line, at, words[i]!.length)) && insideMarkedRun(text, line, at, words[i]!.length)) continue;
    const w = foldWord(words.slice(i, i + n).join(' '));
    const school = linked || line.links.some((l) => l.text.length > 2 && right.includes(l.text));
    // "Bachelor in Computer Science", "Svenska för Invandrare (SFI)", "… Multimedialità per la Scuola": in education a
    // connector parts only a school that has a name
    if (mode === 'education' && !school && !namedSchool(right, state)) continue;
    // a capital after the connector marks a name, unless the left part already names an organisation ("European Centre for Soft Computing")
    // (an elided article does not hide it: "à l'ENS Cachan", "presso l’Università")
    const marked = linked || (/^\p{Lu}/u.test(stripElision(right)) && !namesOrganisation(state, left));
    // (a connector of whom a post served parts only a role from a name: "Centers for Disease Control" is one name)
    if (!left || !right || !(titled || (linked && i <= 8) || (marked && i <= 4 && !forConnector(state, w)))) continue;
    // "Wissenschaftlicher Assistent, ZHAW Centre for AI": a comma already parted the role from a name the connector is inside
    if (!linked && nameAfterComma(left, state)) continue;
    const cut = [{ text: left, sep: '' }, { text: right, sep: w }];
    // "Ingeniero en prácticas en **ESALab**": the connector before the bold or linked name, when a later one has it
    if (linked) return cut;
    // in education the school comes last: "Kandidat i Datavetenskap vid Uppsala universitet" parts at "vid"
    if (mode === 'education') first = cut;
    // ("Studentassistent for Programmering, Numerikk og Sikkerhet v/ NTNU": a connector of whom a post served gives way to a later one of where)
    else if (!first && !(forConnector(state, w) && laterConnector(state, words, i + n))) first = cut;
  }
  return first ?? weak ?? [{ text, sep: '' }];
}

/**
 * "l’Università di Torino", "the University of Oxford", "Uppsala universitet": a school's word first or second
 * (after an article), and a word of a name (not "la Scuola" alone, nor "Informatica e Multimedialità per la Scuola").
 */
function namedSchool(text: string, state: ParseState): boolean {
  const words = text.split(' ').map(stripElision).filter((w, i) => i > 0 || !/^\p{Ll}{1,3}$/u.test(w));
  const school = (w: string | undefined): boolean => w !== undefined && wordClasses(w, state).has('institution');
  // (a name before the school's word is one with it: "Uppsala universitet", not "Informatica, Università di Bologna")
  if (!school(words[0]) && !(school(words[1]) && !/[,;:]$/.test(words[0] ?? ''))) return capitalsThenSchool(text, school);
  return words.some((w) => /^\p{Lu}/u.test(w) && !school(w));
}

/**
 * "Pennsylvania State University, 2022", "Bowling Green State University": two to six capitalised words up to the first
 * comma, the last a school's word (not "Informatica e Multimedialità per la Scuola").
 */
function capitalsThenSchool(text: string, school: (w: string | undefined) => boolean): boolean {
  const name = text.split(',')[0]!.trim().split(' ');
  return name.length >= 2 && name.length <= 6 && name.every((w) => /^\p{Lu}/u.test(w)) && school(name[name.length - 1]);
}

/** The part of `left` after its last comma is a capitalised name with no job-title word ("…, ZHAW Centre"). */
function nameAfterComma(left: string, state: ParseState): boolean {
  const comma = left.lastIndexOf(', ');
  if (comma < 0) return false;
  const tail = left.slice(comma + 2);
  return /^\p{Lu}/u.test(tail) && !wordClasses(tail, state).has('jobTitle') && wordClasses(left.slice(0, comma), state).has('jobTitle');
}

/** A bold or linked name opens `right`, or follows one lower-case word (an article: "el **Ayuntamiento de …**"). */
function namedAt(right: string, line: Line): boolean {
  const opens = (name: string): boolean => {
    if (!name) return false;
    if (right.startsWith(name)) return true;
    const at = right.indexOf(name);
    return at > 1 && at <= 5 && right[at - 1] === ' ' && /^\p{Ll}+$/u.test(right.slice(0, at - 1));
  };
  return line.boldParts.some(opens) || line.links.some((l) => opens(l.text));
}

/** "Yazılım Geliştirici [Hermes İletişim](…)": a job title right before a link is the role, the link (and a bracket after it) the organisation. */
function cutBeforeLink(text: string, line: Line, state: ParseState): Array<{ text: string; sep: string }> {
  for (const l of line.links) {
    const at = l.text.length > 1 ? text.indexOf(l.text) : -1;
    const after = at < 3 ? '' : text.slice(at + l.text.length).trim();
    if (at < 3 || (after !== '' && !/^\([^()]*\)$/u.test(after))) continue;
    const left = text.slice(0, at).trim();
    if (left && !/[,;:|–—-]$/.test(left) && wordClasses(left, state).has('jobTitle')) return [{ text: left, sep: '' }, { text: text.slice(at).trim(), sep: ' ' }];
  }
  return [{ text, sep: '' }];
}

/** The label of a "Label: value" text, when the label is one the lexicons know. */
function readLabel(text: string, state: ParseState): { label: FieldLabel; value: string } | undefined {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > 40) return undefined;
  const hit = preferHit(LEXICON_INDEX.fields.get(foldWord(text.slice(0, colon))), state.langs);
  if (!hit) return undefined;
  return { label: hit.value, value: trimPart(text.slice(colon + 1)) };
}

/** Whether one of `parts` (two characters or more) holds `text` or is held in it. */
function overlaps(parts: readonly string[], text: string): boolean {
  for (const p of parts) if (p.length > 1 && (p.includes(text) || text.includes(p))) return true;
  return false;
}

/** Emoji, their joiners and selectors, and the spaces after them, opening a text. */
const LEADING_EMOJI = /^[\p{Extended_Pictographic}\ufe0f\u200d]+\s*/u;

/** A segment of a line's text with its marks (bold, italic, linked), and a label when one was written. */
function segmentOf(raw: string, line: Line, lineIdx: number, sep: string, solo: boolean, label?: FieldLabel): Segment {
  // ("### 🏢 株式会社X", "### 💼 Senior Engineer at Beta": an emoji that opens a part is no word of its field; "㈜한빛데이터" keeps its mark)
  const text = raw.replace(LEADING_EMOJI, '') || raw;
  const seg: Segment = { text, line, lineIdx, sep, paren: false, solo, bold: line.bold || overlaps(line.boldParts, text), italic: line.italic || overlaps(line.italicParts, text), linked: line.links.some((l) => l.text && (l.text.includes(text) || text.includes(l.text))) };
  if (label !== undefined) seg.label = label;
  return seg;
}

/** Splits one line's text (its date already cut out) into segments. */
function splitText(text: string, line: Line, lineIdx: number, state: ParseState, connectors: Connectors = true): Segment[] {
  const out: Segment[] = [];
  const labelled = readLabel(text, state);
  if (labelled) {
    if (labelled.value) out.push(segmentOf(labelled.value, line, lineIdx, '', false, labelled.label));
    return out;
  }
  const marked = splitMarkedLead(text, line, lineIdx, state, connectors);
  if (marked) return marked;
  const clean = dropDuration(text, state);
  // "[Supership 株式会社](…):正社員（2025/05 〜 現在）": a kind of employment after a colon is a part of its own
  const employment = cutEmploymentTail(clean);
  if (employment) return [...splitText(employment[0], line, lineIdx, state, connectors), segmentOf(employment[1], line, lineIdx, ':', false)];
  // "Formateur - Mulhouse (poste actuel, temps partiel)": so is a bracketed note on how the job was held
  const note = cutBracketNote(clean, state);
  if (note) return [...(note[0] ? splitText(note[0], line, lineIdx, state, connectors) : []), { ...segmentOf(note[1], line, lineIdx, '(', false), paren: true, note: true }];
  // "Outsourcing company. Moscow, Russia. http://…": a description line of sentences and a web address
  if (/(?:https?:\/\/|www\.)\S/.test(clean) && clean.includes('. ')) {
    const sentences = splitSentences(clean).map((t) => t.trim()).filter((t) => t && !/^(?:https?:\/\/|www\.)\S+$/.test(t));
    if (sentences.length > 1) return sentences.flatMap((t) => splitText(t, line, lineIdx, state, connectors));
  }
  // "Solmates, Nashville, TN, USA <http://www.solmates.co>": a web address closing the line is a part of its own, the entry's site
  const site = /^(.*[\p{L}\p{N}.)])\s+((?:https?:\/\/|www\.)\S+)$/u.exec(clean);
  if (site && !/https?:\/\/|www\./.test(site[1]!)) return [...splitText(site[1]!, line, lineIdx, state, connectors), segmentOf(site[2]!, line, lineIdx, ' ', false, 'website')];
  // "CERTELL INTERNATIONAL. Summer Internship Program.": a name in capitals, then sentences, one part each
  const caps = capsSentences(clean);
  if (caps) return caps.flatMap((t, k) => splitText(t, line, lineIdx, state, connectors).map((x, j) => (k > 0 && j === 0 ? { ...x, sep: '.' } : k === 0 ? { ...x, capsLead: true as const } : x)));
  // "Silicon Valley College, San Jose, CA. Bachelor of Arts, Design and Visualization": short sentences each naming a field (no stop inside a linked or bold name: "[Keller IT GmbH & CO. KG](…)")
  const stops = clean.includes('. ') && !stopInName(clean, line) ? fieldSentences(state, clean) : undefined;
  if (stops) return stops.flatMap((t, k) => splitText(t, line, lineIdx, state, connectors).map((x, j) => (k > 0 && j === 0 ? { ...x, sep: '.' } : x)));
  // "Postdoctoral Research Associate. Department of Ecology …, University of Arizona": a role, a full stop, then where
  const sentence = roleSentence(clean, state) ?? nameThenRoleSentence(clean, state);
  if (sentence) return [segmentOf(sentence[0], line, lineIdx, '', false), ...splitText(sentence[1], line, lineIdx, state, connectors).map((x, k) => (k === 0 ? { ...x, sep: '.' } : x))];
  // "**rea group** **melbourne, vic, australia**" (two HTML spans side by side): bold runs with only white space between are parts
  const runs = sideBySideRuns(clean, line) ?? sideBySideSpans(clean, line);
  if (runs) return runs.flatMap((r, k) => splitText(r, line, lineIdx, state, connectors).map((p, j) => (k > 0 && j === 0 ? { ...p, sep: ' ' } : p)));
  const pair = emphasisPair(clean, line) ?? italicInBold(clean, line);
  if (pair) {
    const [x, y, rest] = pair;
    const tail = rest.trim() ? splitText(rest, line, lineIdx, state, connectors).map((p, k) => (k === 0 ? { ...p, sep: '|' } : p)) : [];
    return [...splitText(x, line, lineIdx, state, connectors), ...splitText(y, line, lineIdx, state, connectors).map((p, k) => (k === 0 ? { ...p, sep: ' ' } : p)), ...tail];
  }
  const tail = boldTail(clean, line, state);
  if (tail) return [...splitText(tail[0], line, lineIdx, state, connectors), segmentOf(tail[1], line, lineIdx, ' ', false)];
  const opening = boldLead(clean, line, state);
  if (opening) return [segmentOf(opening[0].replace(/[,;]\s*$/, ''), line, lineIdx, '', false), ...splitText(opening[1], line, lineIdx, state, connectors).map((x, k) => (k === 0 ? { ...x, sep: ' ' } : x))];
  const roleAt = connectors === true ? cutRoleAtWhole(clean, state) : undefined;
  if (roleAt) return [segmentOf(roleAt[0], line, lineIdx, '', false), ...(ACRONYM_NAME.test(roleAt[1]) ? [segmentOf(roleAt[1], line, lineIdx, 'at', false)] : splitText(roleAt[1], line, lineIdx, state, connectors).map((x, k) => (k === 0 ? { ...x, sep: 'at' } : x)))];
  const strong = cutStrong(clean, protectedSpans(clean, line, state, connectors));
  // "Data engineer à [S4M] – Paris – depuis 01/2015": the first part between separators may still hold "role at organisation",
  // when a link or bold text names the organisation right after the connector
  const first = strong.length > 1 && connectors ? cutConnector(strong[0]!.text, line, state, connectors) : [];
  // or when the other parts are only places ("Sr Engineer at Google DeepMind; New York, NY")
  // (in education, or when the connector names a school: "Laurea in Informatica presso l’Università di Torino, voto 97/110")
  // or when the whole first part is one bold run that opens with a role ("__Solutions Architect at Amazon Web Services__ - *SMB Segment*")
  const named = first.length > 1 && (line.links.some((l) => l.text && first[1]!.text.startsWith(l.text)) || line.boldParts.some((b) => first[1]!.text.startsWith(b) || (b === strong[0]!.text && wordClasses(first[0]!.text, state).has('jobTitle'))) || (connectors === 'education' && namedSchool(first[1]!.text, state)) || strong.slice(1).every((p) => scorePlaceIn(state, p.text) >= 2));
  const parts = strong.length === 1 && connectors ? cutConnector(strong[0]!.text, line, state, connectors) : named ? [...first, ...strong.slice(1)] : strong;
  // "Thomas Magnete GmbH in Herdorf als Softwareentwickler": the role after the organisation
  const afterCut = parts.length === 1 && connectors === true ? cutRoleAfter(parts[0]!.text, state) : parts;
  // ("Sr. Mgr. Applied Research / Thomson Reuters Labs": a role and its organisation either side of a slash)
  const roleCut = afterCut.length === 1 && connectors === true ? cutRoleSlash(afterCut[0]!.text, state) : afterCut;
  const linkCut = roleCut.length === 1 && connectors ? cutBeforeLink(roleCut[0]!.text, line, state) : roleCut;
  const schoolCut = connectors === 'education' ? linkCut.flatMap((p) => cutAfterSchool(p.text, state).map((t, k) => ({ text: t, sep: k === 0 ? p.sep : ' ' }))) : linkCut;
  // ("博士号 東京大学理学系研究科物理学専攻": the piece up to the school is asked for its spaces too, the rest stays whole)
  const cut = joinPlaceCodes(joinAcronyms(schoolCut.flatMap((p, k) => (k === 0 ? cutCjkSpaces(p, state) : [p]))), state);
  for (const p of connectors === true ? cut.map((p, k) => (k > 0 ? dropLeadingConnector(p, state) : p)) : cut) out.push(segmentOf(p.text, line, lineIdx, p.sep, cut.length === 1));
  return out;
}

/** "ESPE - Universidad de las Fuerzas Armadas", "APC - Antonio Peña Celi": an acronym in capitals, a spaced dash, then the name it stands for. */
const ACRONYM_NAME = /^\p{Lu}{2,6} [-–—] \p{Lu}/u;

/**
 * "Docente, Facilitador y Curriculista at ABACOM", "Docente Ocasional - TTI at UIDE - Universidad Internacional del Ecuador",
 * "Profesor de Computación at APC - Antonio Peña Celi": one " at " between a job (written with commas or dashes of its
 * own) and a name (maybe its acronym, a dash and its full name) parts the head first; the separators on either side stay
 * inside the role and the name. Undefined when the text is no such head.
 */
function cutRoleAtWhole(text: string, state: ParseState): [string, string] | undefined {
  const at = text.indexOf(' at ');
  if (at <= 0 || text.indexOf(' at ', at + 1) >= 0) return undefined;
  const left = text.slice(0, at).trim();
  const right = text.slice(at + 4).trim();
  if (!/^[\p{Lu}\p{N}]/u.test(right) || !(/[,;]| [-–—|] /u.test(left) || ACRONYM_NAME.test(right))) return undefined;
  const firstPart = left.split(/[,;]| [-–—|] /u)[0]!.trim();
  return wordClasses(firstPart, state).has('jobTitle') && !namesOrganisation(state, firstPart) ? [left, right] : undefined;
}

/**
 * "Société Générale Corporate and Investment Banking - SGCIB", "Crédit Agricole CIB – CACIB": a part in capitals after a
 * dash that spells the initials of the part before it is that name's short form, kept with it (see `spellsInitials`).
 */
function joinAcronyms(parts: Array<{ text: string; sep: string }>): Array<{ text: string; sep: string }> {
  if (parts.length < 2) return parts;
  const out: Array<{ text: string; sep: string }> = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    const short = p.text.replace(/\s+/g, '');
    if (prev && (p.sep === '-' || p.sep === '–' || p.sep === '—') && /^\p{Lu}{3,8}$/u.test(short) && spellsInitials(short, prev.text)) {
      prev.text = `${prev.text} ${p.sep} ${p.text}`;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/**
 * "Rio Grande - RS", "São Paulo – SP": a last part of two capitals after a dash, which with the part before it
 * makes a known place (a town and its state's code), is kept with it.
 */
function joinPlaceCodes(parts: Array<{ text: string; sep: string }>, state: ParseState): Array<{ text: string; sep: string }> {
  const last = parts[parts.length - 1];
  const prev = parts[parts.length - 2];
  if (!last || !prev || !(last.sep === '-' || last.sep === '–' || last.sep === '—') || !/^\p{Lu}{2}$/u.test(last.text.trim())) return parts;
  const place = `${prev.text.trim()} ${last.sep} ${last.text.trim()}`;
  return scorePlaceIn(state, place) >= 2 ? [...parts.slice(0, -2), { text: place, sep: prev.sep }] : parts;
}

/**
 * "Web Project Manager dal 2010 al 2013 in Domino S.r.l.": with the date cut out, the part after it opens with the
 * connector that named the organisation; the connector becomes the part's separator.
 */
function dropLeadingConnector(part: { text: string; sep: string }, state: ParseState): { text: string; sep: string } {
  const space = part.text.indexOf(' ');
  if (space < 1) return part;
  const rest = part.text.slice(space + 1).trimStart();
  const first = part.text.slice(0, space);
  const w = foldWord(first);
  // ("Di Tempat Penuh Waktu", on site full time: a place phrase that opens with the connector keeps it)
  // (a word in capitals is a name's, no connector: "AM Digital")
  return /^[\p{Lu}\p{N}]/u.test(rest) && !/^\p{Lu}{2,}$/u.test(first) && isConnector(state, w) && scorePlaceIn(state, part.text) < 3 ? { text: rest, sep: w } : part;
}

/**
 * "Research Faculty. Environmental Resilience Institute & Department of Biology, Indiana University": a first
 * sentence of a few words naming a job and no organisation or school (not ending with an abbreviation), then
 * one that opens with a capital and names an organisation or a school: the role and the rest.
 */
function roleSentence(text: string, state: ParseState): [string, string] | undefined {
  const at = text.indexOf('. ');
  if (at < 3) return undefined;
  const role = trimChars(text.slice(0, at), TRIM);
  const rest = text.slice(at + 2).trim();
  // (the last word a whole word, no abbreviation: "Stv. Filialleiter", "Ed. Keller AG"; the role one part, no separators)
  const last = role.slice(role.lastIndexOf(' ') + 1);
  if (last.length < 4 || last.includes('.') || /[|–—/]/.test(role) || role.split(' ').length > 6 || !/^\p{Lu}/u.test(rest)) return undefined;
  const r = wordClasses(role, state);
  // ("M.sc in Environmental Fluid Mechanics. UGA, Grenoble, France.": a degree, a full stop, then where: a school's acronym will do)
  const degree = r.has('degree') && !r.has('jobTitle');
  if (!(r.has('jobTitle') || degree) || r.has('organisation') || r.has('institution')) return undefined;
  const o = wordClasses(rest, state);
  const acronym = degree && /^\p{Lu}{2,6}(?:,|$)/u.test(rest);
  return o.has('organisation') || o.has('institution') || acronym ? [role, rest] : undefined;
}

/**
 * "ООО "Энерго-строй". Мастер строительно-монтажных работ.", "Read Flag. Системный администратор Linux/DevOps engineer.": a short
 * name that names no job, a full stop, then one sentence that names a job: the name and the role.
 */
function nameThenRoleSentence(text: string, state: ParseState): [string, string] | undefined {
  // (the stop after a date cut off before it goes: ". Read Flag. Системный администратор …")
  const t = trimChars(text, ' .|·•–—,;:');
  const at = t.indexOf('. ');
  if (at < 2) return undefined;
  const name = t.slice(0, at).trim();
  const rest = trimChars(t.slice(at + 2), ' .');
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (name.split(' ').length > 5 || (last.length < 3 && !/["»”]$/u.test(last)) || last.slice(0, -1).includes('.') || !/^[\p{Lu}"«“]/u.test(name)) return undefined;
  if (!/^\p{Lu}/u.test(rest) || rest.includes('. ') || rest.split(' ').length > 10) return undefined;
  // (not an abbreviation before its stop: "Dipl. Qualitätsmanager FA", "Sr. Developer")
  if (!name.includes(' ') && name.length <= 4) return undefined;
  const n = wordClasses(name, state);
  // (a legal form keeps its stop: "Zeus İnteraktif Ltd. Sunucu Yöneticisi")
  return wordClasses(rest, state).has('jobTitle') && !n.has('jobTitle') && !n.has('degree') ? [keepAbbreviationDot(t, name), rest] : undefined;
}

/**
 * "LICENCIATURA EN CIENCIA POLÍTICA. Departamento de Estudios Políticos y de Gobierno. Universidad de Guanajuato.": a head
 * that opens with a name in capitals (two words or more, no lower-case letter) ended by a full stop, then more
 * sentences: its sentences, parted at ". " after a word of four letters or more ("Dr. Luis Sánchez Mier" stays whole).
 */
function capsSentences(text: string): string[] | undefined {
  const at = text.indexOf('. ');
  const first = at > 0 ? text.slice(0, at) : '';
  if (!first.includes(' ') || /\p{Ll}/u.test(first) || (first.match(/\p{Lu}/gu)?.length ?? 0) < 6) return undefined;
  const out: string[] = [];
  let from = 0;
  for (let k = at; k >= 0; k = text.indexOf('. ', k + 2)) {
    const word = text.slice(text.lastIndexOf(' ', k - 1) + 1, k);
    if (word.length < 4 || word.includes('.')) continue;
    out.push(trimChars(text.slice(from, k), TRIM));
    from = k + 2;
  }
  out.push(trimChars(text.slice(from), TRIM));
  const parts = out.filter(Boolean);
  return parts.length > 1 ? parts : undefined;
}

/** Sentences of a description line: parted at ". ", but not after an abbreviation with inner dots ("Domino S.r.l. - Torino"). */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 2)) {
    const word = text.slice(text.lastIndexOf(' ', at - 1) + 1, at);
    if (word.includes('.')) continue;
    out.push(text.slice(from, at));
    from = at + 2;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * "星河数据科技有限公司  **高级Java工程师**", "Acme Corp **Staff Engineer**": a bold run that ends a line not bold
 * as a whole, after plain text with no separator that does not end with a connector, is a part of its own; so is an
 * italic run, after any text (see {@link emphasisTail}).
 */
function boldTail(text: string, line: Line, state: ParseState): [string, string] | undefined {
  const bold = line.bold ? undefined : line.boldParts[line.boldParts.length - 1];
  // ("Nene International Private School, Enugu *Teaching Assistant (April 2019 - March 2020)*": so is an italic run, its
  // bracket with the dates cut off)
  const italic = line.italic || !line.italicParts.length ? undefined : beforeBracket(line.italicParts[line.italicParts.length - 1]!);
  // (the run's dates were cut out of the text, leaving their mark: "…, Enugu Teaching Assistant  | ", "에잇퍼센트 백엔드 개발자  | ")
  const cut = italic || bold ? trimChars(text, ' \t|–—-') : text;
  // (which run matched, not which text it is: "***Role, Org***" makes its bold and italic runs the same text)
  const isBold = !!bold && cut.endsWith(bold);
  const run = isBold ? bold : italic && cut.endsWith(italic) ? italic : undefined;
  return run ? emphasisTail(cut, run, state, isBold) : undefined;
}

/** A text up to its first opening bracket, trimmed ("Cashier (August 2012 - January 2014)" → "Cashier"). */
function beforeBracket(t: string): string {
  const at = t.search(/[(（]/u);
  return (at < 0 ? t : t.slice(0, at)).trim();
}

/** {@link boldTail} for its run: the text before it and the run, when that text is a part of its own (`whole`: one part, no separator in it). */
function emphasisTail(text: string, run: string, state: ParseState, whole: boolean): [string, string] | undefined {
  if (run.length < 2) return undefined;
  const before = text.slice(0, text.length - run.length).trim();
  // "Programista aplikacji na Android - **Callpage**": a separator before the run cuts there already
  if (before.length < 2 || !/[\p{L}\p{N}]/u.test(before) || /[-–—|:：,;/·•@／｜，、]$/u.test(before) || (whole && cutStrong(before).length !== 1)) return undefined;
  // (nor after a connector and an article: "Ingeniero en prácticas en el **Ayuntamiento de …**")
  const words = before.split(' ');
  const isConnector = (w: string | undefined): boolean => !!w && !!LEXICON_INDEX.words.get(foldWord(w))?.some((h) => h.value === 'connector');
  const last = words[words.length - 1];
  if (isConnector(last) || (/^\p{Ll}{1,4}$/u.test(last ?? '') && isConnector(words[words.length - 2]))) return undefined;
  // (nor after a joiner: "_Buffalo Spree Magazine_ and _Forever Young Magazine_" names two together)
  if (last !== undefined && (last === '&' || LEXICON_INDEX.joiners.has(foldWord(last)))) return undefined;
  // ("### Eneco/Dept */ Software Engineer, freelance*": a separator the run opens with is no part of it)
  const lead = /^[-–—|:：,;/·•／｜，、]+\s*/u.exec(run)?.[0].length ?? 0;
  return [before, run.slice(lead)];
}

/** The bold runs of a text made of nothing else, two or more side by side with only white space between ("**Org** **Town, Region**"). */
function sideBySideRuns(text: string, line: Line): string[] | undefined {
  const runs = line.boldParts;
  if (runs.length < 2 || runs.length > 4) return undefined;
  let at = 0;
  for (const r of runs) {
    const i = text.indexOf(r, at);
    if (i < 0 || text.slice(at, i).trim() !== '' || (at > 0 && i === at)) return undefined;
    at = i + r.length;
  }
  return text.slice(at).trim() === '' ? [...runs] : undefined;
}

/** An HTML span's text (no tag inside). */
const SPAN = /<span\b[^<>]*>([^<>]*)<\/span>/gi;

/**
 * The HTML spans a heading or line is made of, two or more side by side, that make up the text ("<span>Edmonton Public
 * Library</span> <span>Edmonton, Canada</span>"): each is a part; a span of the date already cut out is no part.
 */
function sideBySideSpans(text: string, line: Line): string[] | undefined {
  if (!line.md.includes('<span')) return undefined;
  const spans = [...line.md.matchAll(SPAN)].map((m) => readInline(m[1]!).plain.trim()).filter((t) => t !== '' && text.includes(t));
  if (spans.length < 2 || spans.length > 4) return undefined;
  let rest = text;
  for (const t of spans) rest = rest.replace(t, ' ');
  return rest.trim() === '' ? spans : undefined;
}

/** Emphasis runs of each kind looked at for a bold–italic pair. */
const FIRST_RUNS = 4;

/** Whether `outer` holds `inner` with no letter glued to either side of it. */
function holdsWord(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    if (!/\p{L}/u.test(outer[at - 1] ?? '') && !/\p{L}/u.test(outer[at + inner.length] ?? '')) return true;
  }
  return false;
}

/**
 * "**Globex** *Engineer*", "**平安银行 - 零售大数据部门** *助理架构师*": a text that opens with a bold run and an italic run side
 * by side, nothing else between them and nothing after them but what a cut date left (" | ") and the rest, is two
 * parts and that rest (each may still be split further).
 */
function emphasisPair(text: string, line: Line): [string, string, string] | undefined {
  if (line.bold || line.italic || !line.boldParts.length || !line.italicParts.length) return undefined;
  const t = text.trim();
  // what may follow the pair: nothing, or what the date cut out left behind (" | ") and the rest of the head
  const after = (x: string): string | undefined => {
    const m = /^\s*(?:\|\s*|$)/u.exec(x);
    return m ? x.slice(m[0].length) : undefined;
  };
  // (the pair opens the text: only the first runs of each kind can make it)
  for (const b of line.boldParts.slice(0, FIRST_RUNS)) {
    for (const i of line.italicParts.slice(0, FIRST_RUNS)) {
      // (one run inside the other, "***Role***", is no pair; a word that only opens another does not count: "**Tolk** *TolkDanmark*")
      if (!b || !i || holdsWord(b, i) || holdsWord(i, b)) continue;
      for (const [x, whole] of [[b, i], [i, b]] as const) {
        // (a run holding the date after a bar gives its text before the bar: "**Tolk** *TolkDanmark | 2024 – Nuværende*")
        const y = whole.split(' | ')[0]!.trim();
        // (side by side, or joined by a dash: "**Ingeniero**-*[Qualitas Instruments](…)*")
        const gap = /^(?:\s+|\s*[-–—]\s*)/u.exec(t.slice(x.length))?.[0];
        if (!t.startsWith(x) || gap === undefined || !t.slice(x.length + gap.length).startsWith(y)) continue;
        const rest = after(t.slice(x.length + gap.length + y.length));
        if (rest !== undefined) return [x, y, rest];
      }
    }
  }
  return undefined;
}

/**
 * "**CAPGEMINI *Software-Engineer* (seit 2023)**": in a wholly bold line, its one italic run, after a name with no
 * separator before it, parts the text: the name, the italic run and the rest.
 */
function italicInBold(text: string, line: Line): [string, string, string] | undefined {
  const run = line.italicParts[0];
  if (!line.bold || line.italic || line.italicParts.length !== 1 || !run) return undefined;
  const t = text.trim();
  const at = t.indexOf(run);
  const before = t.slice(0, at).trim();
  if (at <= 0 || !/\s$/u.test(t.slice(0, at)) || !/[\p{L}\p{N}]/u.test(before) || /[|–—,:;/-]$/u.test(before)) return undefined;
  return [before, run, t.slice(at + run.length)];
}

/**
 * "__Université de Lille__ Ingénieur de Recherche; Architecte …": a bold run of two words or more that opens a line
 * not bold as a whole, then a capitalised phrase with no separator between them, are two parts. So is a bold word naming
 * no job before a phrase that names one ("__Turbit__ Head of Data Science"; not "**Senior** Engineer").
 */
function boldLead(text: string, line: Line, state: ParseState): [string, string] | undefined {
  const bold = line.bold ? undefined : line.boldParts[0];
  // ("**Senior DevOps Engineer |** New York, NY **|** …": a bold run closing with a separator is parted by it)
  if (!bold || !text.startsWith(bold) || /[:：|｜·•]$/.test(bold)) return undefined;
  const rest = text.slice(bold.length);
  // ("## **Engenheiro de Software**, AI/R Company - Vivo Telefónica -- São Paulo": a bold job and a comma, then an unmarked rest;
  // a rest in italics is cut where it is marked: "**Consultant**, *Organisation for Economics Cooperation & Development (OECD)*")
  // (not a bold run that is itself parted by a dash: "**SDK Developer — Harness**, Beograd, Srbija")
  if (/^, \p{Lu}/u.test(rest) && line.boldParts.length === 1 && line.italicParts.length === 0 && !/\s[–—-]\s/u.test(bold) && wordClasses(bold, state).has('jobTitle')) return [bold, rest.slice(2).trim()];
  if (!/^ \p{Lu}/u.test(rest)) return undefined;
  if (!bold.includes(' ') && (!/^\p{Lu}/u.test(bold) || wordClasses(bold, state).has('jobTitle') || !wordClasses(rest, state).has('jobTitle'))) return undefined;
  return [bold, rest.trim()];
}

/**
 * `text` (a line's text, maybe with its date cut out) less the alt text of the line's images, when it says
 * something besides them ("![Intel Corp. Logo](…) Intel Corp." is "Intel Corp."): a logo's caption names nothing a second time.
 */
function withoutImages(line: Line, text: string): string {
  let t = text;
  for (const img of line.images) {
    const at = img.alt ? t.indexOf(img.alt) : -1;
    if (at < 0) continue;
    const rest = `${t.slice(0, at)}${t.slice(at + img.alt.length)}`;
    // only a caption the line says again ("Intel Corp. Logo" beside "Intel Corp."); a logo named only by its alt keeps it
    const core = img.alt.replace(LOGO_WORDS, '').trim();
    if (core && rest.includes(core)) t = rest;
  }
  return /[\p{L}\p{N}]/u.test(t.replace(/ \| /g, '')) ? t.replace(/^\s+/, '') : text;
}

/**
 * A line of nothing but a logo ("![Keystone Partners Logo](…)", or "![Velis Media](…)" over "<u>Velis Media</u>") in a head
 * that has other lines: the logo names nothing the head does not.
 */
function logoLine(line: Line, head: readonly Line[]): boolean {
  if (head.length < 2 || line.images.length !== 1 || line.plain !== line.images[0]!.alt) return false;
  LOGO_WORDS.lastIndex = 0;
  const alt = line.plain.trim();
  return LOGO_WORDS.test(line.plain) || (alt.length > 1 && head.some((h) => h !== line && h.plain.includes(alt)));
}

/**
 * The index of the cell of the row that names what `cell`, only a logo, names by its alt text ("Xspec company logo"
 * beside "[Xspec Technology Sdn Bhd](…)", under a "Company" column): the logo names nothing the row does not. -1 when none.
 */
function logoTwin(cell: string, cells: readonly string[]): number {
  if (!/<img\b|!\[/i.test(cell)) return -1;
  const read = readInline(cell);
  if (read.images.length !== 1 || read.plain.trim() !== read.images[0]!.alt.trim()) return -1;
  const core = read.images[0]!.alt.replace(LOGO_WORDS, ' ').replace(/\b(?:company|firm|organi[sz]ation)\b/gi, ' ').trim().split(/\s+/)[0];
  if (!core || core.length < 2) return -1;
  return cells.findIndex((other) => other !== cell && readInline(other).plain.includes(core));
}

/** The column labels with a logo cell's label moved to the cell its logo repeats (`twins`, see {@link logoTwin}: a "Company" column of logos beside the names). */
function withLogoLabels(labels: Array<FieldLabel | undefined>, twins: readonly number[]): Array<FieldLabel | undefined> {
  const out = [...labels];
  twins.forEach((twin, c) => {
    if (labels[c] !== undefined && twin >= 0 && out[twin] === undefined) [out[twin], out[c]] = [labels[c], undefined];
  });
  return out;
}

/** An image's alt text that says more than that it is an image ("Paradigma Digital", not "image" or "logo"). */
function namesSomething(alt: string): boolean {
  return /[\p{L}\p{N}]/u.test(alt.replace(LOGO_WORDS, ''));
}

/** Words a logo's alt text adds to the name it shows. */
const LOGO_WORDS = /\b(?:logo|logotype|icon|image|picture)\b/gi;

/** The text of a line with the entry's date span cut out (and its images' alt text, see {@link withoutImages}). */
function withoutDate(line: Line, date: DateSpan | undefined, dateLine: Line | undefined, state: ParseState): string {
  const text = cutDate(line, date, dateLine, state);
  return line.images.length ? withoutImages(line, text) : text;
}

/** The dashes that separate parts of a head (a segment's `sep`), and that a note after the dates may follow. */
export const DASH_SEPARATORS: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * A line's text before its dates and the note after them, where the dates (maybe in brackets) are followed by a
 * dash and the text before them holds a comma ("X, Y (2017–2019) — note"); undefined otherwise.
 */
function dashNoteAfterDate(line: Line, date: DateSpan): [string, string] | undefined {
  const t = line.plain;
  // (by a scan: spaces, a closing bracket, spaces, a dash, then a space)
  let k = date.index + date.length;
  while (t[k] === ' ') k++;
  if (t[k] === ')' || t[k] === '）' || t[k] === ']') k++;
  while (t[k] === ' ') k++;
  if (!DASH_SEPARATORS.has(t[k] ?? '') || t[k + 1] !== ' ') return undefined;
  const before = trimChars(t.slice(0, date.index), ' (（[,;|');
  const note = t.slice(k + 2).trim();
  return before.includes(', ') && note ? [before, note] : undefined;
}

/** Labels of a date ("Graduated", "Period", "From"): cut with the date they label. */
const DATE_LABELS: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['period', 'start', 'end', 'year']);

/** Where a date label with its colon right before `at` starts ("… — *Graduated: 2021*"), or `at` when there is none. */
function dateLabelStart(state: ParseState, t: string, at: number): number {
  let k = at;
  while (k > 0 && t[k - 1] === ' ') k--;
  if (t[k - 1] !== ':' && t[k - 1] !== '：') return at;
  let s = k - 1;
  while (s > 0 && k - s <= 30 && /[\p{L} ]/u.test(t[s - 1]!)) s--;
  const label = t.slice(s, k - 1).trim();
  const kind = label ? fieldLabelOf(state, label) : undefined;
  return kind !== undefined && DATE_LABELS.has(kind) ? s : at;
}

/** The text of a line with the entry's date span cut out (and a label before it: "Graduated: 2021"). */
function cutDate(line: Line, date: DateSpan | undefined, dateLine: Line | undefined, state: ParseState): string {
  if (!date || line !== dateLine) return line.plain;
  let a = dateLabelStart(state, line.plain, date.index);
  // (with the entry's other periods written right after it: "(June 2015 – Aug 2015 / Dec 2015 – Feb 2016)")
  const last = laterPeriods(state, line, date).pop() ?? date;
  let b = last.index + last.length;
  const t = line.plain;
  // the brackets around a date go with it: "Tesla (2023-03 — 2024-06)"
  let i = a;
  while (i > 0 && t[i - 1] === ' ') i--;
  let j = b;
  while (j < t.length && t[j] === ' ') j++;
  // (and mixed full-width and ASCII ones: "株式会社リゾートワークス（2020/12〜現在)"; braces, "Bolu Fen Lisesi {2005-2009}"; lenticular ones, "【2019.07 - 至今】")
  const closers = DATE_BRACKETS[t[i - 1] ?? ''];
  if (closers !== undefined && t[j] !== undefined && closers.includes(t[j]!)) {
    a = i - 1;
    b = j + 1;
    return `${t.slice(0, a)} | ${t.slice(b)}`;
  }
  // (a colon right after the dates goes with them: "2024/8 - 現在：フリーランス（データエンジニア）")
  if (t[j] === '：' || t[j] === ':') b = j + 1;
  return bracketRest(t, i, j) ?? `${t.slice(0, a)} | ${t.slice(b)}`;
}

/** The closing brackets that may close each opening one around a date (full-width and ASCII round ones mix). */
const DATE_BRACKETS: Readonly<Record<string, string>> = { '(': ')）', '（': ')）', '[': ']', '{': '}', '【': '】' };

/** Closing bracket of each opening one. */
const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '（': '）' };
/** Opening bracket of each closing one. */
const OPENERS: ReadonlyMap<string, string> = new Map(Object.entries(BRACKETS).map(([o, c]) => [c, o]));

/**
 * "BSc (2001-2005 Metallurgy)", "本科 (2001-2005 金属材料)", "Tesla (Berlin, 2023 – 2024)": a date that opens or
 * closes a bracket holding more leaves the bracket with the rest ("BSc (Metallurgy)"), the cut after it.
 * `i`…`j` is the date with the spaces around it; undefined when it is not so.
 */
function bracketRest(t: string, i: number, j: number): string | undefined {
  const opener = t[i - 1] ?? '';
  const close = BRACKETS[opener];
  if (close !== undefined) {
    const k = t.indexOf(close, j);
    if (k < 0 || t.slice(j, k).includes(opener)) return undefined;
    return `${t.slice(0, i)}${trimChars(t.slice(j, k), ' ,;:-–—')}${close} | ${t.slice(k + 1)}`;
  }
  const open = OPENERS.get(t[j] ?? '');
  if (open === undefined) return undefined;
  const h = t.lastIndexOf(open, i);
  if (h < 0 || t.slice(h + 1, i).includes(t[j]!)) return undefined;
  return `${t.slice(0, h + 1)}${trimChars(t.slice(h + 1, i), ' ,;:-–—')}${t[j]} | ${t.slice(j + 1)}`;
}

/** Column labels of the table a row belongs to (its header row), when they name fields. */
export function columnLabels(row: Line, all: readonly Line[], state: ParseState): Array<FieldLabel | undefined> {
  const header = all.find((l) => l.kind === 'row' && l.header && l.block === row.block);
  if (!header?.cells) return [];
  const lookup = (t: string): FieldLabel | undefined => preferHit(LEXICON_INDEX.fields.get(foldWord(t)), state.langs)?.value;
  const seen = new Set<FieldLabel>();
  return header.cells.map((c) => {
    const t = c.replace(/[*_]/g, '').trim();
    const label = lookup(t) ?? splitAround(t, /[/|,]\s*/).map(lookup).find((x) => x !== undefined);
    // a second column of the same field ("Position | Role") is an extra, the first one is the field
    if (label === undefined || seen.has(label)) return undefined;
    seen.add(label);
    return label;
  });
}

/**
 * Splits the head lines (and group lines) of an entry into segments: table cells, labelled values,
 * parts between separators (" | ", " – ", " · ", " - ") or around a connector ("Role at Company").
 * The entry's date span is cut out first.
 */
export function splitHead(state: ParseState, head: readonly Line[], group: readonly Line[], date: DateSpan | undefined, dateLine: Line | undefined, section: readonly Line[], connectors: Connectors = true): Segment[] {
  const out: Segment[] = [];
  const add = (segs: readonly Segment[]): void => {
    for (const x of segs) out.push(x);
  };
  let namesOne: boolean | undefined;
  group.forEach((g) => add(splitText(g === dateLine ? withoutDate(g, date, dateLine, state) : withoutDate(g, lineDates(state, g)[0], g, state), g, -1, state, connectors)));
  head.forEach((line, idx) => {
    // (a line that is a web address alone, "[https://rut-miit.ru](…)", is the entry's site: its url, no field)
    // (and so is a line that only says how long: "`1년 10개월 이상`", kept with the entry, see headDurations)
    if (logoLine(line, head) || (head.length > 1 && (urlOfLine(line) !== undefined || durationNote(state, line)))) return;
    if (line.kind === 'row' && line.cells) {
      // (the cell of the row each logo repeats, found once per row: -1 for a cell that is no such logo)
      const twins = line.cells.map((cell) => logoTwin(cell, line.cells!));
      const labels = withLogoLabels(columnLabels(line, section, state), twins);
      line.cells.forEach((cell, c) => {
        if (labels[c] === 'start' || labels[c] === 'end' || twins[c]! >= 0) return;
        // (each line of a cell, between line breaks, is split as a line of its own: "Lärarvikarie på SFI<br>*Rekommendation …*")
        const dated = line === dateLine && date ? line.plain.slice(date.index, date.index + date.length) : undefined;
        // (unless a later line is a label's: "…<br/>Abschluss: Bachelor of Science" is read as the cell it is part of)
        // (a cell that is a logo alone, "<a …><img alt="Paradigma Digital" …></a>", names what its image's text says)
        const pieces = cell.split(/<br\s*\/?>/i).map((piece) => {
          const read = readInline(piece);
          return read.plain.trim() || read.images.map((i) => i.alt.trim()).filter(namesSomething).join(' ').trim();
        });
        // (a date written across the cell's lines, "Present<br>Oct 2023", is cut out of the cell as a whole)
        const across = dated !== undefined && pieces.length > 1 && !pieces.some((p) => p.includes(dated)) && pieces.join(' ').includes(dated);
        const apart = !across && pieces.slice(1).every((p) => !readLabel(p, state));
        // (and so is another period of the same cell: "May 2019 - August 2019, May 2018 - August 2018")
        const periods = dated === undefined ? [] : laterPeriods(state, line, date!).map((d) => line.plain.slice(d.index, d.index + d.length));
        const undated = (plain: string): string => (dated ? periods.reduce((t, p) => t.replace(p, ' '), plain.replace(dated, ' ')) : plain);
        // (a column's label says what its cells are: no connector parts them, "Associate Professor with Tenure", "MPI für Radioastronomie")
        const split = (across ? [pieces.join(' ')] : apart ? pieces : [pieces.join(' | ')]).flatMap((plain) => splitText(undated(plain), line, idx, state, labels[c] === undefined));
        const segs = wholeNameCell(state, split, labels[c]) ?? split;
        // (a column's label names a cell of one part; "Job" over "[VisualDNA](…), _London (UK)_ - __Software Engineer__" names none of its parts alone)
        // (nor "Position" over "Water Resource Specialist, Cardno TEC, Seattle, WA.": a role, its organisation and its place, parted by commas)
        const label = segs.length === 1 && !(labels[c] === 'position' && commaParts(segs[0]!.text) >= 3) ? labels[c] : undefined;
        for (const s of segs) out.push(label && !s.label ? { ...s, label } : s);
      });
      return;
    }
    const cut = lineConnectors(state, head, group, idx, connectors, () => (namesOne ??= cutStrong(head[0]!.plain).length === 1 && !degreeOnly(state, head[0]!.plain, connectors)));
    // ("Watsuthi wararam school" / "<br />High school (2002 - 2007)": the lines a `<br>` breaks an item into are split each on its own)
    const broken = line.kind !== 'heading' && BR.test(line.md) ? brokenPieces(state, line, line === dateLine ? date : undefined) : undefined;
    if (broken) {
      for (const piece of broken) add(splitText(piece, line, idx, state, cut));
      return;
    }
    // ("**M.S. Biostatistics**, Columbia University (2017–2019) — 연례 졸업 연구 대회 학과장상": a note behind a dash after the
    // dates is a part of its own, and what comes before the dates is split as a line alone)
    const note = line === dateLine && date ? dashNoteAfterDate(line, date) : undefined;
    if (note) {
      add(splitText(note[0], line, idx, state, cut));
      add([segmentOf(note[1], line, idx, '—', false)]);
      return;
    }
    // ("### 5-2. Acme株式会社", "### 2.1. Beta AG": a heading's outline number is no part of its name)
    const text = dropPlaceStop(state, withoutDate(line, date, dateLine, state));
    // ("#### **Org | Project**" / "(Proyecto con SEFIPLAN, Gobierno de Quintana Roo) (2023 - 2024)": a later line wholly in
    // brackets, under a line of two parts or more, is a note on the entry, no field)
    // (or under one line of one part, when the bracket opens with a label: "Математик-экономист, [ГУУ](…), 2010" / "(публикации: https://…)")
    const bracketed = (idx > 0 || group.length > 0) && (out.length >= 2 || (out.length === 1 && /^\s*[(（][^():：]{1,30}[:：]/u.test(text))) ? bracketedNote(text) : undefined;
    if (bracketed) {
      add([{ ...segmentOf(bracketed, line, idx, '(', false), paren: true, note: true }]);
      return;
    }
    // ("#### (IT Support Specialist)" under the organisation's heading: a deeper heading wholly in brackets is read without them)
    const own = line.kind === 'heading' ? unbracketHeading(text.replace(OUTLINE_NUMBER, ''), idx > 0 || group.length > 0) : text;
    add(splitText(own, line, idx, state, cut));
  });
  const levels = head.filter((l) => l.kind === 'heading').map((l) => l.level);
  if (new Set(levels).size > 1) {
    const min = levels.reduce((a, b) => Math.min(a, b));
    const max = levels.reduce((a, b) => Math.max(a, b));
    for (const s of out) if (s.line.kind === 'heading') s.tier = s.line.level === min ? 'upper' : s.line.level === max ? 'lower' : undefined;
  }
  return capSegments(out.filter((s) => /[\p{L}\p{N}]/u.test(s.text)).map((s) => (pointerLink(state, s) ? { ...s, label: 'website' as const } : noteAfterDate(s, dateLine, date) ? { ...s, note: true as const } : s)));
}

/** A heading's text without the brackets around it all, below the head's first line or a group: "(Administrative Assistant, IT Assistant)". */
function unbracketHeading(text: string, below: boolean): string {
  const t = text.trim();
  return below && /^\([^()]+\)$/.test(t) ? t.slice(1, -1) : text;
}

/**
 * How head line `idx` is cut at connector words. Under a heading that names one thing ("## **Zoly**"), a role line's
 * connector is part of the role ("Especialista em Digital Analytics"), unless the line names that same thing after it
 * ("### iCapps" / "- Web consultant bij iCapps"); so under a group line that names one organisation ("Bechtle" over
 * "Fachinformatiker für Systemintegration"); not under a heading that names only a degree ("### Bachelor's Degree" over
 * "BEng (Hons) Computing from Edinburgh Napier University"). Nor is a heading over a line led by a bold name, which is
 * the organisation ("### **Técnico em Eletrônica**" / "**Marte Instrumentação Analítica** | São Paulo - SP").
 * @param namesOne - whether the head's heading names one thing (asked once per head)
 */
function lineConnectors(state: ParseState, head: readonly Line[], group: readonly Line[], idx: number, connectors: Connectors, namesOne: () => boolean): Connectors {
  const line = head[idx]!;
  const top = head[0]!;
  if (idx === 0 && line.kind === 'heading' && head.slice(1).some((x) => boldNameLead(state, x))) return false;
  const underName = idx > 0 && top.kind === 'heading' && line.kind !== 'heading' && namesOne() && lineDates(state, top).length === 0 && !line.plain.includes(` ${top.plain}`);
  return underName || oneNameGroup(state, group, line) ? false : connectors;
}

/** A text line that opens with a bold run naming no job, then a bar or a comma: "**Marte Instrumentação Analítica** | São Paulo - SP". */
function boldNameLead(state: ParseState, l: Line): boolean {
  const lead = l.boldParts[0];
  if (l.kind !== 'text' || !lead || !l.plain.startsWith(lead) || !/^\s*[|,]\s*\S/u.test(l.plain.slice(lead.length))) return false;
  return !wordClasses(lead, state).has('jobTitle') && scorePlaceIn(state, lead) < 2;
}

/** A linked or bold name of the line, in `text`, holds a full stop and a space: "[Schwarz IT GmbH & CO. KG](…)". */
function stopInName(text: string, line: Line): boolean {
  return [...line.links.map((l) => l.text), ...line.boldParts].some((t) => t.includes('. ') && text.includes(t));
}

/** The parts of a text whose place is marked by a pin, or whose bold lead is closed by a colon or by a full stop before a place (undefined for any other text). */
function splitMarkedLead(text: string, line: Line, lineIdx: number, state: ParseState, connectors: Connectors): Segment[] | undefined {
  // "Entreprise A (Groupe Bancaire) 📍 Île-de-France": a pin marks the place
  const pin = text.indexOf('📍');
  if (pin >= 0) {
    const place = trimChars(text.slice(pin + 2), TRIM);
    const before = text.slice(0, pin).trim() ? splitText(text.slice(0, pin), line, lineIdx, state, connectors) : [];
    return place ? [...before, segmentOf(place, line, lineIdx, '', false, 'place')] : before;
  }
  // "**Stiftungsrat**: [Stiftung La Résidence](…)": a bold lead before a colon is a part of its own
  const lead = line.boldParts[0];
  const afterLead = lead && lead.length < text.length && text.startsWith(lead) ? /^\s*[:：]\s+(?=\S)/.exec(text.slice(lead.length)) : null;
  if (lead && afterLead) {
    const rest = splitText(text.slice(lead.length + afterLead[0].length), line, lineIdx, state, connectors).map((x, k) => (k === 0 ? { ...x, sep: ':' } : x));
    // ("**Software Engineer Intern at Doordash** : May 2022 - …": the lead is split as a text of its own, an abbreviation's full stop kept)
    const own = splitText(trimPart(lead), line, lineIdx, state, connectors);
    return [...(own.length > 0 ? own : [leadSegment(lead, line, lineIdx)]), ...rest];
  }
  return stopLeadAndPlace(text, line, lineIdx, state);
}

/** A bold lead as a segment of its own, trimmed as a part is ({@link trimPart}). */
function leadSegment(lead: string, line: Line, lineIdx: number): Segment {
  return { ...segmentOf(lead, line, lineIdx, '', false), text: trimPart(lead) };
}

/** "**RosTransModernizatsiya.** Moscou, Russie": a bold lead closed by a full stop, then a place: the name and the place (undefined for any other text). */
function stopLeadAndPlace(text: string, line: Line, lineIdx: number, state: ParseState): Segment[] | undefined {
  const lead = line.boldParts[0];
  if (!lead || !lead.endsWith('.') || lead.length <= 3 || !text.startsWith(`${lead} `) || scorePlaceIn(state, text.slice(lead.length + 1)) < 2) return undefined;
  return [leadSegment(lead, line, lineIdx), segmentOf(text.slice(lead.length + 1).trim(), line, lineIdx, ' ', false)];
}

/** In education, a text that names a degree and no school: "Bachelor's Degree". */
function degreeOnly(state: ParseState, text: string, connectors: Connectors): boolean {
  if (connectors !== 'education') return false;
  const c = wordClasses(text, state);
  return c.has('degree') && !c.has('institution');
}

/**
 * "**St Abbs marine station, 30th Jul 2018 – 7th Sep 2018**[*-website link*](http://…)": a part that is the text of a
 * link of its line, and only says it is one (each word a site label of the CV's languages), points to the entry's
 * site: it names no field. So does a web address alone.
 */
function pointerLink(state: ParseState, s: Segment): boolean {
  if (s.label || s.line.links.length === 0) return false;
  const text = trimChars(s.text, ' -–—*_:()[]');
  // ("### ATI Projects - <https://atiprojects.kz/>": so does a web address alone)
  if (/^(?:https?:\/\/|www\.)\S+$/u.test(text)) return true;
  return s.line.links.some((k) => trimChars(k.text.replace(/[*_]/g, ''), ' -–—:()[]') === text) && (fieldLabelOf(state, text) === 'website' || text.split(/\s+/).every((w) => fieldLabelOf(state, w) === 'website'));
}

/**
 * "Software Engineer, Qualcomm, Boulder, CO." → "…, Boulder, CO": the full stop closing a line whose last parts (one or two,
 * after commas) name a place ends the line, not the place's name.
 */
function dropPlaceStop(state: ParseState, text: string): string {
  const t = text.trimEnd();
  if (!/\p{L}\.$/u.test(t)) return text;
  const bare = t.slice(0, -1);
  const parts = bare.split(', ');
  if (parts.length < 2) return text;
  const tail = (n: number): string => parts.slice(-n).join(', ');
  return scorePlaceIn(state, tail(1)) >= 2 || (parts.length >= 3 && scorePlaceIn(state, tail(2)) >= 2) ? bare : text;
}

/**
 * "…, 2004 (Bölüm 2012 yılında kapatıldı)", "…, 10.2020 - 10.2022 (german GPA: 1.5)", "…, 03.2020 - 09.2020, recognition at TU Munich":
 * right after the line's dates, a part in brackets of four words or more (or a label and its value), or a part of two words
 * or more that opens in a small letter, is a note on the entry.
 */
function noteAfterDate(s: Segment, dateLine: Line | undefined, date: DateSpan | undefined): boolean {
  if (s.note || s.line !== dateLine || !date) return false;
  const whole = /^[(（][^()（）]+[)）]$/u.test(s.text);
  const words = s.text.split(/\s+/).length;
  const bracket = (s.paren || whole) && (words >= 4 || (words >= 2 && /[:：]/u.test(s.text)));
  const small = !s.paren && !whole && words >= 2 && /^\p{Ll}/u.test(s.text);
  if (!bracket && !small) return false;
  const at = s.line.plain.indexOf(s.paren && !whole ? `(${s.text}` : s.text, date.index + date.length);
  return at >= date.index + date.length && /^[\s,;)）]*$/u.test(s.line.plain.slice(date.index + date.length, at));
}

/** What a text wholly in one pair of brackets, of four words or more, says inside them ("(Proyecto con SEFIPLAN, Gobierno de Quintana Roo)"); else undefined. */
function bracketedNote(text: string): string | undefined {
  const t = trimChars(text, ' |·,;–—-');
  return /^[(（][^()（）]+[)）]$/u.test(t) && t.split(/\s+/).length >= 4 ? t.slice(1, -1) : undefined;
}

/**
 * "Nơi cộng tác" over "Ban Phong trào - Học tập, Đoàn trường": a cell of an organisation's or a school's column that
 * only dashes cut, into parts none of which is a place, is one name (a department and its body), kept whole.
 */
function wholeNameCell(state: ParseState, segs: readonly Segment[], label: FieldLabel | undefined): Segment[] | undefined {
  if ((label !== 'organisation' && label !== 'institution') || segs.length < 2) return undefined;
  if (segs.some((s, k) => (k > 0 && !NAME_DASHES.has(s.sep)) || s.paren || s.line !== segs[0]!.line || scorePlaceIn(state, s.text) > 0)) return undefined;
  return [{ ...segs[0]!, text: segs.map((s) => s.text).join(` ${segs[1]!.sep} `), solo: true }];
}

/** How many parts the commas of `text` (followed by a space) part it in. */
function commaParts(text: string): number {
  let n = 1;
  for (let i = text.indexOf(', '); i >= 0; i = text.indexOf(', ', i + 2)) n++;
  return n;
}

/** The dashes {@link wholeNameCell} joins a name's parts back at. */
const NAME_DASHES = new Set(['-', '–', '—']);

/** An HTML line break inside a line's Markdown. */
const BR = /<br\s*\/?>/i;

/**
 * The parts of a line between its `<br>` breaks, as plain text with the entry's date cut out; undefined when a later
 * part is a label's ("…<br/>Abschluss: Bachelor of Science": the line is read whole) or when there are no two parts.
 */
function brokenPieces(state: ParseState, line: Line, date: DateSpan | undefined): string[] | undefined {
  const pieces = line.md.split(/<br\s*\/?>/gi).map((piece) => readInline(piece).plain.trim()).filter(Boolean);
  if (pieces.length < 2 || pieces.slice(1).some((p) => readLabel(p, state))) return undefined;
  const dated = date ? line.plain.slice(date.index, date.index + date.length) : undefined;
  // (the brackets around the date go with it: "High school (2002 - 2007)")
  return dated ? pieces.map((p) => p.replace(dated, ' ').replace(/[(（[]\s*[)）\]]/gu, ' ').trim()) : pieces;
}

/** More segments than any entry head has: the rest joins the last kept one (nothing lost, and assigning stays cheap). */
const MAX_SEGMENTS = 40;

function capSegments(segs: Segment[]): Segment[] {
  if (segs.length <= MAX_SEGMENTS) return segs;
  const last = segs[MAX_SEGMENTS - 1]!;
  const rest = segs.slice(MAX_SEGMENTS - 1).map((x) => x.text).join(' ');
  return [...segs.slice(0, MAX_SEGMENTS - 1), { ...last, text: rest, solo: false }];
}
