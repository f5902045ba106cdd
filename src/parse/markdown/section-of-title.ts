// Names the section a title stands for ("Experiência Profissional" → work), by the lexicons' section headings.
import type { Lexicon, SectionKind } from '../../model/lexicon/lexicon-types.js';
import { indexLexicon } from './index-lexicon.js';

/**
 * The section kind whose heading `text` is in one of `lexicons` (compared trimmed and lower case, the whole
 * text), or undefined.
 */
export function sectionOfTitle(text: string, lexicons: readonly Lexicon[]): SectionKind | undefined {
  const lower = text.trim().toLowerCase();
  for (const l of lexicons) {
    const kind = indexLexicon(l).sections.get(lower);
    if (kind) return kind;
  }
  return undefined;
}
