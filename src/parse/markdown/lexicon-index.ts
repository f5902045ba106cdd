// Indexes every lexicon's words once, at load: phrase → what it means and in which language.
import { stripElision } from './strip-elision.js';
import type { Lexicon, SectionKind } from '../../model/lexicon/lexicon-types.js';
import { LEXICONS } from '../../model/lexicon/lexicons.js';
import { foldWord } from './fold-word.js';
import { PREBUILT_LEXICON_INDEX } from './prebuilt-lexicon-index.js';
import { reviveLexiconIndex } from './revive-lexicon-index.js';

/** A word or phrase of some lexicon, with the language it comes from. */
export interface Hit<T> {
  value: T;
  lang: string;
}

/** Field labels people write before values. */
export type FieldLabel =
  | 'name' | 'firstName' | 'lastName' | 'email' | 'phone' | 'location' | 'website' | 'personal'
  | 'position' | 'organisation' | 'period' | 'place' | 'degree' | 'institution' | 'start' | 'end' | 'year' | 'month';

/** The field labels that name a field of an entry (a job's or a school's), not of the person. */
export const ENTRY_FIELD_LABELS: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['position', 'organisation', 'period', 'place', 'degree', 'institution', 'start', 'end']);

/** Word classes used to score entry segments. */
export type WordClass = 'jobTitle' | 'organisation' | 'institution' | 'degree' | 'fluency' | 'languageName' | 'connector' | 'nameConnector' | 'present' | 'employment' | 'employedStudy';

/** Everything the passes look words up in. Built once; never changed. */
export interface LexiconIndex {
  /** Section phrases (folded) → section kinds by language. */
  sections: ReadonlyMap<string, ReadonlyArray<Hit<SectionKind>>>;
  /** Field labels (folded) → label kinds. */
  fields: ReadonlyMap<string, ReadonlyArray<Hit<FieldLabel>>>;
  /** Folded words and phrases → word classes. */
  words: ReadonlyMap<string, ReadonlyArray<Hit<WordClass>>>;
  /** Longest phrase length in words, per map (bounds phrase lookups). */
  maxWords: number;
  /**
   * First words of the phrases of `sections` and of `words`, by the phrase's number of words (index n: the
   * phrases of n words): a lookup of n words whose first word is not among them can be skipped.
   */
  sectionStarts: ReadonlyArray<ReadonlySet<string>>;
  wordStarts: ReadonlyArray<ReadonlySet<string>>;
  /** Common words → languages (for language detection). */
  common: ReadonlyMap<string, readonly string[]>;
  /** A letter few languages write (lexicons' `letters`) → those languages. */
  letters: ReadonlyMap<string, readonly string[]>;
  /** Every lexicon by tag. */
  byTag: ReadonlyMap<string, Lexicon>;
  /** Word stems of every language's certificates headings ("certif", "zertif", "сертиф", "資格"): a title with one is a certificate. */
  certificateStems: readonly string[];
  /** Every language's words joining two section names in a heading ("and", "und", "та"), folded. */
  joiners: ReadonlySet<string>;
  /** Those of them in Han, found inside a heading written without spaces ("和", "与"). */
  hanJoiners: readonly string[];
}

function addHit<T>(map: Map<string, Array<Hit<T>>>, key: string, hit: Hit<T>): void {
  const k = foldWord(key);
  if (!k) return;
  const list = map.get(k);
  if (!list) map.set(k, [hit]);
  else if (!list.some((h) => h.value === hit.value && h.lang === hit.lang)) list.push(hit);
}

const WORD_LISTS: ReadonlyArray<[WordClass, (l: Lexicon) => readonly string[]]> = [
  ['jobTitle', (l) => l.jobTitles],
  ['organisation', (l) => l.organisations],
  ['institution', (l) => l.institutions],
  ['degree', (l) => l.degrees],
  ['fluency', (l) => l.fluency],
  ['languageName', (l) => l.languageNames],
  ['connector', (l) => l.connectors],
  ['nameConnector', (l) => l.nameConnectors ?? []],
  ['present', (l) => l.present],
  ['employment', (l) => l.employment ?? []],
  ['employedStudy', (l) => l.employedStudies ?? []],
];

