// Cuts a bracketed note on how a job was held off a head's text ("Mulhouse (poste actuel, temps partiel)", "Sausheim (Emploi, 12 mois)").
import { cutParenTail } from './cut-paren-tail.js';
import { durationOnly } from './duration-only.js';
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';
import { wordClasses } from './score-segment.js';
import type { ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';

/** Which lexicon kind a phrase is: a kind of employment ("temps partiel"), a "present" word ("poste actuel"), or neither. */
function kindOf(part: string): 'employment' | 'present' | undefined {
  const hits = LEXICON_INDEX.words.get(foldWord(part));
  return hits?.some((h) => h.value === 'present') ? 'present' : hits?.some((h) => h.value === 'employment') ? 'employment' : undefined;
}

/**
 * The text before a closing bracket and the bracket's text, when each comma-separated part inside is a kind of
 * employment, a "present" word or a duration ("(Emploi, 4 mois)", "(poste actuel, temps-plein)", "(Freelance, 3 ans)");
 * undefined otherwise. The note is no part of the organisation's name nor of the place. A note of kinds of employment
 * alone right after a job title ("Motion Content Editor (Contract)") is the role's own, and one on a line naming no job
 * is the role: both stay.
 */
export function cutBracketNote(text: string, state: ParseState): [string, string] | undefined {
  const t = trimChars(text, ' |·,;');
  // ("Nov 2023 - Mar 2024 (contract)" less its date: a note alone on its line)
  const alone = /^[(（][^()（）]{2,60}[)）]$/u.test(t) ? (['', t.slice(1, -1)] as [string, string]) : undefined;
  const paren = alone ?? cutParenTail(t, 2, 60);
  if (!paren) return undefined;
  const parts = paren[1].split(/[,;/]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  let dated = false;
  for (const p of parts) {
    const kind = kindOf(p);
    if (kind === undefined && !durationOnly(state, p)) return undefined;
    if (kind !== 'employment') dated = true;
  }
  const last = paren[0].split(/\s[-–—|]\s|,\s/u).pop() ?? paren[0];
  // (and one after a name where no other part names the job: "株式会社サンプルテック（業務委託）" is the role held there)
  return alone || dated || (!wordClasses(last, state).has('jobTitle') && wordClasses(paren[0], state).has('jobTitle')) ? paren : undefined;
}
