// Cuts a head part after its school's name: after the first school word in text without spaces ("安徽农业大学环境工程专业"), after a closing school word in Turkish, Hungarian, Finnish ("Boğaziçi Üniversitesi Bilgisayar Mühendisliği").
import { LEXICON_INDEX } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { trimChars } from './trim-chars.js';
import { foldWord } from './fold-word.js';
import { scorePlaceIn } from './score-place-in.js';
import { wordClasses } from './score-segment.js';

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const isCjk = (c: string | undefined): boolean => c !== undefined && CJK_CHAR.test(c);
const isHangulCode = (c: number): boolean => c >= 0xac00 && c <= 0xd7af;

/** A lexicon's school words of two characters or more all in Han, kana or Hangul, in its order. */
const cjkSchools = (l: Lexicon): string[] => l.institutions.filter((w) => w.length >= 2 && [...w].every(isCjk));

/** {@link cjkSchools} of every lexicon of the index, by tag (built at load: the lists are long and few of their words qualify). */
const CJK_SCHOOLS: ReadonlyMap<string, readonly string[]> = new Map([...LEXICON_INDEX.byTag].map(([tag, l]) => [tag, cjkSchools(l)]));

/** School words of the CV's languages written without spaces ("大学", "學院"), longest first, for {@link cutAfterSchool}. */
function schoolSuffixes(state: ParseState): string[] {
  let list = state.memo.get('school-suffixes') as string[] | undefined;
  if (!list) {
    // (a lexicon not of the index is read as it is)
    list = state.lexicons.slice(0, 2).flatMap((l) => (LEXICON_INDEX.byTag.get(l.tag) === l ? CJK_SCHOOLS.get(l.tag) ?? [] : cjkSchools(l))).sort((a, b) => b.length - a.length);
    state.memo.set('school-suffixes', list);
  }
  return list;
}

/** A campus's name, kana or Han up to 校 ("バークレー校", "伯克利分校"), right after a school word. */
const CAMPUS = /^[\u3040-\u30ff\u4e00-\u9fff]{1,8}?校/u;

/**
 * "安徽农业大学环境工程专业" → the school and what follows it: text written without spaces is cut after its first school
 * word (and Hangul, "한신대학교 컴퓨터 공학과", where the school word ends a word); other text is returned whole.
 */
export function cutAfterSchool(text: string, state: ParseState): string[] {
  if (!CJK_CHAR.test(text)) return cutAfterNameEnd(text, state) ?? [text];
  // the first school word, the longest at its place ("서울대학교", not "서울대학")
  let start = -1;
  let end = -1;
  for (const w of schoolSuffixes(state)) {
    const at = text.indexOf(w);
    if (at > 0 && (start < 0 || at < start || (at === start && at + w.length > end))) [start, end] = [at, at + w.length];
  }
  // a school word overlapping its end goes on with it ("东北大学": "北大" is a school word, so is "大学")
  for (const w of end > 0 ? schoolSuffixes(state) : []) {
    const at = text.indexOf(w, Math.max(0, end - w.length + 1));
    if (at >= 0 && at < end && at + w.length > end) end = at + w.length;
  }
  // (Hangul is written with spaces: a school word inside a word, "학과" of "학과장상", cuts nothing)
  if (end > 0 && isHangulCode(text.charCodeAt(end))) return [text];
  // (a campus named right after goes with the school: "カリフォルニア大学バークレー校", "加州大学伯克利分校")
  const campus = end > 0 ? CAMPUS.exec(text.slice(end)) : null;
  if (campus) end += campus[0].length;
  const rest = end > 0 ? trimChars(text.slice(end), ' ,;，、') : '';
  return [...rest].length >= 2 ? [text.slice(0, end).trim(), rest] : [text];
}


/**
 * "Boğaziçi Üniversitesi Bilgisayar Mühendisliği" → the school and its field: text cut after the last word of the CV's
 * languages that closes a school's name (`schoolNameEnds`), where the capitalised words after it name no school and no
 * place; undefined when it is not so.
 */
function cutAfterNameEnd(text: string, state: ParseState): string[] | undefined {
  let ends = state.memo.get('school-name-ends') as string[] | undefined;
  if (!ends) state.memo.set('school-name-ends', (ends = state.lexicons.slice(0, 2).flatMap((l) => l.schoolNameEnds ?? [])));
  if (ends.length === 0) return undefined;
  const words = text.split(' ');
  // (a name before the word, words after it)
  for (let k = words.length - 2; k >= 1; k--) {
    if (!ends.includes(foldWord(words[k]!))) continue;
    const rest = words.slice(k + 1).join(' ');
    if (!/^\p{Lu}/u.test(rest) || scorePlaceIn(state, rest) >= 2 || wordClasses(rest, state).has('institution')) return undefined;
    return [words.slice(0, k + 1).join(' '), rest];
  }
  return undefined;
}
