// Reads back the lexicon index that serializeLexiconIndex wrote (the bundled CLI's prebuilt index).
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import type { Hit, LexiconIndex } from './lexicon-index.js';

/** The index's JSON form (see serializeLexiconIndex). */
interface SerializedIndex {
  hits: Array<[string, string]>;
  sections: Array<[string, number[]]>;
  fields: Array<[string, number[]]>;
  words: Array<[string, number[]]>;
  maxWords: number;
  sectionStarts: string[][];
  wordStarts: string[][];
  common: Array<[string, string[]]>;
  letters: Array<[string, string[]]>;
  certificateStems: string[];
  joiners: string[];
  hanJoiners: string[];
}

/** A map of phrases to the hits their numbers name (the parsed lists are reused: each number becomes its hit in place). */
function toHitMap<T>(entries: Array<[string, number[]]>, hits: ReadonlyArray<Hit<string>>): Map<string, Array<Hit<T>>> {
  for (const entry of entries) {
    const list = entry[1] as unknown as Array<Hit<string> | number>;
    for (let i = 0; i < list.length; i++) list[i] = hits[list[i] as number]!;
  }
  return new Map(entries as unknown as Array<[string, Array<Hit<T>>]>);
}

/**
 * The index written by `serializeLexiconIndex`, with `byTag` made from `lexicons`: a cold process reads it in
 * a fraction of the time the index takes to build from the lexicons. Equal hits are one shared (read-only) object.
 * @param json - the text `serializeLexiconIndex` wrote for these same lexicons
 */
export function reviveLexiconIndex(json: string, lexicons: readonly Lexicon[]): LexiconIndex {
  const s = JSON.parse(json) as SerializedIndex;
  const hits = s.hits.map(([value, lang]) => ({ value, lang }));
  return {
    sections: toHitMap(s.sections, hits),
    fields: toHitMap(s.fields, hits),
    words: toHitMap(s.words, hits),
    maxWords: s.maxWords,
    sectionStarts: s.sectionStarts.map((list) => new Set(list)),
    wordStarts: s.wordStarts.map((list) => new Set(list)),
    common: new Map(s.common),
    letters: new Map(s.letters),
    byTag: new Map(lexicons.map((l) => [l.tag, l])),
    certificateStems: s.certificateStems,
    joiners: new Set(s.joiners),
    hanJoiners: s.hanJoiners,
  };
}
