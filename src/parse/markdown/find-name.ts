// Finds the person's name: every candidate (front matter, labelled fields, headings, first lines, image text) scored on features; the best wins.
import { indexLexicon } from './index-lexicon.js';
import { isLanguageName } from './read-languages.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { collapseSpaces } from './collapse-spaces.js';
import { foldWord } from './fold-word.js';
import { stripAccents } from './strip-accents.js';
import type { Line, ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';
import { trimChars } from './trim-chars.js';

/** A possible name with its score and why. */
export interface NameCandidate {
  text: string;
  score: number;
  why: string[];
  line?: Line;
  /** What cleaning took off the written name: "Dr.", "PhD", "(Janie)". */
  parts?: NameParts;
  /** A document title written on the name's line ("CV", "Resume of"). */
  docTitle?: string;
}

/** The parts of a written name around the name itself (schema.org Person's property names). */
export interface NameParts {
  honorificPrefix?: string;
  honorificSuffix?: string;
  alternateName?: string;
}

/** A name in Han, kana or Hangul (its characters maybe spaced out), then the same name in capitalised Latin words, maybe after a bar. */
const NATIVE_THEN_LATIN = /^([\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,6}(?: [\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{1,4})?|(?:[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af] ){1,5}[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af])(?: *(\|) *| +)(\p{Lu}\p{Ll}+,?(?:[ -]\p{Lu}\p{Ll}+){1,2})$/u;
/** What an image's text says before the name of the person it shows. */
const PICTURE_OF = /^(?:an?\s+)?(?:(?:portrait|photo|photograph|picture|image|headshot|avatar)\s+(?:of|de|di)|(?:foto|bild|portr[äa]t)\s+von|(?:foto|retrato|ritratto)\s+(?:de|di))\s+/iu;
const HONORIFICS = /^(?:(?:ing|bc|mgr|dr|sc|prof|doc|judr|mudr|phdr|rndr|dipl\.?-ing|dipl|mag|lic|mr|mrs|ms|miss|sir)\.?\s+)+/iu;
/** A degree or generation suffix: the last word of a name, after white space and maybe a comma. */
const SUFFIX = /^(?:ph\.?d\.?|m\.?sc\.?|b\.?sc\.?|mba|csc\.?|dis\.?)$/iu;
/** A generation written after a name ("Jr.", "III", ", IV"): part of the name itself. */
const GENERATION = /^(?:jr\.?|sr\.?|ii|iii|iv)$/iu;
const SPACE = /\s/;

/** `t` less its last word when `word` matches it, with the white space and comma before it (what `/,?\s+(?:words)$/iu` removed), by scanning. */
function cutLastWord(t: string, word: RegExp): string {
  let at = t.length;
  while (at > 0 && !SPACE.test(t[at - 1]!)) at--;
  if (at === 0 || !word.test(t.slice(at))) return t;
  let start = at;
  while (start > 0 && SPACE.test(t[start - 1]!)) start--;
  if (start > 0 && t[start - 1] === ',') start--;
  return t.slice(0, start);
}
/** `t` less a degree suffix ("Jane Doe, PhD" → "Jane Doe"). */
const cutSuffix = (t: string): string => cutLastWord(t, SUFFIX);
/** `t` less a generation word at its end ("Weiskopf, IV" → "Weiskopf"). */
const cutGeneration = (t: string): string => cutLastWord(t, GENERATION);
const PARTICLES = new Set(['von', 'van', 'de', 'da', 'der', 'den', 'del', 'della', 'la', 'le', 'di', 'du', 'dos', 'das', 'do', 'y', 'e', 'i', 'zu', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'ten']);
const SYMBOLS = /[\p{Extended_Pictographic}\p{So}\ufe0f\u200d]/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** Quotation marks that may wrap a nickname, each with its closing mark. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['„', '“'], ["'", "'"], ['‘', '’'], ['«', '»']]);

/** The text less one quoted word or two between spaces inside it ('Jonathan "Joni" Hendrickson' → "Jonathan Hendrickson"), found by a scan. */
function withoutQuotedNickname(text: string): string {
  for (let i = 1; i < text.length; i++) {
    const close = NICKNAME_QUOTES.get(text[i]!);
    if (close === undefined || text[i - 1] !== ' ') continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end - i > 24 || text[end + 1] !== ' ') return text;
    return `${text.slice(0, i - 1)}${text.slice(end + 1)}`;
  }
  return text;
}

