// Reads a document title ("Curriculum Vitae – Jane Doe", "Brent Miller, engineer, resume") into the person's name, a job label and the document title.
import { Parser } from 'htmlparser2';
import type { Lexicon } from '../../model/lexicon/lexicon-types.js';
import { ALL_LEXICON_WORDS } from './all-lexicon-words.js';
import { indexLexicon } from './index-lexicon.js';
import { NAME_THRESHOLD, scorePersonName, type NameHints } from './score-person-name.js';

/** What a title says: a name (when some part reads as one), a job label, the document-title words. */
export interface TitleReading {
  name?: string;
  label?: string;
  documentTitle?: string;
  why: string[];
}

/** Separators between the parts of a title: spaced dashes, bars, commas, colons, slashes, middle dots. */
const SEPARATORS = [' – ', ' — ', ' - ', ' | ', ' / ', ' · ', ' • ', ', ', ': ', '–', '—', '|'];

/**
 * Reads a title. The whole title is scored as a name ({@link scorePersonName}); failing that, it is split
 * at separators ("Resume - Emilio Mendoza", "Brent Miller, RoR engineer and agilist, resume") and at a
 * document-title phrase of any lexicon at its start or end ("Curriculum Vitae Jane Doe", "CV of Jane Doe";
 * for scripts written without spaces, also directly: "장동욱의 이력서" with "의 이력서" in the Korean
 * lexicon), and the best part scoring {@link NAME_THRESHOLD} or more is the name. Parts that are document
 * titles make `documentTitle`, a part with a job-title word makes `label`. With no name, the whole title is
 * the `documentTitle`. HTML entities (`&mdash;`) are decoded first.
 * @param title - the title as written
 * @param lexicons - lexicons whose document titles, section words and job titles count
 * @param hints - other evidence for the name (given/family names, email)
 */
export function readTitleName(title: string, lexicons: readonly Lexicon[], hints: NameHints = {}): TitleReading {
  const text = decodeHtml(title).replace(/\s+/g, ' ').trim();
  if (text === '') return { why: [] };
  const whole = scorePersonName(text, lexicons, hints);
  if (whole.score >= NAME_THRESHOLD) return { name: text, why: [`title "${text}": ${whole.why.join(', ')}`] };
  const parts = splitTitle(text, lexicons);
  let best: { part: string; score: number; why: string[] } | undefined;
  for (const part of parts) {
    const s = scorePersonName(part, lexicons, hints);
    if (s.score >= NAME_THRESHOLD && (!best || s.score > best.score)) best = { part, score: s.score, why: s.why };
  }
  if (!best) return { documentTitle: text, why: [`title "${text}" is not a name: ${whole.why.join(', ')}`] };
  const reading: TitleReading = { name: best.part, why: [`title part "${best.part}": ${best.why.join(', ')}`] };
  const rest = parts.filter((p) => p !== best.part);
  const doc = rest.filter((p) => isDocTitle(p, lexicons));
  const indexes = lexicons.map(indexLexicon);
  const label = rest.find((p) => !isDocTitle(p, lexicons) && p.toLowerCase().split(/[\s,]+/).some((w) => indexes.some((ix) => ix.jobTitles.has(w))));
  if (label) reading.label = label;
  // ("Jane Doe's CV - Dansk": a part that is neither stays with the document title, so no word of the title is lost)
  const others = rest.filter((p) => p !== label && !doc.includes(p));
  const docTitle = [doc.join(' '), ...others].filter(Boolean).join(' – ');
  if (docTitle) reading.documentTitle = docTitle;
  return reading;
}

