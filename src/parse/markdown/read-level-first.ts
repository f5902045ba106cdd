// Reads "Proficient English", "Native Polish", "Fluent in French": a level written before a language's name.
import type { Language } from '../../model/types.js';
import { isFluency, isLanguageName } from './language-words.js';
import { trimChars } from './trim-chars.js';

/** A short word joining a level to the language after it ("Fluent in French", "Courant en anglais"). */
const JOINING = /^(?:in|en|em|auf|na|im)$/iu;

/**
 * One part that is a level and then a language's name, nothing else ("Proficient English", "Basic German",
 * "Fluent in French", "Native speaker Polish"): the language and that level; undefined otherwise.
 * @param part - one part of a list, trimmed
 */
export function readLevelFirst(part: string): Language | undefined {
  const words = trimChars(part, ' .。').split(/\s+/u);
  if (words.length < 2 || words.length > 4) return undefined;
  const language = words[words.length - 1]!;
  if (!isLanguageName(language)) return undefined;
  const lead = words.slice(0, -1);
  if (lead.length > 1 && JOINING.test(lead[lead.length - 1]!)) lead.pop();
  const fluency = lead.join(' ');
  return isFluency(fluency) && !isLanguageName(fluency) ? { language, fluency } : undefined;
}
