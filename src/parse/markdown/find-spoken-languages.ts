// Finds the spoken languages listed in a skills group named "Languages" next to programming languages ("Python, Go, … English, Hindi").
import { pushAll } from './push-all.js';
import type { Language, Skill } from '../../model/types.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import type { ParseState } from './parse-types.js';
import { isLanguageName } from './read-languages.js';
import { splitLanguageLevel } from './split-language-level.js';
import { countWords } from './count-words.js';

const LETTER = /\p{L}/u;

/** `s` from its first letter to its last (as `.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')`; '' without one), by scanning. */
function trimToLetters(s: string): string {
  const cps = [...s];
  let a = 0;
  let b = cps.length;
  while (a < b && !LETTER.test(cps[a]!)) a++;
  while (b > a && !LETTER.test(cps[b - 1]!)) b--;
  return cps.slice(a, b).join('');
}

/** A CEFR level written as a word of its own: A1 … C2. */
const CEFR = /(?<![\p{L}\p{N}])[ABC][12](?![\p{L}\p{N}])/u;

/** "Anglais niveau B2, 10 mois en Écosse": a text whose first word is a language's name and whose first part names a CEFR level. */
function cefrLanguage(k: string): Language | undefined {
  const first = k.split(' ')[0] ?? '';
  if (!isLanguageName(first)) return undefined;
  const level = CEFR.exec(k.split(',')[0]!.slice(first.length))?.[0];
  return level ? { language: first, fluency: level } : undefined;
}

/** A language's name, then its level in brackets, at the start of a text ("英語（CET6）。…", "German (C1), …"). */
const BRACKET_LEVEL = /^(\p{L}+) ?[(（]([^()（）]{1,20})[)）]/u;

/** The language and level a text opens with ({@link BRACKET_LEVEL}), when the name is a spoken language's; none otherwise. */
function bracketLevel(k: string): Language[] {
  const m = BRACKET_LEVEL.exec(k);
  return m && isLanguageName(m[1]!) ? [{ language: m[1]!, fluency: m[2]!.trim() }] : [];
}

/**
 * The spoken languages of skill groups whose name is a languages heading: the keywords that name a
 * language in some lexicon, when there are at least two (one could be a programming language's name), each
 * with the level written beside it ("Polish (native)", "German – B1") as its fluency.
 * A group named by a spoken language itself ("английский: чтение документации") is that language, its short value the level.
 * The skills keep them too; nothing is moved.
 * @param state - the parse state (for the CV's languages)
 * @param skills - the skill groups read from a skills section
 */
export function findSpokenLanguages(state: ParseState, skills: readonly Skill[]): Language[] {
  const out: Language[] = [];
  for (const g of skills) {
    // ("- английский: чтение документации": a group named by a spoken language, its short value the level)
    // (its keywords as written: words split at spaces joined again)
    const words = g.keywords ?? [];
    const level = words.join(words.every((k) => !/\s/.test(k)) ? ' ' : ', ');
    if (g.name && isLanguageName(g.name) && level && countWords(level) <= 4) {
      out.push({ language: g.name, fluency: level });
      continue;
    }
    if (!g.name || classifyHeadingIn(state, g.name)?.kind !== 'languages') {
      // ("- Anglais niveau B2, 10 mois en Écosse, …" among other aptitudes: a keyword opening with a language and its CEFR level)
      for (const k of words) {
        const leveled = cefrLanguage(k);
        if (leveled) out.push(leveled);
      }
      continue;
    }
    // ("Polish (native)": a level beside a language is its fluency)
    const found = (g.keywords ?? []).map((k) => splitLanguageLevel(k, {}) as Language).map((l) => ({ ...l, language: trimToLetters(l.language ?? '') }));
    const named = found.filter((l) => l.language && isLanguageName(l.language));
    if (named.length >= 2) pushAll(out, named);
    // ("**語学力**：英語（CET6）。英語のドキュメントを熟読し…": one language with its level in brackets right after it is enough)
    else for (const k of words) pushAll(out, bracketLevel(k));
  }
  return out;
}
