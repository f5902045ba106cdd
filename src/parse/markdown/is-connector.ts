// Tells whether a word joins a role and its organisation ("at", "bij", "bei", "chez", "в") in the CV's own languages.
import { LEXICON_INDEX } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';

/**
 * Whether the folded `word` is a connector of one of the CV's first two languages (`kind` 'nameConnector': one that
 * joins only a named organisation, "in").
 */
export function isConnector(state: ParseState, word: string, kind: 'connector' | 'nameConnector' = 'connector'): boolean {
  const hits = LEXICON_INDEX.words.get(word);
  if (!hits) return false;
  const [first, second] = state.langs;
  for (const h of hits) if (h.value === kind && (h.lang === first || h.lang === second)) return true;
  return false;
}