/** The first words of a map's keys, by the key's number of (space-separated) words. */
function firstWords(map: ReadonlyMap<string, unknown>): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  for (const k of map.keys()) {
    const parts = k.split(' ');
    for (let n = out.length; n <= parts.length; n++) out.push(new Set());
    out[parts.length]!.add(parts[0]!);
  }
  return out;
}

/** Builds the index of all registered lexicons. */
function buildIndex(): LexiconIndex {
  const sections = new Map<string, Array<Hit<SectionKind>>>();
  const fields = new Map<string, Array<Hit<FieldLabel>>>();
  const words = new Map<string, Array<Hit<WordClass>>>();
  const common = new Map<string, string[]>();
  const letters = new Map<string, string[]>();
  let maxWords = 1;
  const count = (s: string): number => s.split(' ').length;
  for (const lex of Object.values(LEXICONS)) {
    for (const [kind, list] of Object.entries(lex.sections) as Array<[SectionKind, readonly string[]]>) {
      for (const w of list) {
        addHit(sections, w, { value: kind, lang: lex.tag });
        maxWords = Math.max(maxWords, count(w));
      }
    }
    for (const [label, list] of Object.entries(lex.fields) as Array<[FieldLabel, readonly string[] | undefined]>) {
      for (const w of list ?? []) addHit(fields, w, { value: label, lang: lex.tag });
    }
    for (const [cls, get] of WORD_LISTS) {
      for (const w of get(lex)) {
        addHit(words, w, { value: cls, lang: lex.tag });
        // texts are read with elisions taken off their words ("chargé d'enseignement" as "chargé enseignement")
        const bare = w.split(' ').map(stripElision).join(' ');
        if (bare !== w) addHit(words, bare, { value: cls, lang: lex.tag });
        maxWords = Math.max(maxWords, count(w));
      }
    }
    for (const ch of lex.letters ?? []) letters.set(ch, [...(letters.get(ch) ?? []), lex.tag]);
    for (const w of lex.commonWords) {
      const k = foldWord(w);
      const l = common.get(k);
      if (l) l.push(lex.tag);
      else common.set(k, [lex.tag]);
    }
  }
  const stems = new Set<string>();
  for (const lex of Object.values(LEXICONS)) {
    for (const w of lex.sections.certificates) {
      const word = foldWord(w).split(' ')[0] ?? '';
      if (/[\u3040-\u9fff\uac00-\ud7af]/u.test(word)) {
        if (/[証证證資资자免認인认]/u.test(word.slice(0, 2))) stems.add(word.slice(0, 2));
      }
      else if (word.length >= 6 && /^(?:cert|zert|серт|sert|cerf|certy)/u.test(word)) stems.add(word.slice(0, 6));
    }
  }
  const joiners = new Set(Object.values(LEXICONS).flatMap((l) => l.joiners.map(foldWord)));
  const hanJoiners = [...joiners].filter((j) => /^\p{Script=Han}+$/u.test(j));
  return { sections, fields, words, maxWords: Math.min(maxWords, 8), sectionStarts: firstWords(sections), wordStarts: firstWords(words), common, letters, byTag: new Map(Object.values(LEXICONS).map((l) => [l.tag, l])), certificateStems: [...stems], joiners, hanJoiners };
}

/**
 * The index of every lexicon (built when this module loads, or read from the JSON the CLI bundle carries;
 * read-only afterwards).
 */
export const LEXICON_INDEX: LexiconIndex = PREBUILT_LEXICON_INDEX === undefined ? buildIndex() : reviveLexiconIndex(PREBUILT_LEXICON_INDEX, Object.values(LEXICONS));

/**
 * Picks the hit of the preferred language: the first language of `langs` that has one, else the first hit.
 */
export function preferHit<T>(hits: ReadonlyArray<Hit<T>> | undefined, langs: readonly string[]): Hit<T> | undefined {
  if (!hits || hits.length === 0) return undefined;
  for (const l of langs) {
    const h = hits.find((x) => x.lang === l);
    if (h) return h;
  }
  return hits[0];
}
