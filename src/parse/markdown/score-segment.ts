// Scores how much a piece of text looks like a job title, an organisation, a place, a degree or a school, from the lexicons' words.
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX, type Hit, type WordClass } from './lexicon-index.js';
import type { ParseState } from './parse-types.js';
import { splitAround } from './split-around.js';
import { recall } from './recall.js';

/** `t` less its trailing full stops (as `t.replace(/[.]+$/, '')`), by scanning. */
const withoutEndDots = (t: string): string => {
  let end = t.length;
  while (end > 0 && t[end - 1] === '.') end--;
  return t.slice(0, end);
};

/** Feature scores of a text, with the words that gave them. */
export interface SegmentScore {
  title: number;
  org: number;
  place: number;
  degree: number;
  school: number;
  why: string[];
}

const NO_SPACE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

/** Words of every class in scripts written without spaces, by first character, for substring checks. */
const CJK_WORDS: ReadonlyMap<string, ReadonlyArray<[string, Array<Hit<WordClass>>]>> = (() => {
  const m = new Map<string, Array<[string, Array<Hit<WordClass>>]>>();
  for (const [k, hits] of LEXICON_INDEX.words) {
    if (!NO_SPACE_SCRIPT.test(k)) continue;
    const first = k[0]!;
    const list = m.get(first) ?? [];
    list.push([k, [...hits]]);
    m.set(first, list);
  }
  return m;
})();

/** A place name folded for lookup: lower case, accents removed ("Zürich" → "zurich"). */
const foldPlace = (s: string): string => {
  const f = foldWord(s);
  // ASCII has no accents to take off (NFD leaves it as it is)
  return NON_ASCII.test(f) ? f.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : f;
};
const NON_ASCII = /[^\x00-\x7f]/;

/** Places of every lexicon (folded), for telling a place from an organisation. */
const PLACES: ReadonlySet<string> = new Set([...LEXICON_INDEX.byTag.values()].flatMap((l) => (l.places ?? []).map(foldPlace)));

/** An organisation word that reads the same in any language: a legal form ("GmbH", "S.A.", "ООО", "株式会社"). */
function legalForm(w: string): boolean {
  return w.includes('.') || (w.length <= 5 && !w.includes(' ')) || NO_SPACE_SCRIPT.test(w);
}

/** The word classes found in a text: whole words and phrases of up to three words, and substrings in CJK and Thai. */
export function wordClasses(text: string, state: ParseState): Map<WordClass, string[]> {
  return recall(state, 'word-classes', text, (t) => computeClasses(t, state));
}

/** Languages that write compounds as one word ("Volksschule", "Softwareentwickler"): a word may end with a lexicon word. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'no', 'da', 'fi', 'hu']);

/** Lexicon words of the given classes (at least four letters), by their last two letters, for compound endings. */
const ENDINGS: ReadonlyMap<string, ReadonlyArray<[string, Hit<WordClass>]>> = (() => {
  const m = new Map<string, Array<[string, Hit<WordClass>]>>();
  for (const [k, hits] of LEXICON_INDEX.words) {
    if (k.length < 4 || k.includes(' ') || !COMPOUNDING.has(hits[0]?.lang ?? '')) continue;
    for (const h of hits) {
      if (h.value !== 'institution' && h.value !== 'jobTitle' && h.value !== 'organisation') continue;
      const key = k.slice(-2);
      const list = m.get(key) ?? [];
      list.push([k, h]);
      m.set(key, list);
    }
  }
  return m;
})();

/** Word classes of a compound word's ending in the CV's own (compounding) language. */
function compoundClasses(word: string, lang: string, add: (cls: WordClass, w: string) => void): void {
  if (word.length < 7) return;
  for (const [ending, h] of ENDINGS.get(word.slice(-2)) ?? []) {
    if (h.lang === lang && word.length > ending.length + 2 && word.endsWith(ending)) add(h.value, word);
  }
}

