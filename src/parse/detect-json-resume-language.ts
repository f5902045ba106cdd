// Guesses the language a JSON Resume is written in from its prose, for the files that do not say it in `meta.lang`.
import { LEXICONS } from '../model/lexicon/lexicons.js';
import type { Resume } from '../model/types.js';
import { collectJsonResumeProse } from './collect-json-resume-prose.js';
import { detectTextLanguage } from './detect-text-language.js';

/**
 * Votes a language must get from the prose's words (about one per frequent word of it: "de", "la", "en", "con") for
 * the guess to count: a label and a short summary give fewer, and the renderer's own default, English, stays.
 */
const MIN_VOTES = 6;

/** True when `value` is a non-blank string: a language the file names itself. */
const isSet = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * The language a JSON Resume's prose is written in (`collectJsonResumeProse`: labels, summaries, highlights,
 * degrees…), when that is a Latin-script language other than English that its words clearly vote for (see
 * `detectTextLanguage`); undefined when the file names its language (`meta.lang`, which the options read, or
 * `meta.language`), when its prose is English, too short to tell, or in a script that tells its language by itself
 * (Hangul, Han, Cyrillic…: `resolveLang` reads the script).
 * @param resume - the normalized résumé
 * @returns a lower-case BCP 47 tag (`es`, `pt`, `pl`), or undefined
 */
export function detectJsonResumeLanguage(resume: Resume): string | undefined {
  if (isSet(resume.meta?.lang) || isSet(resume.meta?.language)) return undefined;
  const prose = collectJsonResumeProse(resume);
  const lang = detectTextLanguage(prose.map((plain) => ({ plain })), { minVotes: MIN_VOTES });
  if (!lang || lang === 'en' || !LEXICONS[lang]?.scripts.includes('Latn')) return undefined;
  return lang;
}
