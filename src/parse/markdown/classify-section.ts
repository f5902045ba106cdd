// Classifies a section heading ("## SKILLS", "# **Berufserfahrung**", "💼 Experience") into a section kind and language.
import { memoPerParse } from './parse-memo.js';
import { SECTION_SYNONYMS, type SectionKind } from './section-synonyms.js';

/** A classified heading: its kind and the language its synonym belongs to. */
export interface SectionClass {
  kind: SectionKind;
  lang: string;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case ASCII letters, digits, spaces and ' & + -: a text made only of these has nothing to blank out. */
const PLAIN_ASCII = /^[a-z0-9 '&+\-]*$/;
/**
 * "and" words between spaces. (The white space run before the word is taken whole, as no word starts with
 * white space, so this finds what the alternation of `\s+word\s+` finds; without the u flag, as nothing in it
 * can match half of a surrogate pair.)
 */
const AND_WORD = /\s+(?:&|and|und|et|y|e|i|en|и)\s+/g;
/** White space that collapsing to single spaces would change. */
const EXTRA_SPACE = /\s\s|[^\S ]/;

/** Lower-cases, strips Markdown decoration, emoji, punctuation and extra spaces (each rewrite only when it can change the text). */
function normalise(text: string): string {
  // (NFC leaves ASCII as it is)
  let s = (NON_ASCII.test(text) ? text.normalize('NFC') : text).toLowerCase();
  if (s.includes('’') || s.includes('`')) s = s.replace(/[’`]/g, "'");
  if (!PLAIN_ASCII.test(s)) s = s.replace(/[^\p{L}\p{N}'&+\-\s]/gu, ' ');
  s = s.replace(AND_WORD, ' & ');
  if (EXTRA_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  return s.trim();
}

const EXACT = new Map<string, SectionClass>();
const PHRASES: Array<[string, SectionClass]> = [];
for (const [kind, lang, words] of SECTION_SYNONYMS) {
  for (const w of words) {
    const n = normalise(w);
    if (!EXACT.has(n)) EXACT.set(n, { kind, lang });
    PHRASES.push([n, { kind, lang }]);
  }
}
PHRASES.sort((a, b) => b[0].length - a[0].length);
const CJK = /[\u3400-\u9fff]/u;
const HAS_DIGIT = /[0-9]/;

/** A synonym of three or more characters with its rank in PHRASES (longest first: the lowest rank wins). */
interface Phrase {
  rank: number;
  text: string;
  words: string[];
  cls: SectionClass;
}
/** Word-matched synonyms by their first word, each list in rank order. */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
/** Han synonyms, matched anywhere in the heading, in rank order. */
const CJK_PHRASES: Phrase[] = [];
PHRASES.forEach(([p, c], rank) => {
  if (p.length < 3) return;
  const words = p.split(' ');
  const entry: Phrase = { rank, text: p, words, cls: c };
  if (CJK.test(p)) CJK_PHRASES.push(entry);
  else {
    const list = BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push(entry);
    BY_FIRST_WORD.set(words[0]!, list);
  }
});

/**
 * Classifies a heading text. An exact synonym wins; else the longest synonym
 * contained as whole words ("Notable talks", "Computer skills", "Work experience & internships").
 * Headings longer than five words, with digits or "at" are never sections.
 * @returns the kind and language, or undefined for an unknown heading
 */
export function classifySection(heading: string): SectionClass | undefined {
  // (no synonym has a digit, and a heading with one is never a section: see classify)
  if (heading.length > 200 || HAS_DIGIT.test(heading)) return undefined;
  return classifyMemo(heading);
}

const classifyMemo = memoPerParse(classify);

function classify(heading: string): SectionClass | undefined {
  const n = normalise(heading);
  if (!n || n.length > 80) return undefined;
  const exact = EXACT.get(n) ?? EXACT.get(n.replace(/:$/, ''));
  if (exact) return exact;
  if (n.split(' ').length > 5 || /\d|\s(?:at|bei|chez|@)\s/u.test(n)) return undefined;
  // the first synonym in PHRASES order (longest first) found as whole words (Han synonyms: anywhere)
  let best: Phrase | undefined;
  const ws = n.split(' ');
  for (let i = 0; i < ws.length; i++) {
    const list = BY_FIRST_WORD.get(ws[i]!);
    if (!list) continue;
    for (const p of list) {
      if (best && p.rank >= best.rank) break;
      if (i + p.words.length > ws.length) continue;
      let k = 1;
      while (k < p.words.length && p.words[k] === ws[i + k]) k++;
      if (k === p.words.length) {
        best = p;
        break;
      }
    }
  }
  if (CJK.test(n)) {
    for (const p of CJK_PHRASES) {
      if (best && p.rank >= best.rank) break;
      if (n.includes(p.text)) {
        best = p;
        break;
      }
    }
  }
  return best?.cls;
}