function computeClasses(text: string, state: ParseState): Map<WordClass, string[]> {
  const found = new Map<WordClass, string[]>();
  const add = (cls: WordClass, w: string): void => {
    const l = found.get(cls);
    if (!l) found.set(cls, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  const folded = foldWord(text);
  const words = folded.split(/[\s,;:()[\]/|"“”«»]+/).filter(Boolean);
  const [first, second] = state.langs;
  for (let n = 3; n >= 1; n--) {
    const starts = LEXICON_INDEX.wordStarts[n];
    for (let i = 0; i + n <= words.length; i++) {
      // no lexicon phrase of n words starts with this word (a full stop cut off the end leaves the first word)
      if (n > 1 && !starts?.has(words[i]!)) continue;
      const phrase = n === 1 ? words[i]! : n === 2 ? `${words[i]!} ${words[i + 1]!}` : `${words[i]!} ${words[i + 1]!} ${words[i + 2]!}`;
      // a phrase without a full stop at its end is looked up once
      const hits = LEXICON_INDEX.words.get(phrase) ?? (phrase.endsWith('.') ? LEXICON_INDEX.words.get(withoutEndDots(phrase)) : undefined);
      if (hits) for (const h of hits) if (h.lang === first || h.lang === second || (h.value === 'organisation' && legalForm(phrase))) add(h.value, phrase);
    }
  }
  if (COMPOUNDING.has(state.lang)) for (const w of words) if (!LEXICON_INDEX.words.has(w)) compoundClasses(w, state.lang, add);
  if (NO_SPACE_SCRIPT.test(folded)) {
    for (let i = 0; i < folded.length; i++) {
      const bucket = CJK_WORDS.get(folded[i]!);
      if (!bucket) continue;
      for (const [w, hits] of bucket) {
        if (!folded.startsWith(w, i)) continue;
        for (const h of hits) if (h.lang === first || h.lang === second || (h.value === 'organisation' && legalForm(w))) add(h.value, w);
      }
    }
  }
  return found;
}

/** A known place (`folded`: the part folded by foldPlace), or an upper-case code of two or three letters as written ("WA", "SG", "USA"). */
function knownPlace(part: string, folded: string): boolean {
  return PLACES.has(folded) || /^\p{Lu}{2,3}$/u.test(part);
}

/** No word of the text is an organisation, school, job-title or degree word of any lexicon. */
export function isTown(text: string): boolean {
  for (const w of foldWord(text).split(/[\s,()]+/)) {
    const hits = LEXICON_INDEX.words.get(w);
    if (hits?.some((h) => h.value === 'organisation' || h.value === 'institution' || h.value === 'jobTitle' || h.value === 'degree')) return false;
  }
  return true;
}

/** A short capitalised part that may name a town ("Wil", "Kirchberg SG", "New York"). */
function townLike(part: string): boolean {
  const words = part.split(' ');
  if (words.length > 3 || /[\d@/:]/.test(part) || /\.[a-z]{2,}$/i.test(part) || /^\p{Lu}{3,}$/u.test(part)) return false;
  return words.every((w) => /^[\p{Lu}(][\p{L}.'’()\-]*$/u.test(w) || /^(?:de|del|la|le|am|an|im|on|upon|sur|sous|di|da)$/.test(w)) && isTown(part);
}

/** A postal code, then a town ("10000 Zagreb", "75008 Paris", "8004 Zürich"). */
function postalTown(part: string): boolean {
  const m = /^\d{4,5} (\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)?)$/u.exec(part);
  return m !== null && isTown(m[1]!);
}

/** Two-letter legal forms of companies that are no region's code. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['AG', 'SE', 'AB', 'AS', 'BV', 'NV', 'OY', 'KG', 'UG']);

/** Whether a text is a place: a known place, "City, ST", "Town, Country", or a remote-work word. */
export function placeScore(text: string): number {
  const raw = text.trim().replace(/^[(（]|[)）]$/g, '');
  if (!raw) return 0;
  if (PLACES.has(foldPlace(raw))) return 3;
  const parts = splitAround(raw, /(?:[,،;/]|\s-\s)\s*/).filter(Boolean);
  if (parts.length === 1) {
    if (/^(?:м|г|m)\.\s*\p{Lu}/u.test(raw)) return 3;
    // "Boston MA", not "Senior SE": the words before the code name no job, school or organisation,
    // and the code is no company's legal form ("Siemens AG", "Allianz SE")
    return /^\p{Lu}\p{Ll}[\p{L}.'’\-]*(?:\s\p{Lu}\p{Ll}[\p{L}.'’\-]*)?\s+\p{Lu}{2}$/u.test(raw) && !LEGAL_FORMS.has(raw.slice(-2)) && isTown(raw.slice(0, -2)) ? 2 : 0;
  }
  // each part folded once (it is asked about up to four times)
  const folded = parts.map(foldPlace);
  const last = parts.length - 1;
  const shaped = parts.every((p, k) => knownPlace(p, folded[k]!) || townLike(p) || postalTown(p));
  if (shaped && (knownPlace(parts[0]!, folded[0]!) || (parts.length === 2 && knownPlace(parts[last]!, folded[last]!)))) return 3;
  if (folded.some((f) => PLACES.has(f))) return 1.5;
  return 0;
}

/** Scores a piece of an entry head as each kind of field. */
export function scoreSegment(text: string, state: ParseState): SegmentScore {
  return recall(state, 'segment-score', text, (t) => computeScore(t, state));
}

/** Letters all capitals, at least three of them, in at most four words ("CROWDSTRIKE", "NARA LOGICS"). */
function isCapitalised(text: string): boolean {
  return text.split(' ').length <= 4 && /^[\p{Lu}\d&.,'’\- ]+$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

function computeScore(text: string, state: ParseState): SegmentScore {
  const cls = wordClasses(text, state);
  const n = (c: WordClass): number => cls.get(c)?.length ?? 0;
  const why: string[] = [];
  for (const [c, ws] of cls) why.push(`${c} word${ws.length > 1 ? 's' : ''} "${ws.join('", "')}"`);
  const place = recall(state, 'place', text, placeScore);
  if (place) why.push(`place (${place})`);
  const words = text.split(/\s+/).length;
  const long = words > 10 ? -1 : 0;
  // "CINCH FINANCIAL, Principal SE": a name set in capitals that names no job is an organisation's
  const caps = n('jobTitle') === 0 && n('degree') === 0 && place < 2 && isCapitalised(text) ? 1 : 0;
  if (caps) why.push('set in capitals');
  return {
    title: 2 * Math.min(n('jobTitle'), 2) - 1.5 * n('organisation') - (place >= 3 ? 2 : 0) + long,
    org: caps + 2 * Math.min(n('organisation'), 2) + 1.2 * Math.min(n('institution'), 1) - 1.5 * Math.min(n('jobTitle'), 2) - (place >= 3 ? 1.5 : 0),
    place: place - (n('jobTitle') + n('organisation') + n('institution') > 0 ? 2 : 0) - (words > 6 ? 2 : 0),
    degree: 2.5 * Math.min(n('degree'), 2) - 1 * n('institution'),
    school: 2.5 * Math.min(n('institution'), 1) + 0.5 * n('organisation') - 1 * n('degree'),
    why,
  };
}
