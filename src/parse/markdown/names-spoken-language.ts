// Whether a text names a spoken language the lexicons know, whole or by its first word ("English", "Deutsch fließend").
import { isLanguageName } from './read-languages.js';

/**
 * Whether `text` names a spoken language: the whole text, or its first word, is a language name of a lexicon
 * ("English", "Deutsch fließend"; not "TypeScript", "C#").
 */
export function namesSpokenLanguage(text: string): boolean {
  return isLanguageName(text) || isLanguageName(text.trim().split(/\s+/)[0] ?? '');
}