/** Cleans a candidate: symbols, honorifics, a trailing parenthesis or nickname, "'s résumé". */
export function cleanName(text: string): string {
  return splitName(text).name;
}

/** A candidate cleaned, with what cleaning took off ("Dr.", ", PhD", "(Janie)") kept apart: nothing the CV says is lost. */
export function splitName(text: string): { name: string; parts: NameParts; bothScripts?: string } {
  const parts: NameParts = {};
  // SYMBOLS matches no ASCII character: an ASCII text skips it
  let t = collapseSpaces(NON_ASCII.test(text) ? text.replace(SYMBOLS, ' ') : text).trim();
  // "Portrait of Marco Betschart": an image's caption names whom it shows
  t = t.slice(PICTURE_OF.exec(t)?.[0].length ?? 0);
  const prefix = HONORIFICS.exec(t)?.[0] ?? '';
  t = t.slice(prefix.length);
  // where the first bracket's white space starts (as t.search(/\s*[(（]/))
  let paren = t.search(/[(（]/);
  while (paren > 0 && SPACE.test(t[paren - 1]!)) paren--;
  if (paren > 0) {
    const aside = trimChars(t.slice(paren), ' ()（）');
    if (aside) parts.alternateName = aside;
    t = t.slice(0, paren);
  }
  // "Kensuke Abe/安部健介", "安部健介 / Kensuke Abe": a name in Latin letters and in its own script, parted by a slash
  const slashed = /^([^/]+)\/([^/]+)$/u.exec(t.trim());
  let bothScripts: string | undefined;
  if (slashed && !parts.alternateName) {
    const [a, b] = [slashed[1]!.trim(), slashed[2]!.trim()];
    const latinA = /^[\p{Script=Latin}\s.'’-]+$/u.test(a);
    const latinB = /^[\p{Script=Latin}\s.'’-]+$/u.test(b);
    if (latinA !== latinB && /^[\p{L}\s.'’-]+$/u.test(a) && /^[\p{L}\s.'’-]+$/u.test(b)) {
      bothScripts = t.trim();
      parts.alternateName = latinA ? a : b;
      t = latinA ? b : a;
    }
  }
  // "지정민 Ji Jungmin", "山田太郎 Taro Yamada": a name in its own script, then in Latin letters
  // ("李 华 乾 | Andy Lee": parted by a bar, the name in its own script is the name, the other its other form)
  const romanised = NATIVE_THEN_LATIN.exec(t.trim());
  if (romanised && !parts.alternateName) {
    if (!romanised[2]) bothScripts = t.trim();
    parts.alternateName = romanised[3]!;
    t = romanised[1]!;
  }
  // ("William H. Weiskopf, IV", "John Smith Jr.": a generation stays with the name)
  const base = cutGeneration(t.trimEnd());
  const generation = t.trimEnd().slice(base.length);
  const cut = withoutDegreeTail(cutSuffix(base));
  const suffix = trimChars(base.slice(cut.length), ' ,');
  t = cut;
  if (prefix.trim()) parts.honorificPrefix = prefix.trim();
  if (suffix) parts.honorificSuffix = suffix;
  // "% Aşkın Özgür": the title line of a pandoc title block
  const name = trimChars(t, ' ,;:.-–—|*_"\'“”%') + (generation && !suffix ? generation : '');
  return bothScripts ? { name, parts, bothScripts } : { name, parts };
}

/** "Ville Salonen, FM" → "Ville Salonen": a comma and an abbreviated degree (two capitals or a dot: FM, DI, MSc, M.A.) end no name. */
function withoutDegreeTail(t: string): string {
  const comma = t.lastIndexOf(',');
  if (comma < 0) return t;
  const tail = t.slice(comma + 1).trim();
  const caps = tail.replace(/[^\p{Lu}]/gu, '').length;
  // ", dr. med.", ", Dr. med. dent.": a run of short abbreviations
  const abbreviations = tail.length <= 16 && tail.split(' ').every((w) => w.length <= 6 && w.endsWith('.') && /^\p{L}+\.$/u.test(w));
  return abbreviations || (tail.length <= 6 && /^\p{Lu}[\p{L}.]*$/u.test(tail) && (caps >= 2 || tail.includes('.'))) ? t.slice(0, comma) : t;
}

/** Whether each word of a Latin-, Cyrillic- or Greek-script text is capitalised (or a particle or an initial). */
function capitalisedWords(words: readonly string[]): boolean {
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’\-.]*$/u.test(w) || /^\p{Lu}\.$/u.test(w));
}

/** Whether a text has the shape of a person's name in its script. */
export function nameShape(raw: string): boolean {
  const text = cutGeneration(raw);
  // "BALOGUN, Adebisi Samuel": a family name in capitals, a comma, then the given names
  const inverted = /^(\p{Lu}[\p{Lu}'’-]+), (\p{Lu}.*)$/u.exec(text);
  if (inverted && !inverted[2]!.includes(',')) return nameShape(`${inverted[2]} ${inverted[1]}`);
  if (text.length < 2 || text.length > 50 || /[\p{Nd}@:/\\|#=<>{}[\]]/u.test(text)) return false;
  const words = text.split(' ');
  if (/^[\u3400-\u9fff\u3040-\u30ff]+(?: [\u3400-\u9fff\u3040-\u30ff]+)?$/u.test(text)) return text.replace(' ', '').length >= 2 && text.replace(' ', '').length <= 6;
  // ("李 华 乾", "정 영 균": each character spaced out)
  if (/^(?:[\u3400-\u9fff] ){1,4}[\u3400-\u9fff]$/u.test(text) || /^(?:[\uac00-\ud7af] ){1,4}[\uac00-\ud7af]$/u.test(text)) return true;
  if (/^[\uac00-\ud7af]+(?: [\uac00-\ud7af]+)?$/u.test(text)) return text.replace(' ', '').length >= 2 && text.replace(' ', '').length <= 5;
  if (/^[\u0e00-\u0e7f]+(?: [\u0e00-\u0e7f]+){0,2}$/u.test(text)) return words.length >= 2;
  if (/^[\u0590-\u05ff\u0600-\u06ff'"״׳-]+(?: [\u0590-\u05ff\u0600-\u06ff'"״׳-]+){1,3}$/u.test(text)) return true;
  if (words.length < 2 || words.length > 5) return false;
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'’.\- ]+$/u.test(text) && capitalisedWords(words);
}

/** The text without a leading document title ("Özgeçmiş Atilla Özgür", "CV Jane Doe", "Resume of Jane Doe"), and that title. */
function withoutDocTitle(text: string, state: ParseState): { text: string; title?: string } {
  // where each of the first five words ends (as `text.split(' ')` would cut them; a long line is not split whole)
  const ends: number[] = [];
  for (let at = text.indexOf(' '); at >= 0 && ends.length < 5; at = text.indexOf(' ', at + 1)) ends.push(at);
  const count = ends.length + 1;
  for (let n = Math.min(3, count - 2); n >= 1; n--) {
    const head = text.slice(0, ends[n - 1]);
    if (classifyHeadingIn(state, head)?.kind === 'doctitle') {
      const next = text.slice(ends[n - 1]! + 1, ends[n] ?? text.length);
      const joined = /^(?:of|for|de|von|di|du|des|van)$/i.test(next);
      const title = joined ? `${head} ${next}` : head;
      return { text: joined ? text.slice((ends[n] ?? text.length) + 1) : text.slice(ends[n - 1]! + 1), title };
    }
  }
  return withoutTitleSuffix(text, state);
}

/** Where a subtitle starts: a colon, or a spaced dash or bar. */
const SUBTITLE = /:\s|\s[-–—|]\s/;

/** "Andrew Zurn's Personal" (before "Resume") → "Andrew Zurn's": one or two words after a possessive describe the title, not the person. */
function withoutPossessiveWords(owner: string): string {
  for (const mark of ["'s ", '’s ']) {
    const at = owner.lastIndexOf(mark);
    if (at <= 0) continue;
    const rest = owner.slice(at + mark.length).split(' ');
    if (rest.length <= 2 && rest.every((w) => /^\p{L}+$/u.test(w))) return owner.slice(0, at + mark.length - 1);
  }
  return owner;
}

/** "和树香的简历", "Jane Doe CV" → the name: a document title at the end (after a space, or joined in CJK script) is no part of it. */
function withoutTitleSuffix(text: string, state: ParseState): { text: string; title?: string } {
  // ("Alexander Robertson-Jones CV: Extended Edition": so is a subtitle after the title, behind a colon or a spaced dash)
  const sub = SUBTITLE.exec(text);
  if (sub && sub.index > 0) {
    const owner = withoutTitleSuffix(text.slice(0, sub.index), state);
    if (owner.title) return { text: owner.text, title: owner.title + text.slice(sub.index) };
  }
  const lower = text.toLowerCase();
  for (const lex of state.lexicons.slice(0, 2)) {
    for (const t of indexLexicon(lex).docTitles) {
      if (lower.length <= t.length || !lower.endsWith(t)) continue;
      const before = text.slice(0, text.length - t.length);
      if (!/\s$/.test(before) && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]$/u.test(before)) continue;
      // a text that is a document title as a whole keeps it (classified only here: most texts end with none)
      const whole = classifyHeadingIn(state, text);
      if (whole?.kind === 'doctitle' && whole.how === 'exact') return { text };
      // ("Ricardo Carreira da Silva's CV": the possessive goes with the title)
      const owner = withoutPossessiveWords(trimChars(before, ' ,;:.-–—|'));
      const name = owner.replace(/(?<=\p{L})['’]s$|(?<=\p{L}s)['’]$/u, '');
      return { text: name, title: text.slice(text.indexOf(owner) + name.length).trim() };
    }
  }
  return { text };
}

/** Candidate texts longer than this are no name, whatever cleaning would take off. */
const MAX_CANDIDATE = 500;

/**
 * The most spaces a cleaned candidate may have and still give a name from its front: {@link nameShape} takes
 * five words at most (four spaces), and {@link withoutDocTitle} takes at most four words off the front (a title
 * of three words and "of"). Cleaned text has single spaces only.
 */
const MAX_SPACES = 8;

/** Whether `text` has more than `max` spaces. */
function moreSpaces(text: string, max: number): boolean {
  let n = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++n > max) return true;
  return false;
}

/** Whether `text` ends with a document title of the CV's first two languages (what {@link withoutTitleSuffix} may take off). */
function endsWithDocTitle(text: string, state: ParseState): boolean {
  const lower = text.toLowerCase();
  return state.lexicons.slice(0, 2).some((lex) => indexLexicon(lex).docTitles.some((t) => lower.endsWith(t)));
}

/**
 * Whether a cleaned candidate cannot give a name whatever document title it holds: too many words even with a
 * title taken off its front, and no title at its end (checked before the titles are looked for, which costs more).
 */
function tooManyWords(name: string, state: ParseState): boolean {
  return moreSpaces(name, MAX_SPACES) && !endsWithDocTitle(name, state);
}

/** Two to four Han characters or Hangul syllables, nothing else: how Chinese and Korean names are written. */
const HAN_OR_HANGUL_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})$/u;

/** "史林", "김민수": a name-length run of Han or Hangul that opens with a family name of the CV's languages (lexicons' `surnames`). */
function startsWithSurname(text: string, state: ParseState): boolean {
  if (!HAN_OR_HANGUL_NAME.test(text)) return false;
  return state.lexicons.some((lex) => lex.surnames?.some((s) => text.startsWith(s) && text.length > s.length) ?? false);
}

/** Words that label a contact link or badge, in the form written on them. */
const CONTACT_WORDS: ReadonlySet<string> = new Set(['email', 'e-mail', 'mail', 'linkedin', 'github', 'gitlab', 'website', 'web', 'twitter', 'x', 'phone', 'telegram', 'blog', 'portfolio', 'homepage', 'resume', 'cv', 'instagram', 'facebook', 'youtube', 'medium', 'orcid', 'kaggle', 'stackoverflow', 'discord', 'whatsapp', 'skype', 'mastodon', 'contact']);

/** Every word of the text is a contact link's label ("Email LinkedIn Website"). */
function contactWordsOnly(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|·•,/]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => CONTACT_WORDS.has(w));
}

/** Words that name a kind of image file or picture, not a person ("Typing SVG", "Profile Banner"). */
const IMAGE_WORDS: ReadonlySet<string> = new Set(['svg', 'png', 'gif', 'jpg', 'jpeg', 'webp', 'logo', 'banner', 'badge', 'icon', 'avatar', 'screenshot']);

/** Some word of the text names a kind of image. */
function imageWords(text: string): boolean {
  return text.toLowerCase().split(/[\s_.-]+/).some((w) => IMAGE_WORDS.has(w));
}

/** Scores a candidate's text; returns undefined when it cannot be a name. */
export function scoreName(state: ParseState, raw: string, base: number, why: string[], line?: Line): NameCandidate | undefined {
  // a name is at most 50 characters once cleaned: a text ten times longer holds none (and costs time to clean)
  if (raw.length > MAX_CANDIDATE) return undefined;
  const split = splitName(raw);
  if (tooManyWords(split.name, state)) return undefined;
  const { text, title } = withoutDocTitle(split.name, state);
  // (a nickname in quotes inside it is as written, but no word of the name's shape: 'Jonathan "Joni" Hendrickson')
  if (!nameShape(withoutQuotedNickname(text))) return undefined;
  let score = base;
  const reasons = [...why, 'has the shape of a name'];
  const cls = wordClasses(text, state);
  if (cls.has('jobTitle') || namesOrganisationBesideParticles(text, cls.get('organisation')) || cls.has('institution') || cls.has('degree')) {
    score -= 4;
    reasons.push('contains a job-title or organisation word');
  }
  if (classifyHeadingIn(state, text)) {
    score -= 6;
    reasons.push('is a section heading');
  }
  // "Email LinkedIn Website": the alt texts of a row of contact badges
  if (contactWordsOnly(text)) return undefined;
  // "Typing SVG", "Header GIF": an image's text that names its kind of file or picture
  if (imageWords(text)) return undefined;
  // "[简体中文](./resume-zh.md) | [English](./resume-en.md)": a link to the CV in another language
  if (isLanguageName(text)) {
    score -= 6;
    reasons.push("is a language's name");
  }
  if (startsWithSurname(text, state)) {
    score += 2;
    reasons.push('one run of Han or Hangul that opens with a common family name');
  }
  const email = state.resume.basics?.email ?? '';
  const local = stripAccents(foldWord(email.split('@')[0] ?? ''));
  // (the name's words are folded only when there is an email to find them in)
  // (or the name's other form: "李 华 乾 | Andy Lee" and "huaqianlee@…")
  const tokens = local ? stripAccents(foldWord(`${text} ${split.parts.alternateName ?? ''}`)).split(/[\s.-]+/).filter((t) => t.length >= 3) : [];
  if (local && tokens.some((t) => local.includes(t))) {
    score += 3;
    reasons.push(`matches the email address "${email}"`);
  }
  if (line) score -= Math.min(3, state.lines.indexOf(line) * 0.05);
  // ("이세형 Sehyeong Lee", "Kensuke Abe/安部健介": a name written in two scripts is scored in its own script and kept as written)
  if (split.bothScripts && !title) {
    delete split.parts.alternateName;
    reasons.push('written in two scripts');
  }
  const parts = Object.keys(split.parts).length ? { parts: split.parts } : {};
  return { text: split.bothScripts && !title ? split.bothScripts : text, score, why: reasons, ...(line ? { line } : {}), ...parts, ...(title ? { docTitle: title } : {}) };
}

/**
 * Whether the organisation words found in a name's text are more than its surname particles written in lower case ("Ana da
 * Souza": "da" is a legal form, "DA", in some lexicon).
 */
function namesOrganisationBesideParticles(text: string, words: readonly string[] | undefined): boolean {
  if (!words) return false;
  const particles = new Set(text.split(' ').filter((w) => PARTICLES.has(w)));
  return words.some((w) => !particles.has(w));
}

/** Splits a front-matter title like "Resume - Jane Doe" or "Jane Doe, engineer" into the parts that may be a name. */
export function titleParts(title: string): string[] {
  // one white-space character before a dash or &mdash; is enough: the parts are trimmed
  return title.split(/\s[-–—|:]\s+|,\s+|\s&mdash;\s+|&mdash;|—/).map((p) => p.trim()).filter(Boolean);
}

/** Picks the best candidate, if any scores above zero. */
export function bestName(cands: readonly NameCandidate[]): NameCandidate | undefined {
  let best: NameCandidate | undefined;
  for (const c of cands) if (c.score > 0 && (!best || c.score > best.score)) best = c;
  return best;
}
