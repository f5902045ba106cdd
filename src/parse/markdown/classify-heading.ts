// Says which section kind a heading names, in any language the lexicons know, and how sure that is.
import type { SectionKind } from '../../model/lexicon/lexicon-types.js';
import { deferTable } from './defer-table.js';
import { foldWord } from './fold-word.js';
import { isSpace } from './is-space.js';
import { LEXICON_INDEX, preferHit } from './lexicon-index.js';
import { SECTION_EMOJI } from '../../model/lexicon/section-emoji.js';
import { LEXICONS } from '../../model/lexicon/lexicons.js';

/** A heading's section kind, its language and how it was matched. */
export interface HeadingClass {
  kind: SectionKind;
  lang: string;
  /** `exact`: the whole heading; `part`: one half of a bilingual or joined heading; `contains`: a known phrase inside a short heading, or one a typo away. */
  how: 'exact' | 'part' | 'contains';
  /** The lexicon phrase that matched. */
  phrase: string;
  /** A joined heading's other half names another kind ("Berufserfahrung & Bildung": work, also education). */
  also?: SectionKind;
}

const SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Cf}\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]/gu;
const NUMBERING = /^(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)]\s+/;
/** Heading separators (with the white space after; the parts are trimmed, so the white space before needs no pattern). */
const SEPARATORS = /(?:\s[/|·•–—-]\s|[/|·•・／｜]|\s&\s|\(|\)|（|）|,\s|、)\s*/u;
/** Trailing marks a heading key drops. */
const TRAILING_MARK = /[\s:：.;,!。\-–—*]/u;
/** Words joining two section names in a heading, of every lexicon ("and", "und", "та"). */
const JOINERS = LEXICON_INDEX.joiners;

/** Whether SYMBOLS may match in `t`: only a character outside ASCII, `^` or a backtick can. */
function maySymbol(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80 || c === 0x5e || c === 0x60) return true;
  }
  return false;
}

