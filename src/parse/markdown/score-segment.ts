// Scores how much a piece of text looks like a job title, an organisation, a place, a degree or a school, from the lexicons' words.
import { spellsInitials } from './spells-initials.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, type Hit, type WordClass } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import { splitAround } from './split-around.js';
import { recall } from './recall.js';
import { countWords } from './count-words.js';
import { isSpace } from './is-space.js';
import { stripAccents } from './strip-accents.js';
import { stripElision } from './strip-elision.js';
import { stripEzafe } from './strip-ezafe.js';
import { buildWordFilter } from './build-word-filter.js';
import { deferTable } from './defer-table.js';

/** `t` less its trailing full stops (as `t.replace(/[.]+$/, '')`), by scanning. */
const withoutEndDots = (t: string): string => {
  let end = t.length;
  while (end > 0 && t[end - 1] === '.') end--;
  return t.slice(0, end);
};

/** Feature scores of a text, with the words that gave them. */
export interface SegmentScore {
  title: number;
  org: number;
  place: number;
  degree: number;
  school: number;
  why: string[];
}

const NO_SPACE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

/** Words of every class in scripts written without spaces, by the code of their first UTF-16 unit, for substring checks (built for the first CV in such a script). */
const cjkWords: () => ReadonlyMap<number, ReadonlyArray<[string, Array<Hit<WordClass>>]>> = deferTable(() => {
  const m = new Map<number, Array<[string, Array<Hit<WordClass>>]>>();
  for (const [k, hits] of LEXICON_INDEX.words) {
    if (!NO_SPACE_SCRIPT.test(k)) continue;
    const first = k.charCodeAt(0);
    const list = m.get(first) ?? [];
    list.push([k, [...hits]]);
    m.set(first, list);
  }
  return m;
});

/** A place name folded for lookup: lower case, accents removed ("Zürich" → "zurich"). */
const foldPlace = (s: string): string => stripAccents(foldWord(s));

/** Places of every lexicon (folded), for telling a place from an organisation. */
const PLACES: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.places ?? []).map(foldPlace)));

/** Region words of every lexicon (folded): "County" of "County Dublin" ({@link regionPart}). */
const REGION_WORDS: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.regionWords ?? []).map(foldPlace)));

/** "County Dublin", "Orange County": a region word and one or two capitalised words. */
function regionPart(part: string): boolean {
  const words = part.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const at = REGION_WORDS.has(foldPlace(words[0]!)) ? 0 : REGION_WORDS.has(foldPlace(words[words.length - 1]!)) ? words.length - 1 : -1;
  return at >= 0 && words.every((w, k) => k === at || /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w));
}

/**
 * Places of two or three letters that have accents as written ("Úc", Australia in Vietnamese), folded but with their accents:
 * one of them matches only as written ("UC" of "UC Irvine" is no place).
 */
const SHORT_ACCENTED: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.places ?? []).filter((p) => p.length <= 4).map(foldWord)).filter((p) => stripAccents(p) !== p && stripAccents(p).length <= 3));
/** {@link SHORT_ACCENTED} without their accents, where no place is written so without accents. */
const SHORT_STRIPPED: ReadonlySet<string> = ((): ReadonlySet<string> => {
  const plain = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.places ?? []).filter((p) => p.length <= 3).map(foldWord)));
  return new Set([...SHORT_ACCENTED].map(stripAccents).filter((p) => !plain.has(p)));
})();

/** Whether a folded text may be one of PLACES (see buildWordFilter): asked before the set. */
const MAYBE_PLACE = buildWordFilter(PLACES);

/** The length of the longest place of PLACES, in UTF-16 units. */
const MAX_PLACE = [...PLACES].reduce((m, p) => Math.max(m, p.length), 0);

/**
 * How many printable ASCII characters (U+0021–U+007E) `s` has, counting no further than MAX_PLACE + 1. Each
 * stays one character through folding and taking accents off (NFKC may compose it with a mark after it,
 * lower-casing and NFD then give it back; only white space is collapsed), so a text with more than
 * MAX_PLACE of them is no place, and it need not be folded to tell.
 */
function printableAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= MAX_PLACE; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) n++;
  }
  return n;
}

