// Pass: a languages section that names no spoken language ("### Languages" under Skills over "- Java, Python, Kotlin") lists programming languages: a skills section.
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
 * Pass: retypes as `skills` each languages section none of whose lines names a spoken language the lexicons
 * know ("Java, Python, Kotlin", "TypeScript / Go"); its lines are then read as skills.
 */
export function retypeProgrammingLanguages(state: ParseState): void {
  for (const s of state.sections) {
    if (s.type !== 'languages' || !s.lines.some((l) => l.plain.trim() !== '') || namesLanguage(s)) continue;
    s.type = 'skills';
    s.why.push('its lines name no spoken language: programming languages, read as skills');
  }
}
