// Scores how much a short text looks like a person's name (not a document title, a section heading or a job title).
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { ALL_LEXICON_WORDS } from './all-lexicon-words.js';
import { indexLexicon, type LexiconIndex } from './index-lexicon.js';

/** A name score and the features that made it. */
export interface NameScore {
  score: number;
  why: string[];
}

/** Hints that raise the score when the text agrees with them. */
export interface NameHints {
  /** Given and family names written elsewhere (front matter `first_name`, `last_name`). */
  parts?: readonly string[];
  /** The CV's email address: a name word in its local part counts. */
  email?: string;
}

/** A text at or above this score reads as a person's name. */
export const NAME_THRESHOLD = 3;

/** Lower-case particles of surnames ("von", "de la"), allowed between capitalised words. */
const PARTICLES = new Set(['von', 'van', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'do', 'y', 'e', 'i', 'zu', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'af', 'av']);

/**
 * Scores `text` as a person's name, feature by feature (each feature adds or takes points and says so in
 * `why`):
 * - a document title or section heading of any lexicon ("CV", "Resume", "Experience"): −10; holds a
 *   document-title word ("Resume - Jane Doe"): −6; holds a spaced dash or bar: −3;
 * - holds a section phrase of two words or more ("Industrial Work Experience"): −6;
 * - a job-title word of any lexicon ("engineer", "manager"): −4;
 * - digits, `@`, `/`, `:`, `|`, brackets, a URL: −5;
 * - two to four words: +3 (five: +1; one word: −2, unless it is 2–4 Han or Hangul characters: +4; six or more: −4);
 * - every word capitalised (particles such as "von", "de" allowed): +2; some words in lower case: −3
 *   (scripts without case, such as Greek capitals aside, Hebrew, Arabic, Thai or Han, score 0 here);
 * - agrees with the given/family names: +4; a word of it appears in the email's local part: +2.
 * A score of {@link NAME_THRESHOLD} or more reads as a name.
 * @param text - the candidate (plain text, entities decoded)
 * @param lexicons - lexicons whose document titles, section words and job titles count against it
 * @param hints - other evidence (names, email)
 */
export function scorePersonName(text: string, lexicons: readonly Lexicon[], hints: NameHints = {}): NameScore {
  const why: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    why.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || t.length > 80) return { score: -10, why: ['-10 empty or longer than 80 characters'] };
  const lower = t.toLowerCase();
  const folded = fold(t);
  // a word no registered lexicon knows is in none of `lexicons` (when they are all registered ones): no lookup in each
  const pooled = lexicons.every((l) => ALL_LEXICON_WORDS.lexicons.has(l));
  let indexes: LexiconIndex[] | undefined;
  const each = (): LexiconIndex[] => (indexes ??= lexicons.map(indexLexicon));
  const kindOf = (w: string): string | undefined => {
    if (pooled && !ALL_LEXICON_WORDS.sections.has(w)) return undefined;
    for (const ix of each()) {
      const k = ix.sections.get(w);
      if (k) return k;
    }
    return undefined;
  };
  const whole = kindOf(folded) ?? kindOf(lower);
  if (whole === 'doctitle') add(-10, 'is a document title');
  else if (whole) add(-10, 'is a section heading');
  const words = t.split(' ');
  const foldedWords = new Set([...folded.split(' '), ...lower.split(' ')]);
  let titleWord: string | undefined;
  for (const w of foldedWords) if (!titleWord && w.length < lower.length && kindOf(w) === 'doctitle') titleWord = w;
  const spacedTitleIn = (d: string): boolean => d.includes(' ') && d.length < lower.length && (folded.includes(d) || lower.includes(d));
  if (!titleWord && (!pooled || ALL_LEXICON_WORDS.spacedDocTitles.some(spacedTitleIn))) {
    for (const ix of each()) for (const d of ix.docTitles) if (!titleWord && spacedTitleIn(d)) titleWord = d;
  }
  if (titleWord) add(-6, `holds the document-title word "${titleWord}"`);
  // ("Industrial Work Experience": a section phrase of two words or more inside it)
  else if (!whole) {
    const fw = folded.split(' ');
    let phrase: string | undefined;
    for (let i = 0; i < fw.length && !phrase; i++) {
      for (let j = i + 2; j <= fw.length && j - i < fw.length && !phrase; j++) {
        const p = fw.slice(i, j).join(' ');
        if (kindOf(p)) phrase = p;
      }
    }
    if (phrase) add(-6, `holds the section phrase "${phrase}"`);
  }
  if ([' - ', ' – ', ' — ', ' | ', ' · '].some((sep) => t.includes(sep))) add(-3, 'holds a separator (a dash or a bar)');
  let job: string | undefined;
  for (const w of foldedWords) if (!job && (!pooled || ALL_LEXICON_WORDS.jobTitles.has(w)) && each().some((ix) => ix.jobTitles.has(w))) job = w;
  if (job) add(-4, `holds the job-title word "${job}"`);
  if (/[0-9@/:|()[\]{}<>]/.test(t) || t.includes('www.')) add(-5, 'holds digits, @, / or brackets');
  const han = /^[\u3400-\u9fff\uf900-\ufaff]{2,4}$/u.test(t) || /^[\uac00-\ud7a3]{2,4}$/u.test(t);
  if (han) add(4, 'is 2–4 Han or Hangul characters');
  else if (words.length >= 2 && words.length <= 4) add(3, `is ${words.length} words`);
  else if (words.length === 5) add(1, 'is 5 words');
  else if (words.length === 1) add(-2, 'is one word');
  else add(-4, `is ${words.length} words`);
  const cased = words.filter((w) => w.toLowerCase() !== w.toUpperCase());
  if (cased.length > 0) {
    const small = cased.filter((w) => w[0] === w[0]!.toLowerCase() && !PARTICLES.has(w));
    if (small.length === 0) add(2, 'every word capitalised');
    else add(-3, `lower-case words ("${small[0]}")`);
  }
  const parts = (hints.parts ?? []).map(fold).filter((p) => p !== '');
  if (parts.length > 0 && parts.every((p) => folded.includes(p))) add(4, 'agrees with the given and family names');
  const local = hints.email ? fold(hints.email.split('@')[0] ?? '') : '';
  if (local && [...foldedWords].some((w) => w.length >= 3 && local.includes(w))) add(2, 'a word of it is in the email address');
  return { score, why };
}

/** Lower case without Latin, Greek and Cyrillic accents (so "Rèsumè" meets "resume"), single spaces. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
