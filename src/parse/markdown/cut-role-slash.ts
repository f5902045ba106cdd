// Cuts "Role / Organisation" at its one slash with a space beside it, where one side names a job and the other names none.
import type { ParseState } from './parse-types.js';
import { wordClasses } from './score-segment.js';

/** Where the text's one slash is, when it has a space on at least one side, is outside brackets and the text has no comma; else -1. */
function slashAt(text: string): number {
  const at = text.indexOf('/');
  // (a comma parts the text further: "Web Performance / Marketing Engineer, [Styria]" is a role, then its organisation)
  if (at <= 0 || text.indexOf('/', at + 1) >= 0 || text.includes(',')) return -1;
  if (text[at - 1] !== ' ' && text[at + 1] !== ' ') return -1;
  const before = text.slice(0, at);
  return before.split('(').length === before.split(')').length ? at : -1;
}

/**
 * "Sr. Mgr. Applied Research / Thomson Reuters Labs", "Principal Analyst/ Capital One": a head of one part whose one
 * spaced slash has a job title on one side and, on the other, a capitalised name naming no job (see {@link nameLike}) is two parts, the role and
 * where it was held (in either order). Slashes between two roles ("Manager / Responsable Técnico"), two names
 * ("Stanford / Wharton") or two words of one field ("CI/CD") leave the text whole (one piece).
 */
export function cutRoleSlash(text: string, state: ParseState): Array<{ text: string; sep: string }> {
  const at = slashAt(text);
  if (at < 0) return [{ text, sep: '' }];
  const left = text.slice(0, at).trim();
  const right = text.slice(at + 1).trim();
  if (!/^[\p{Lu}\p{N}]/u.test(left) || !/^[\p{Lu}\p{N}]/u.test(right)) return [{ text, sep: '' }];
  const leftRole = wordClasses(left, state).has('jobTitle');
  const rightRole = wordClasses(right, state).has('jobTitle');
  if (leftRole === rightRole || !nameLike(state, leftRole ? right : left)) return [{ text, sep: '' }];
  return [{ text: left, sep: '' }, { text: right, sep: '/' }];
}

/**
 * Whether the side naming no job reads as an organisation's name: a word the lexicons know as one ("Thomson Reuters
 * Labs", "Capital One"), one word, a bracket after it aside ("Optum", "Kensho (S&P Global)", "Balto.ai"), or capitalised
 * words only ("S&P Global"); not a phrase in small letters ("Web Developer / data and platform").
 */
function nameLike(state: ParseState, side: string): boolean {
  // (a bracket closing the side aside, cut by a scan: no pattern backtracks over its spaces)
  const open = side.endsWith(')') ? side.lastIndexOf('(') : -1;
  const bare = open > 0 && side.indexOf(')') === side.length - 1 ? side.slice(0, open).trimEnd() : side;
  return wordClasses(side, state).has('organisation') || !bare.includes(' ') || bare.split(' ').every((w) => /^[\p{Lu}\p{N}&]/u.test(w));
}