/**
 * Whether `s` is a place of PLACES (folded as foldPlace folds). Taking the accents off (NFD, then
 * U+0300–U+036F dropped) leaves at least one character of every character but those marks, so a folded
 * text longer than any place by more than its marks is none, and it is not decomposed.
 */
function inPlaces(s: string): boolean {
  if (s.length > MAX_PLACE && printableAscii(s) > MAX_PLACE) return false;
  const f = foldWord(s);
  if (f.length > MAX_PLACE) {
    let marks = 0;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) marks++;
    }
    if (f.length - marks > MAX_PLACE) return false;
  }
  const key = stripAccents(f);
  return MAYBE_PLACE(key) && PLACES.has(key) && (key.length > 3 || !SHORT_STRIPPED.has(key) || SHORT_ACCENTED.has(f));
}

/** An organisation word that reads the same in any language: a legal form ("GmbH", "S.A.", "ООО", "株式会社"). */
function legalForm(w: string): boolean {
  return w.includes('.') || (w.length <= 5 && !w.includes(' ')) || NO_SPACE_SCRIPT.test(w);
}

/** The word classes found in a text: whole words and phrases of up to three words, and substrings in CJK and Thai. */
export function wordClasses(text: string, state: ParseState): Map<WordClass, string[]> {
  return recall(state, 'word-classes', text, (t) => computeClasses(t, state));
}

/** Languages that write compounds as one word ("Volksschule", "Softwareentwickler"): a word may end with a lexicon word. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'no', 'da', 'fi', 'hu', 'et']);

/** Lexicon words of the given classes (at least four letters), by the language of the hit, then by their last two letters, for compound endings (built for the first CV in a compounding language). */
const endings: () => ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<[string, Hit<WordClass>]>>> = deferTable(() => {
  const m = new Map<string, Map<string, Array<[string, Hit<WordClass>]>>>();
  for (const [k, hits] of LEXICON_INDEX.words) {
    if (k.length < 4 || k.includes(' ') || !COMPOUNDING.has(hits[0]?.lang ?? '')) continue;
    for (const h of hits) {
      if (h.value !== 'institution' && h.value !== 'jobTitle' && h.value !== 'organisation') continue;
      const byEnd = m.get(h.lang) ?? new Map<string, Array<[string, Hit<WordClass>]>>();
      m.set(h.lang, byEnd);
      const key = k.slice(-2);
      const list = byEnd.get(key) ?? [];
      list.push([k, h]);
      byEnd.set(key, list);
    }
  }
  return m;
});

/** Word classes of a compound word's ending in the CV's own (compounding) language (only that language's words are tried). */
function compoundClasses(word: string, lang: string, add: (cls: WordClass, w: string) => void): void {
  if (word.length < 7) return;
  for (const [ending, h] of endings().get(lang)?.get(word.slice(-2)) ?? []) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) add(h.value, word);
  }
}

/** What a single word is to the lexicons: its classes (undefined when it is no lexicon word) and, as bit n, whether a phrase of n words (2 or 3) starts with it. */
interface WordInfo {
  hits: ReadonlyArray<Hit<WordClass>> | undefined;
  starts: number;
}

/** Every one-word key of the word index and every first word of a phrase of two or three words: one lookup per word of a text tells all computeClasses asks of it. */
const WORD_INFO: ReadonlyMap<string, WordInfo> = (() => {
  const m = new Map<string, WordInfo>();
  for (const [k, hits] of LEXICON_INDEX.words) if (!k.includes(' ')) m.set(k, { hits, starts: 0 });
  for (let n = 2; n <= 3; n++) {
    for (const w of LEXICON_INDEX.wordStarts[n] ?? []) {
      const info = m.get(w);
      if (info) info.starts |= 1 << n;
      else m.set(w, { hits: undefined, starts: 1 << n });
    }
  }
  return m;
})();

/** Whether a folded word or phrase may be a key of the word index or of WORD_INFO (see buildWordFilter): asked before either map. */
const MAYBE_WORD = buildWordFilter(new Set([...LEXICON_INDEX.words.keys(), ...WORD_INFO.keys()]));

/** The word index's hits for a folded word or phrase, the map asked only when MAYBE_WORD lets it. */
const indexHits = (w: string): ReadonlyArray<Hit<WordClass>> | undefined => (MAYBE_WORD(w) ? LEXICON_INDEX.words.get(w) : undefined);