/** The heading's text as lexicon phrases are written: no emoji, numbering, brackets or trailing colon. */
export function headingKey(plain: string): string {
  let t = plain.includes('\\') ? plain.replace(/\\/g, '') : plain;
  if (maySymbol(t)) t = t.replace(SYMBOLS, ' ');
  // (each pattern only where it can match: a leading mark, a numbering's "." or ")" within its first five characters)
  if (t.length > 0 && (LEADING_MARKS.includes(t[0]!) || /\s/.test(t[0]!))) t = t.replace(/^[\s*#>•·▪●◦‣\-–—]+/u, '');
  let end = t.length;
  while (end > 0 && TRAILING_MARK.test(t[end - 1]!)) end--;
  t = t.slice(0, end);
  if (numberingMark(t)) t = t.replace(NUMBERING, '');
  return foldWord(t);
}

/** The marks a heading's leading run may hold besides white space. */
const LEADING_MARKS = '*#>•·▪●◦‣-–—';

/** Whether a "." or ")" is among the second to fifth characters (where a NUMBERING match has its mark). */
function numberingMark(t: string): boolean {
  for (let i = 1; i <= 4 && i < t.length; i++) if (t[i] === '.' || t[i] === ')') return true;
  return false;
}

/** Whether a key has a character that every SEPARATORS match holds (no such character: one part). */
const MAY_SEPARATE = /[/|·•・／｜&()（）,、\-–—]/u;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

/** Known phrases written in scripts without spaces between words, for containment checks. */
const CJK_PHRASES: ReadonlyArray<string> = [...LEXICON_INDEX.sections.keys()].filter((k) => CJK.test(k) && k.length >= 2).sort((a, b) => b.length - a.length);

/** {@link CJK_PHRASES} by their first character, each with its place in that list (longest first). */
const CJK_BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly [phrase: string, rank: number]>> = (() => {
  const m = new Map<string, Array<readonly [string, number]>>();
  CJK_PHRASES.forEach((p, rank) => {
    const list = m.get(p[0]!);
    if (list) list.push([p, rank]);
    else m.set(p[0]!, [[p, rank]]);
  });
  return m;
})();

/** The first phrase of {@link CJK_PHRASES} (the longest) found in `key`, looked up only where its first character is. */
function firstCjkPhrase(key: string): string | undefined {
  let best: string | undefined;
  let bestRank = Infinity;
  for (let i = 0; i < key.length; i++) {
    const list = CJK_BY_FIRST.get(key[i]!);
    if (!list) continue;
    for (const [p, rank] of list) if (rank < bestRank && key.startsWith(p, i)) [best, bestRank] = [p, rank];
  }
  return best;
}

/** The length of the longest known phrase: a longer key is looked up in no table (nor hashed). */
const MAX_PHRASE = [...LEXICON_INDEX.sections.keys()].reduce((m, k) => Math.max(m, k.length), 0);

function lookup(key: string, langs: readonly string[], how: HeadingClass['how']): HeadingClass | undefined {
  const hits = key.length > MAX_PHRASE ? undefined : LEXICON_INDEX.sections.get(key);
  // a phrase found inside a heading counts only in the CV's own language or English
  if (!hits) return undefined;
  const [first, second] = langs;
  const hit = preferHit(how === 'contains' ? hits.filter((h) => h.lang === first || h.lang === second) : hits, langs);
  return hit ? { kind: hit.value, lang: hit.lang, how, phrase: key } : undefined;
}

/** Tries each half of a heading joined by a separator or a joining word ("Experiencia / Experience", "Skills & Tools"). */
function byParts(key: string, langs: readonly string[]): HeadingClass | undefined {
  if (!MAY_SEPARATE.test(key)) return byJoiner(key, langs);
  const parts = key.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return byJoiner(key, langs);
  let found: HeadingClass | undefined;
  // (a heading with a number in it, "Formateur - Mulhouse (Depuis 2019, poste actuel)", "Consultant (Emploi, 4 mois)",
  // is an entry's: only its first part may name a section, the rest are its notes)
  // (so is one whose bracket follows two words or more: "Data Engineer (Stage)" is a job held as an internship)
  const open = key.search(/[(（]/u);
  const noted = open > 0 && key.slice(0, open).trim().includes(' ');
  const named = /\d/.test(key) ? parts.slice(0, 1) : noted ? key.slice(0, open).split(SEPARATORS).map((p) => p.trim()).filter(Boolean) : parts;
  for (const p of named) {
    const c = lookup(p, langs, 'part');
    if (!c) continue;
    if (!found) found = c;
    else if (c.kind !== found.kind) return { ...found, also: c.kind };
  }
  return found;
}

/** "Experiencia y formación", "Work and Education": two known section names joined by one joining word (or a short heading whose last one is known). */
function byJoiner(key: string, langs: readonly string[]): HeadingClass | undefined {
  // (three to eight words: two to seven spaces, counted before the key is split)
  const n = spaces(key);
  if (n === 0) return byCjkJoiner(key, langs);
  if (n < 2 || n > 7) return undefined;
  const words = key.split(' ');
  if (words.length < 3 || words.length > 8) return undefined;
  const at = words.findIndex((w, k) => k > 0 && k < words.length - 1 && JOINERS.has(w));
  if (at < 0 || words.slice(at + 1).some((w) => JOINERS.has(w) && w !== 'of')) return undefined;
  // ("Relevant Work and Academic History": a first part of two words that is no known name, whose second word is one,
  // names the section by that word)
  const a = lookup(words.slice(0, at).join(' '), langs, 'part') ?? (at === 2 ? lookup(words[1]!, langs, 'part') : undefined);
  // ("Tietotekniikkaprojekteja ja -töitä": a part after the joining word that opens with a hyphen shares the first
  // part's stem, and its own word names the section)
  const second = words.slice(at + 1).join(' ').replace(/^-(?=\p{L})/u, '');
  // ("Teaching and Mentoring Experience": a second part that holds a known name as half its words, "experience", names it too)
  const b = lookup(second, langs, 'part') ?? (a ? undefined : byContainment(second, langs));
  // ("Академический R&D и Курсы", "Academic R&D and Courses": a known section name after the joining word, in a short
  // heading, names the section; not one before it: "Research and Development Engineer" is a job)
  if (!a) return b && words.length <= 5 && b.kind !== 'doctitle' ? b : undefined;
  if (!b) return undefined;
  return a.kind === b.kind ? a : { ...a, also: b.kind };
}

/** "工作和项目经历", "学习与工作经历": two known section names of a heading without spaces joined by a joining character (the first of either kind). */
function byCjkJoiner(key: string, langs: readonly string[]): HeadingClass | undefined {
  if (key.length > 16 || !CJK.test(key)) return undefined;
  for (const j of LEXICON_INDEX.hanJoiners) {
    const at = key.indexOf(j);
    if (at <= 0 || at >= key.length - 1) continue;
    const a = lookup(key.slice(0, at), langs, 'part');
    const b = a && lookup(key.slice(at + 1), langs, 'part');
    if (a && b) return a.kind === b.kind ? a : { ...a, also: b.kind };
  }
  return undefined;
}

/** The parts of `key` between runs of white space and slashes (as `key.split(/[\s/]+/)`: empty at a run that starts or ends it), by scanning. */
function wordsOf(key: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < key.length; ) {
    const c = key.charCodeAt(i);
    if (c !== 0x2f && !isSpace(c)) {
      i++;
      continue;
    }
    out.push(key.slice(from, i));
    while (i < key.length && (key.charCodeAt(i) === 0x2f || isSpace(key.charCodeAt(i)))) i++;
    from = i;
  }
  out.push(key.slice(from));
  return out;
}

/** The letters of `key` (no digits, marks, emoji or spaces), counted by scanning. */
function countLetters(key: string): number {
  let n = 0;
  for (const ch of key) if (LETTER.test(ch)) n++;
  return n;
}

const LETTER = /\p{L}/u;

/** Whether a word of a heading is a job word of some lexicon ("engineer", "entwickler"). */
const namesJob = (word: string): boolean => LEXICON_INDEX.words.get(word)?.some((h) => h.value === 'jobTitle') ?? false;

/** Finds the longest known phrase inside a short heading (at most six words, or a short CJK heading). */
function byContainment(key: string, langs: readonly string[]): HeadingClass | undefined {
  if (CJK.test(key) && key.length <= 24) {
    const phrase = firstCjkPhrase(key);
    // ("脆弱性管理ツールの運用保守": a word that is a small part of a longer heading names a project, not a section)
    const c = phrase === undefined ? undefined : lookup(phrase, langs, 'contains');
    if (c && (c.kind === 'doctitle' || phrase!.length * 3 >= countLetters(key))) return c;
  }
  const words = wordsOf(key).filter((w) => !JOINERS.has(w));
  if (words.length === 0 || words.length > 6) return undefined;
  // the phrase must be at least half of the heading's words ("Professional Experience", not "Software Engineer, Scholarly Software")
  for (let n = Math.min(words.length, LEXICON_INDEX.maxWords); n >= Math.max(1, Math.ceil(words.length / 2)); n--) {
    const starts = LEXICON_INDEX.sectionStarts[n];
    for (let i = 0; i + n <= words.length; i++) {
      // no known phrase of n words starts with this word
      if (!starts?.has(words[i]!)) continue;
      const c = lookup(words.slice(i, i + n).join(' '), langs, 'contains');
      // ("Software Engineer": a heading whose last word, past the phrase, names a job is a role, not nl "software")
      if (c && !(c.kind !== 'work' && i + n < words.length && namesJob(words[words.length - 1]!))) return c;
    }
  }
  return undefined;
}

/** A phrase a typo is looked for in, its kind, and its place in the language's list (the first match in that order wins). */
type TypoPhrase = readonly [phrase: string, kind: SectionKind, rank: number];

/** Section phrases of one language by their first code unit, then by their length, each with its kind and rank (see TYPO_PHRASES). */
type TypoTable = ReadonlyMap<number, ReadonlyArray<ReadonlyArray<TypoPhrase> | undefined>>;

/** The section phrases of eight characters or more of `lang` in a spaced script (see TYPO_PHRASES), ranked in the index's order. */
function buildTypoTable(lang: string): TypoTable {
  const byStart = new Map<number, Array<TypoPhrase[] | undefined>>();
  let rank = 0;
  for (const [k, hits] of LEXICON_INDEX.sections) {
    if (k.length < 8 || CJK.test(k)) continue;
    for (const h of hits) {
      if (h.lang !== lang) continue;
      let byLength = byStart.get(k.charCodeAt(0));
      if (!byLength) byStart.set(k.charCodeAt(0), (byLength = []));
      while (byLength.length <= k.length) byLength.push(undefined);
      (byLength[k.length] ??= []).push([k, h.value, rank++]);
    }
  }
  return byStart;
}

/**
 * Section phrases of eight characters or more in a spaced script, by language, then by their first code unit, then
 * by their length (a typo is looked for only in phrases that start as the key does and are at most one longer or shorter).
 * Each language's table is built the first time a heading of a CV in that language is looked up by typo.
 */
const TYPO_PHRASES: ReadonlyMap<string, () => TypoTable> = new Map([...LEXICON_INDEX.byTag.keys()].map((lang) => [lang, deferTable(() => buildTypoTable(lang))]));

/** Whether `a` becomes `b` by one edit: a letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (sameRest(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameRest(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? sameRest(a, i + 1, b, i) : sameRest(a, i, b, i + 1);
}

/** Whether `a` from `ai` on is `b` from `bi` on (as `a.slice(ai) === b.slice(bi)`, without the copies). */
function sameRest(a: string, ai: number, b: string, bi: number): boolean {
  const from = Math.min(ai, a.length);
  const other = Math.min(bi, b.length);
  if (a.length - from !== b.length - other) return false;
  for (let k = 0; from + k < a.length; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(other + k)) return false;
  return true;
}

/** "Audbildung", "Experência Profissional": a heading of one to three words that is one typo away from a phrase of the CV's own two languages. */
function byTypo(key: string, langs: readonly string[]): HeadingClass | undefined {
  if (key.length < 8 || key.length > 40 || CJK.test(key) || spaces(key) > 2) return undefined;
  for (const lang of langs.slice(0, 2)) {
    const byLength = TYPO_PHRASES.get(lang)?.().get(key.charCodeAt(0));
    if (!byLength) continue;
    // the first phrase in the language's order that is one edit away: the first of each length, then the lowest rank
    let best: TypoPhrase | undefined;
    for (let n = key.length - 1; n <= key.length + 1; n++) {
      const list = byLength[n];
      if (!list) continue;
      for (const p of list) {
        if (best && p[2] > best[2]) break;
        if (oneEditApart(key, p[0])) {
          best = p;
          break;
        }
      }
    }
    if (best) return { kind: best[1], lang, how: 'contains', phrase: best[0] };
  }
  return undefined;
}

/** How many spaces (U+0020) `t` has. */
function spaces(t: string): number {
  let n = 0;
  for (let at = t.indexOf(' '); at >= 0; at = t.indexOf(' ', at + 1)) n++;
  return n;
}

/**
 * Classifies a heading's plain text as a section kind: the whole heading, then its halves, then a
 * known phrase inside it, then a phrase one typo away, then a phrase but for plural endings. `langs` orders the languages whose reading wins when two disagree.
 */
export function classifyHeading(plain: string, langs: readonly string[]): HeadingClass | undefined {
  if (plain.length > 120) return undefined;
  const key = headingKey(plain);
  if (!key) return byEmoji(plain, langs);
  return lookup(key, langs, 'exact') ?? byPossessive(key, langs) ?? byParts(key, langs) ?? byContainment(key, langs) ?? byCapacity(key, langs) ?? byTypo(key, langs) ?? byNumber(key, langs);
}

/** Every lexicon's words that introduce a role (`roleAfter`: "as", "как", "als", "en tant que"), folded, longest first. */
const CAPACITIES: readonly string[] = [...new Set(Object.values(LEXICONS).flatMap((l) => (l.roleAfter ?? []).map(foldWord)))].sort((a, b) => b.length - a.length);

/** "Опыт как системного администратора", "Experience as a teacher": a section phrase, then a word that introduces a role and what the person was. */
function byCapacity(key: string, langs: readonly string[]): HeadingClass | undefined {
  for (const cap of CAPACITIES) {
    const at = key.indexOf(` ${cap} `);
    if (at <= 0) continue;
    const c = lookup(key.slice(0, at), langs, 'exact');
    if (c) return { ...c, how: 'part' };
  }
  return undefined;
}

/** Every lexicon's possessive words ("my", "mein", "saya", "của tôi"), folded. */
const POSSESSIVES: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((l) => (l.possessives ?? []).map(foldWord)));

/** The first words and the last words of {@link POSSESSIVES}: a heading that opens with none and ends with none has no possessive. */
const POSSESSIVE_FIRST: ReadonlySet<string> = new Set([...POSSESSIVES].map((p) => p.split(' ')[0]!));
const POSSESSIVE_LAST: ReadonlySet<string> = new Set([...POSSESSIVES].map((p) => p.split(' ').pop()!));

/** "My Experience", "Pengalaman Saya", "Il mio percorso": a heading that names a section but for a possessive word before or after it. */
function byPossessive(key: string, langs: readonly string[]): HeadingClass | undefined {
  const space = key.indexOf(' ');
  if (space < 0 || (!POSSESSIVE_FIRST.has(key.slice(0, space)) && !POSSESSIVE_LAST.has(key.slice(key.lastIndexOf(' ') + 1)))) return undefined;
  const words = key.split(' ');
  if (words.length < 2 || words.length > 6) return undefined;
  for (const n of [1, 2]) {
    if (words.length <= n) break;
    const rest = POSSESSIVES.has(words.slice(0, n).join(' ')) ? words.slice(n) : POSSESSIVES.has(words.slice(-n).join(' ')) ? words.slice(0, -n) : undefined;
    if (!rest) continue;
    const core = rest.join(' ');
    return lookup(core, langs, 'exact') ?? byNumber(core, langs);
  }
  return undefined;
}

/** "# 💼", "## 🎓": a heading that is one emoji naming a section ({@link SECTION_EMOJI}), read in the CV's first language. */
function byEmoji(plain: string, langs: readonly string[]): HeadingClass | undefined {
  const emoji = plain.replace(/[\s\ufe0f\u{1F3FB}-\u{1F3FF}*_#:]/gu, '');
  const kind = emoji.length <= 8 ? SECTION_EMOJI[emoji] : undefined;
  return kind ? { kind, lang: langs[0] ?? 'en', how: 'exact', phrase: emoji } : undefined;
}

/** A word less one plural "s" (five letters or more: "trabajos" → "trabajo", "experiences" → "experience"). */
function singular(word: string): string {
  return word.length >= 5 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Whether a word of `key` (between spaces) may lose a plural "s" ({@link singular}): five characters or more, ending in "s" but not "ss". */
function mayBePlural(key: string): boolean {
  for (let end = key.indexOf(' '), start = 0; start <= key.length; start = end + 1, end = key.indexOf(' ', start)) {
    const stop = end < 0 ? key.length : end;
    if (stop - start >= 5 && key.charCodeAt(stop - 1) === 0x73 && key.charCodeAt(stop - 2) !== 0x73) return true;
    if (end < 0) break;
  }
  return false;
}

/** A phrase of two words or more with each word {@link singular}, or undefined when no word changes. */
function singularPhrase(key: string): string | undefined {
  if (!key.includes(' ') || !mayBePlural(key) || CJK.test(key)) return undefined;
  const words = key.split(' ');
  const out = words.map(singular);
  return out.some((w, i) => w !== words[i]) ? out.join(' ') : undefined;
}

/** Section phrases of two words or more by their {@link singularPhrase} (phrases with no plural word under themselves), first language's first (built at the first heading looked up by number). */
const singularPhrases: () => ReadonlyMap<string, string> = deferTable(() => {
  const m = new Map<string, string>();
  for (const k of LEXICON_INDEX.sections.keys()) {
    if (!k.includes(' ') || CJK.test(k)) continue;
    const s = singularPhrase(k) ?? k;
    if (!m.has(s)) m.set(s, k);
  }
  return m;
});

/** "Experiencias de Trabajos": a heading of two words or more that names a known phrase but for plural endings. */
function byNumber(key: string, langs: readonly string[]): HeadingClass | undefined {
  const s = key.length > MAX_PHRASE + 8 ? undefined : singularPhrase(key) ?? (key.includes(' ') ? key : undefined);
  const phrase = s === undefined ? undefined : singularPhrases().get(s);
  return phrase === undefined || phrase === key ? undefined : lookup(phrase, langs, 'contains');
}