/** Splits at separators, then peels a document-title phrase off the start or end of each part. */
function splitTitle(text: string, lexicons: readonly Lexicon[]): string[] {
  let parts = [text];
  for (const sep of SEPARATORS) parts = parts.flatMap((p) => p.split(sep));
  const out: string[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    const lower = p.toLowerCase();
    const t = isDocTitle(p, lexicons) ? undefined : firstDocTitle(lexicons, (d) => d.length < lower.length && (startsWithPhrase(lower, d) || endsWithPhrase(lower, d)));
    if (!t) {
      out.push(p);
      continue;
    }
    const atStart = startsWithPhrase(lower, t);
    let restPart = atStart ? p.slice(t.length).trim() : p.slice(0, p.length - t.length).trim();
    // "CV of Jane Doe", "Lebenslauf von …": a short lower-case word after the title phrase is a connector
    const first = restPart.split(' ')[0] ?? '';
    if (atStart && first.length <= 3 && first === first.toLowerCase() && first !== first.toUpperCase()) restPart = restPart.slice(first.length).trim();
    // "장동욱의 이력서": a connector of a lexicon before the title phrase ("의", "for") goes too
    if (!atStart) restPart = dropTrailingConnector(restPart, lexicons);
    out.push(atStart ? p.slice(0, t.length) : p.slice(p.length - t.length), restPart);
  }
  return out.filter((p) => p !== '');
}

/**
 * The first document title that passes `test`, of one lexicon's titles in their order, or of all the lexicons'
 * titles longest first (a tie in the lexicons' order, then in each one's): each lexicon's list is already longest
 * first, so the longest first match of each is compared, and nothing is merged or sorted.
 */
function firstDocTitle(lexicons: readonly Lexicon[], test: (d: string) => boolean): string | undefined {
  if (lexicons.length === 1) return indexLexicon(lexicons[0]!).docTitles.find(test);
  let best: string | undefined;
  for (const l of lexicons) {
    const d = indexLexicon(l).docTitles.find(test);
    if (d !== undefined && (best === undefined || d.length > best.length)) best = d;
  }
  return best;
}

/** The text without a connector word of any lexicon at its end (attached, in a script written without spaces). */
function dropTrailingConnector(text: string, lexicons: readonly Lexicon[]): string {
  for (const l of lexicons) {
    for (const c of l.connectors) {
      if (text.length <= c.length || !text.endsWith(c)) continue;
      if (text[text.length - c.length - 1] === ' ' || !isSpacedScript(c.charCodeAt(0))) return text.slice(0, -c.length).trim();
    }
  }
  return text;
}

/** `phrase` starts `text`, followed by a space (or directly, for a phrase in a script without spaces). */
function startsWithPhrase(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false;
  return text[phrase.length] === ' ' || !isSpacedScript(phrase.charCodeAt(phrase.length - 1));
}

/** `phrase` ends `text`, after a space (or directly, for a phrase in a script without spaces). */
function endsWithPhrase(text: string, phrase: string): boolean {
  if (!text.endsWith(phrase)) return false;
  return text[text.length - phrase.length - 1] === ' ' || !isSpacedScript(phrase.charCodeAt(0));
}

/** Letters of scripts that put spaces between words (Latin, Greek, Cyrillic, Hebrew, Arabic…) and ASCII. */
function isSpacedScript(c: number): boolean {
  return c < 0x0e00 || (c >= 0x1e00 && c < 0x2e80);
}

function isDocTitle(part: string, lexicons: readonly Lexicon[]): boolean {
  const lower = part.toLowerCase();
  const folded = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  // a text no registered lexicon has as a section word is no document title of them
  if (!ALL_LEXICON_WORDS.sections.has(lower) && !ALL_LEXICON_WORDS.sections.has(folded) && lexicons.every((l) => ALL_LEXICON_WORDS.lexicons.has(l))) return false;
  return lexicons.some((l) => {
    const ix = indexLexicon(l);
    return ix.sections.get(lower) === 'doctitle' || ix.sections.get(folded) === 'doctitle';
  });
}

/** Text with HTML entities decoded (and any tags dropped). */
function decodeHtml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('<') < 0) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.write(s);
  parser.end();
  return out;
}
