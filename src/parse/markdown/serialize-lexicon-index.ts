// Writes the lexicon index as JSON, for the bundled CLI to load instead of building it (see reviveLexiconIndex).
import type { Hit, LexiconIndex } from './lexicon-index.js';

/** A map of phrases to hits, with each hit written as its number in the list of distinct hits. */
function numberHits<T>(map: ReadonlyMap<string, ReadonlyArray<Hit<T>>>, hits: Map<string, number>): Array<[string, number[]]> {
  return [...map].map(([key, list]) => [
    key,
    list.map((h) => {
      const id = `${String(h.value)}\u0000${h.lang}`;
      let n = hits.get(id);
      if (n === undefined) hits.set(id, (n = hits.size));
      return n;
    }),
  ]);
}

/**
 * The index as a JSON text that `reviveLexiconIndex` reads back: every map as its entries, every set as its
 * values, each distinct hit (a meaning in a language) written once and named by its number; the lexicons
 * themselves (`byTag`) are left out, since the reader has them.
 * @param index - an index built by `buildIndex` (lexicon-index.ts)
 */
export function serializeLexiconIndex(index: LexiconIndex): string {
  const hits = new Map<string, number>();
  const sections = numberHits(index.sections, hits);
  const fields = numberHits(index.fields, hits);
  const words = numberHits(index.words, hits);
  return JSON.stringify({
    hits: [...hits.keys()].map((id) => id.split('\u0000')),
    sections,
    fields,
    words,
    maxWords: index.maxWords,
    sectionStarts: index.sectionStarts.map((s) => [...s]),
    wordStarts: index.wordStarts.map((s) => [...s]),
    common: [...index.common],
    letters: [...index.letters],
    certificateStems: index.certificateStems,
    joiners: [...index.joiners],
    hanJoiners: index.hanJoiners,
  });
}
