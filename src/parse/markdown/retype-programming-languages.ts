// Pass: a languages section that names no spoken language ("### Languages" under Skills over "- Java, Python, Kotlin") lists programming languages: a skills section; a section of no known kind listing spoken languages is a languages section.
import type { ParseState, Section } from './parse-types.js';
import { isLanguageName, unspacedLead } from './read-languages.js';

/** What parts the names of a line: commas, semicolons, bars, dots, slashes, brackets, colons and dashes. */
const PARTS = /[,;、，|·•/()（）:：–—-]+/u;

/** Whether a part, one of its words or its first two words name a spoken language ("English", "Tiếng Anh", "Deutsch fließend", "英語ネイティブレベル"). */
function languagePart(part: string): boolean {
  const words = part.trim().split(/\s+/u);
  return isLanguageName(part.trim()) || isLanguageName(words.slice(0, 2).join(' ')) || words.some((w) => w !== '' && (isLanguageName(w) || unspacedLead(w) !== undefined));
}

/** Whether a line of the section names a spoken language ("English (C1)", "한국어 (모국어) · 영어 (유창)"). */
function namesLanguage(s: Section): boolean {
  return s.lines.some((l) => l.plain.split(PARTS).some(languagePart));
}

/**
 * "## 言語" (a word Japanese CVs use for programming languages too) over "- 中国語" / "  - ネイティブ" / "- 日本語" / …: a
 * section of no known kind whose two top-level items or more each open with a spoken language.
 */
function spokenLanguageList(s: Section): boolean {
  if (s.type !== 'generic' || !s.heading) return false;
  const items = s.lines.filter((l) => l.kind === 'item' && l.depth === 0);
  // (a list and nothing else: no paragraph says what the list is)
  const listOnly = s.lines.every((l) => l === s.heading || l.kind === 'item' || l.plain.trim() === '');
  return listOnly && items.length >= 2 && items.every((l) => languagePart(l.plain.split(PARTS)[0] ?? ''));
}

/**
 * Pass: retypes as `skills` each languages section none of whose lines names a spoken language the lexicons
 * know ("Java, Python, Kotlin", "TypeScript / Go"); its lines are then read as skills. And the other way: a section
 * whose heading names no known section, each of whose items opens with a spoken language, is a languages section.
 */
export function retypeProgrammingLanguages(state: ParseState): void {
  for (const s of state.sections) {
    if (spokenLanguageList(s)) {
      s.type = 'languages';
      s.why.push('each of its items opens with a spoken language: a languages section');
      continue;
    }
    if (s.type !== 'languages' || !s.lines.some((l) => l.plain.trim() !== '') || namesLanguage(s)) continue;
    s.type = 'skills';
    s.why.push('its lines name no spoken language: programming languages, read as skills');
  }
}