/** What the words of a text are split at (1): white space (as `\\s`) and , ; : ( ) [ ] / | " “ ” « », by code. */
const WORD_BREAKS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of ',;:()[]/|"“”«»') table[c.charCodeAt(0)] = 1;
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) table[c] = 1;
  return table;
})();

/** The words of a folded text (as `folded.split(/[\s,;:()[\]/|"“”«»]+/).filter(Boolean)`, each less an elision and a Persian ezafe), in one scan. */
function wordsOf(folded: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && WORD_BREAKS[folded.charCodeAt(i)] === 0) continue;
    if (i > from) out.push(stripEzafe(stripElision(folded.slice(from, i))));
    from = i + 1;
  }
  return out;
}

/** Classes a hyphenated word's last part can lend the whole word. */
const HYPHEN_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>(['jobTitle', 'institution', 'organisation']);

/** The job-title, school or organisation classes of a hyphenated word's last part (four letters or more) in the CV's first two languages. */
function hyphenClasses(word: string, first: string | undefined, second: string | undefined): WordClass[] {
  const dash = word.lastIndexOf('-');
  if (dash <= 0 || word.length - dash - 1 < 4) return [];
  const hits = WORD_INFO.get(word.slice(dash + 1))?.hits ?? [];
  return hits.filter((h) => HYPHEN_CLASSES.has(h.value) && (h.lang === first || h.lang === second)).map((h) => h.value);
}

function computeClasses(text: string, state: ParseState): Map<WordClass, string[]> {
  const found = new Map<WordClass, string[]>();
  const add = (cls: WordClass, w: string): void => {
    const l = found.get(cls);
    if (!l) found.set(cls, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  const folded = foldWord(text);
  const words = wordsOf(folded);
  // each word looked up once
  const infos: Array<WordInfo | undefined> = [];
  for (const w of words) infos.push(MAYBE_WORD(w) ? WORD_INFO.get(w) : undefined);
  const [first, second] = state.langs;
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      // no lexicon phrase of n words starts with this word (a full stop cut off the end leaves the first word)
      if (n > 1 && ((infos[i]?.starts ?? 0) & (1 << n)) === 0) continue;
      const phrase = n === 1 ? words[i]! : n === 2 ? `${words[i]!} ${words[i + 1]!}` : `${words[i]!} ${words[i + 1]!} ${words[i + 2]!}`;
      // a phrase without a full stop at its end is looked up once; one with a full stop again without it, unless
      // it is a word of the CV's languages as written ("PhD." is a word of another lexicon, "phd" of English)
      let hits = n === 1 ? infos[i]?.hits : indexHits(phrase);
      if (phrase.endsWith('.') && !hits?.some((h) => h.lang === first || h.lang === second)) hits = indexHits(withoutEndDots(phrase)) ?? hits;
      if (hits) for (const h of hits) if (h.lang === first || h.lang === second || (h.value === 'organisation' && legalForm(phrase))) add(h.value, phrase);
    }
  }
  // (a word of another language only, "it-consultant" a Dutch word in a German CV, is read by its parts too)
  const unknown = (i: number): boolean => !infos[i]?.hits?.some((h) => h.lang === first || h.lang === second);
  if (COMPOUNDING.has(state.lang)) for (let i = 0; i < words.length; i++) if (unknown(i)) compoundClasses(words[i]!, state.lang, add);
  // "Backend-разработчик", "Java-Entwickler", "Bodelschwingh-Gymnasium": a hyphenated word ending with a job-title, school or organisation word
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (unknown(i) && w.includes('-')) for (const c of hyphenClasses(w, first, second)) add(c, w);
  }
  if (NO_SPACE_SCRIPT.test(folded)) {
    const byFirst = cjkWords();
    for (let i = 0; i < folded.length; i++) {
      const bucket = byFirst.get(folded.charCodeAt(i));
      if (!bucket) continue;
      for (const [w, hits] of bucket) {
        if (!folded.startsWith(w, i)) continue;
        for (const h of hits) if (h.lang === first || h.lang === second || (h.value === 'organisation' && legalForm(w))) add(h.value, w);
      }
    }
  }
  return found;
}

