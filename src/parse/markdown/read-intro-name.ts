// Reads the name a top line introduces ("Hi there 👋, I'm Jane Doe", "Hallo, ich bin Jonas Keller.", "我是王芳，", "אני משה אסולין").
import type { Line, ParseState } from './parse-types.js';
import { scoreName, type NameCandidate } from './find-name.js';

/** What may stand right before the introducing words: nothing, or a greeting's comma, exclamation mark or emoji. */
const AFTER_GREETING = /[,!;:，！、\p{Extended_Pictographic}\ufe0f]$/u;
/** What ends the name: punctuation, brackets, dashes, emoji or a digit. */
const NAME_END = /[,.!?;:|()[\]–—·•"“”«»，。！？、،؛\p{Extended_Pictographic}\p{N}]|\s-\s/u;
/** A letter of a script that writes words without spaces (Han, kana, Hangul, Thai). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
/** A name introduced is at most four words. */
const MAX_WORDS = 4;

/** The name after the introducing words at `from`, or undefined when none ends where a name would. */
function nameAfter(plain: string, from: number): string | undefined {
  const rest = plain.slice(from).trimStart();
  const end = rest.search(NAME_END);
  const text = (end < 0 ? rest : rest.slice(0, end)).trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (words.length <= MAX_WORDS) return text;
  // "I'm Jane Doe and I build things": in a script with capitals the name ends at the first lower-case word
  const lower = words.findIndex((w) => /^\p{Ll}/u.test(w));
  return lower > 0 && lower <= MAX_WORDS ? words.slice(0, lower).join(' ') : undefined;
}

/**
 * The name candidate a line introduces with the words of the CV's first two languages ("i'm", "my name is",
 * "ich bin", "je m'appelle", "我是"), at the line's start or after a greeting ("Hi there 👋,"), or with words after it
 * ("… vagyok!", "…입니다"), scored as the line's other candidates are plus 1.5; undefined when the line introduces no one.
 * @param base - the score the line's own candidates start from (its rank and place)
 */
export function readIntroName(state: ParseState, l: Line, base: number): NameCandidate | undefined {
  const lower = l.plain.toLowerCase();
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const phrase of lex.selfIntro) {
      const at = lower.indexOf(phrase);
      if (at < 0) continue;
      const before = l.plain.slice(0, at).trimEnd();
      const next = lower.charAt(at + phrase.length);
      const bounded = next === ' ' || (UNSPACED.test(phrase) && UNSPACED.test(next));
      if (!bounded || (before !== '' && !AFTER_GREETING.test(before))) continue;
      const name = nameAfter(l.plain, at + phrase.length);
      const found = name ? (scoreName(state, name, base + 1.5, [`introduced by "${phrase}"`], l) ?? writtenInFull(state, name, base + 1.5, phrase)) : undefined;
      if (found) return found;
    }
  }
  return introducedBefore(state, l, base);
}

/** How many lines are searched for the full form of a given name introduced alone. */
const FULL_NAME_LINES = 150;
/** A given name, one or two capitalised words, then the line's end or a separator. */
const FULL_NAME = /^(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*(?:$|[|,·•–—(])/u;

/**
 * "# Hi, ich bin Adrian 👋" … "Adrian Kluge | Dortmund, Deutschland | [E-Mail](…)": a given name introduced alone, written in
 * full (it and one or two capitalised words) at the start of a later line, before the line's end or a separator.
 */
function writtenInFull(state: ParseState, given: string, score: number, phrase: string): NameCandidate | undefined {
  if (given.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(given)) return undefined;
  for (const l of state.lines.slice(0, FULL_NAME_LINES)) {
    if ((l.kind !== 'text' && l.kind !== 'heading') || !l.plain.startsWith(`${given} `)) continue;
    const m = FULL_NAME.exec(l.plain);
    const found = m && m[1] === given ? scoreName(state, `${given} ${m[2]}`, score, [`introduced by "${phrase}"`, `written in full on line ${l.line}`], l) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** What may close a line after the words that follow a name: white space, a full stop, an exclamation mark, an emoji. */
const LINE_CLOSE = /^[\s.!。！\p{Extended_Pictographic}\ufe0f]*$/u;
/** Where a greeting or a phrase before the name ends. */
const BEFORE_NAME = /^.*[,!;:，！、。]/su;

/**
 * "Szia, Szczuka Bendegúz vagyok!", "안녕하세요, 홍길동입니다.": the name right before the words that follow it in the
 * CV's first two languages (`selfIntroAfter`), those words closing the line or followed by a comma; after a greeting's comma or from the
 * line's start. In a script without spaces, the name is the last run before the words ("백엔드 개발자 홍길동입니다").
 */
function introducedBefore(state: ParseState, l: Line, base: number): NameCandidate | undefined {
  const lower = l.plain.toLowerCase();
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const phrase of lex.selfIntroAfter ?? []) {
      // (or a comma after the words, the line going on: "Boros Bence vagyok, tapasztalt szoftverfejlesztő, …")
      const closing = lower.lastIndexOf(phrase);
      const comma = lower.indexOf(phrase);
      const at = closing > 0 && LINE_CLOSE.test(l.plain.slice(closing + phrase.length)) ? closing : comma > 0 && /^[,，]/u.test(l.plain.slice(comma + phrase.length)) ? comma : -1;
      if (at <= 0) continue;
      const before = l.plain.slice(0, at).replace(BEFORE_NAME, '').trim();
      const name = UNSPACED.test(phrase) ? before.split(/\s+/).pop() : before;
      const found = name && name.split(/\s+/).length <= MAX_WORDS ? scoreName(state, name, base + 1.5, [`introduced by "${phrase}" after it`], l) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}
