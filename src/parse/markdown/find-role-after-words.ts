// Finds where a text is parted by a word that introduces a role ("Acme Corp as Senior Engineer", "Experience as Senior Perl Developer").
import { foldWord } from './fold-word.js';
import type { ParseState } from './parse-types.js';

/** The longest role after such a word, in words ("als Softwareentwickler", "as Senior Software Engineer"). */
const MAX_ROLE_WORDS = 5;

/**
 * Each place where a word of the CV's first two languages' `roleAfter` list ("as", "als", "jako", "en tant que") parts
 * `text` into some words before it and at most five after it: the words before, the words after, and the word, in the
 * lexicons' order, then the list's, then the text's. None for a text of fewer than three words.
 */
export function findRoleAfterWords(text: string, state: ParseState): Array<{ left: string; right: string; marker: string }> {
  const words = text.split(' ');
  const out: Array<{ left: string; right: string; marker: string }> = [];
  if (words.length < 3) return out;
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const marker of lex.roleAfter ?? []) {
      const n = marker.split(' ').length;
      for (let i = 1; i + n < words.length; i++) {
        if (words.length - i - n > MAX_ROLE_WORDS || foldWord(words.slice(i, i + n).join(' ')) !== foldWord(marker)) continue;
        out.push({ left: words.slice(0, i).join(' '), right: words.slice(i + n).join(' '), marker });
      }
    }
  }
  return out;
}