/** A known place (`known`: the part is one of PLACES), or an upper-case code of two or three letters as written ("WA", "SG", "USA"). */
function knownPlace(part: string, known: boolean): boolean {
  return known || /^\p{Lu}{2,3}$/u.test(part);
}

/** `t` trimmed, less one opening bracket at its start and one closing bracket at its end (as `t.trim().replace(/^[(（]|[)）]$/g, '')`). */
function unbracketed(text: string): string {
  const t = text.trim();
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  const a = first === 0x28 || first === 0xff08 ? 1 : 0;
  const b = last === 0x29 || last === 0xff09 ? t.length - 1 : t.length;
  return a === 0 && b === t.length ? t : t.slice(a, Math.max(a, b));
}

/** No word of the text is an organisation, school, job-title, degree or employment word of any lexicon. */
export function isTown(text: string): boolean {
  const folded = foldWord(text);
  // (the whole text too: "Tenure Track" is a job's phrase)
  for (const w of [folded.trim(), ...folded.split(/[\s,()]+/)]) {
    const hits = indexHits(w);
    if (hits?.some((h) => h.value === 'organisation' || h.value === 'institution' || h.value === 'jobTitle' || h.value === 'degree' || h.value === 'employment')) return false;
  }
  return true;
}

/** A short capitalised part that may name a town ("Wil", "Kirchberg SG", "New York"). */
function townLike(part: string): boolean {
  const words = part.split(' ');
  if (words.length > 3 || /[\d@/:]/.test(part) || /\.[a-z]{2,}$/i.test(part) || /^\p{Lu}{3,}$/u.test(part)) return false;
  // ("NHS England", "BBC Scotland": an acronym before a place's name names an organisation; not "Washington DC", "New York USA")
  if (words.length >= 2 && /^\p{Lu}{3,}$/u.test(words[0]!) && !/^(?:USA|UAE)$/.test(words[0]!)) return false;
  // ("Fraunhofer IPT", "Siemens PLM": an acronym after a name that no list knows as a place names an institute or a unit; not "Sydney NSW", "Troy NY USA")
  if (words.slice(1).some((w) => /^\p{Lu}{3,}$/u.test(w) && !inPlaces(w))) return false;
  return words.every((w) => /^[\p{Lu}(][\p{L}.'’()\-]*$/u.test(w) || /^(?:de|del|la|le|am|an|im|on|upon|sur|sous|di|da)$/.test(w)) && isTown(part);
}

/** A part of one to three words in a script without capitals (Arabic, Hebrew, Han…), with no digit. */
function caselessShort(part: string): boolean {
  return !/[\p{Lu}\p{Ll}\d]/u.test(part) && /\p{L}/u.test(part) && part.split(' ').length <= 3;
}

/** A postal code, then a town ("10000 Zagreb", "75008 Paris", "8004 Zürich"). */
function postalTown(part: string): boolean {
  const m = /^\d{4,5} (\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)?)$/u.exec(part);
  return m !== null && isTown(m[1]!);
}

/** A part less the ZIP code that ends it ("Colorado 80122" → "Colorado"); a part that is only a code stays as it is. */
function withoutZip(part: string): string {
  const m = /^(\p{L}[\p{L} .'’-]*?) \d{5}(?:-\d{4})?$/u.exec(part);
  return m ? m[1]! : part;
}

/** Two capitals after a name that are no region's code: companies' legal forms ("Siemens AG"), departments' initials ("Skanska IT"), a country's branch ("Agrivine UK"), technologies ("Arcadia VR"). */
const NO_REGION_CODES: ReadonlySet<string> = new Set(['UK', 'AG', 'SE', 'AB', 'AS', 'BV', 'NV', 'OY', 'KG', 'UG', 'IT', 'HR', 'QA', 'UX', 'UI', 'AI', 'ML', 'BI', 'VR', 'XR', 'IO']);

/** Whether `t` has a mark placeScore parts a text at: a comma (also Arabic), a semicolon, a slash, a hyphen or an en dash. */
function hasPartMark(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2c || c === 0x60c || c === 0x3b || c === 0x2f || c === 0x2d || c === 0x2013) return true;
  }
  return false;
}

/** Whether `t` (a few characters of Chinese, Japanese or Korean, no space) is two known places written together. */
function joinedPlaces(t: string): boolean {
  if (t.length < 4 || t.length > 12 || t.includes(' ') || !NO_SPACE_SCRIPT.test(t)) return false;
  for (let i = 2; i <= t.length - 2; i++) if (inPlaces(t.slice(0, i)) && inPlaces(t.slice(i))) return true;
  return false;
}

/** Whether a text is a place: a known place, "City, ST", "Town, Country", or a remote-work word. */
export function placeScore(text: string): number {
  const raw = unbracketed(text);
  if (!raw) return 0;
  if (inPlaces(raw)) return 3;
  // "Roma, Italia (Full Remote Europa)": a bracket of place or remote words after a place is part of it
  const t = text.trim();
  const open = t.endsWith(')') ? t.lastIndexOf(' (') : -1;
  if (open > 0 && t.indexOf('(') === open + 1 && t.slice(open + 2, -1).split(' ').some((w) => inPlaces(w))) return placeScore(t.slice(0, open));
  // ("Asuncion-Paraguay", "Zúrich-Suiza": a town and its country joined by a hyphen, with no space; not an acronym and its
  // town, which name an organisation's branch: "МУ-Пловдив")
  // (a text with no comma, semicolon, slash or hyphen is one part: it is not split)
  // ("Faculdades Metropolitanas Unidas - FMU", "APC - Antonio Peña Celi": a name and its acronym on either side of a dash are no town and its region)
  if (acronymBesideName(raw)) return 0;
  const parts = !hasPartMark(raw) ? [raw] : (/^\p{Lu}\p{Ll}[\p{L}.']*-\p{Lu}[\p{L}.']+$/u.test(raw) ? raw.split('-') : splitAround(raw, /(?:[,،;/]|\s[-–]\s)\s*/)).filter(Boolean);
  if (parts.length === 1) {
    if (/^(?:м|г|m)\.\s*\p{Lu}/u.test(raw)) return 3;
    // "서울 마포구", "경기 의왕": two or three known places, a region then a town or district, with spaces only
    const words = raw.split(' ');
    if (words.length >= 2 && words.length <= 3 && words.every(inPlaces)) return 3;
    // "Remoto desde Bilbao", "Remote from Berlin", "Hybrid in New York": a remote word, one short word in lower case, a known place
    if (words.length >= 3 && /^\p{Ll}{1,6}$/u.test(words[1]!) && inPlaces(words[0]!) && inPlaces(words.slice(2).join(' '))) return 3;
    // "澳大利亚墨尔本", "中国北京": a country then a town, written together in a script without spaces
    if (joinedPlaces(raw)) return 3;
    // "Boston MA", not "Senior SE": the words before the code name no job, school or organisation,
    // and the code is no company's legal form ("Siemens AG", "Allianz SE")
    // (a country's code may follow: "Troy NY USA")
    const bare = /\s(?:USA|US|UK)$/.test(raw) && /\s\p{Lu}{2}\s/u.test(raw) ? raw.slice(0, raw.lastIndexOf(' ')) : raw;
    return /^\p{Lu}\p{Ll}[\p{L}.'’\-]*(?:\s\p{Lu}\p{Ll}[\p{L}.'’\-]*)?\s+\p{Lu}{2}$/u.test(bare) && !NO_REGION_CODES.has(bare.slice(-2)) && isTown(bare.slice(0, -2)) ? 2 : 0;
  }
  // each part looked up once (it is asked about up to four times)
  // ("Centennial, Colorado 80122", "Redmond, WA 98052": a ZIP code after the state is part of the place)
  if (parts.length > 1) parts[parts.length - 1] = withoutZip(parts[parts.length - 1]!);
  const known = parts.map((p) => inPlaces(p) || regionPart(p));
  const last = parts.length - 1;
  // ("تهران، استان تهران، ایران": in a script without capitals a short part between known places may be a town or a province)
  const shaped = parts.every((p, k) => knownPlace(p, known[k]!) || townLike(p) || postalTown(p) || caselessShort(p));
  // ("Druckcenter Hamburg, Hamburg": an unknown name that ends with the town after it names a branch, not a town)
  const branch = parts.length === 2 && !known[0] && parts[0]!.endsWith(` ${parts[1]}`);
  // ("Sandyford, County Dublin, Ireland": a town, its region and its country)
  const regional = known[last]! && parts.slice(1, last).some(regionPart);
  if (shaped && !branch && (knownPlace(parts[0]!, known[0]!) || (parts.length === 2 && knownPlace(parts[last]!, known[last]!)) || regional)) return 3;
  if (known.includes(true)) return 1.5;
  return 0;
}

/** A name and the acronym of its initials either side of a spaced dash ("Faculdades Metropolitanas Unidas - FMU", "APC - Antonio Peña Celi"). */
function acronymBesideName(text: string): boolean {
  const after = /^(.+) [-–—] (\p{Lu}{3,8})$/u.exec(text);
  if (after && spellsInitials(after[2]!, after[1]!)) return true;
  const before = /^(\p{Lu}{3,8}) [-–—] (.+)$/u.exec(text);
  return before !== null && spellsInitials(before[1]!, before[2]!);
}

/** Scores a piece of an entry head as each kind of field. */
export function scoreSegment(text: string, state: ParseState): SegmentScore {
  return recall(state, 'segment-score', text, (t) => computeScore(t, state));
}

/** Letters all capitals, at least three of them, in at most four words ("CROWDSTRIKE", "NARA LOGICS"). */
function isCapitalised(text: string): boolean {
  return text.split(' ').length <= 4 && /^[\p{Lu}\d&.,'’\- ]+$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

/** The text is a town's name (one to three capitalised words), ", " and two capitals that are the word `hit` (a region's code where the lexicons know a legal form). */
function stateCodeTail(text: string, hit: string): boolean {
  const m = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s*(\p{Lu}{2})$/u.exec(text);
  return m !== null && foldWord(m[2]!) === hit;
}

function computeScore(text: string, state: ParseState): SegmentScore {
  const cls = wordClasses(text, state);
  // (how many words of each class, each looked up once)
  const job = cls.get('jobTitle')?.length ?? 0;
  const named = cls.get('organisation')?.length ?? 0;
  const inst = cls.get('institution')?.length ?? 0;
  const deg = cls.get('degree')?.length ?? 0;
  const why: string[] = [];
  for (const [c, ws] of cls) why.push(`${c} word${ws.length > 1 ? 's' : ''} "${ws.join('", "')}"`);
  const place = recall(state, 'place', text, placeScore);
  if (place) why.push(`place (${place})`);
  // ("Palhoça, SC", "Seon, AG": a region's code after a town's name is no legal form, whatever a lexicon lists it as)
  const org = named === 1 && place >= 3 && job + inst === 0 && stateCodeTail(text, cls.get('organisation')![0]!) ? 0 : named;
  const words = countWords(text);
  const long = words > 10 ? -1 : 0;
  // "CINCH FINANCIAL, Principal SE": a name set in capitals that names no job is an organisation's
  const caps = job === 0 && deg === 0 && place < 2 && isCapitalised(text) ? 1 : 0;
  if (caps) why.push('set in capitals');
  // "Diploma di perfezionamento … per la Scuola", "Università di Torino, Laurea …": the kind the text opens with leads
  // (the text is folded only when it has a degree or school word to open with)
  let folded: string | undefined;
  const opens = (c: WordClass): number => {
    const ws = cls.get(c);
    if (!ws) return 0;
    folded ??= foldWord(text);
    const f = folded;
    return ws.some((w) => f.startsWith(w)) ? 0.75 : 0;
  };
  // "Полная занятость", "Freelance", "Full-time": a text that is only a kind of employment is no employer (it may stand for the role: "Self-employed at WitchSoft")
  const kind = job + org + inst === 0 && cls.get('employment')?.some((w) => w === (folded ??= foldWord(text))) ? 3 : 0;
  if (kind) why.push('a kind of employment');
  return {
    title: 2 * Math.min(job, 2) - 1.5 * org - (place >= 3 ? 2 : 0) + long,
    org: caps + 2 * Math.min(org, 2) + 1.2 * Math.min(inst, 1) - 1.5 * Math.min(job, 2) - (place >= 3 ? 1.5 : 0) - kind,
    place: place - (job + org + inst > 0 ? 2 : 0) - (words > 6 ? 2 : 0),
    degree: 2.5 * Math.min(deg, 2) - 1 * inst + opens('degree'),
    school: 2.5 * Math.min(inst, 1) + 0.5 * org - 1 * deg + opens('institution'),
    why,
  };
}
