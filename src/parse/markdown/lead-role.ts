// Finds a role written at the start of an entry's text ("*Investigador*. Como miembro…", "**Role,** description").
import type { Line, ParseState } from './parse-types.js';
import { trimChars } from './trim-chars.js';
import { wordClasses } from './score-segment.js';
import { firstSentenceRanges } from './first-sentence-ranges.js';

/** Most words of an emphasised lead read as a role whole. */
const MAX_WORDS = 8;

/** Most words of a job title cut from a longer lead at its first comma. */
const MAX_ROLE_WORDS = 4;

/** A job title of at most {@link MAX_ROLE_WORDS} words, cut from a longer lead. */
const jobTitleOnly = (state: ParseState, role: string): boolean => role.split(' ').length <= MAX_ROLE_WORDS && wordClasses(role, state).has('jobTitle');

/** The emphasised words that open the first body line, when they are short enough to be a role (or the job title they open with). */
export function leadRole(state: ParseState, body: readonly Line[], head: readonly Line[] = []): { text: string; line: Line } | undefined {
  const first = body.find((l) => l.plain);
  // (a caption, "#### 担当業務" over each job's list, names the list, not the role)
  if (!first || first.kind === 'item' || first.caption) return undefined;
  const lead = first.italicParts[0] ?? first.boldParts[0];
  if (!lead) return plainLeadRole(state, first) ?? brokenLeadRole(state, first, head);
  if (!first.plain.startsWith(lead)) return undefined;
  const text = trimChars(lead, ' .,:;');
  if (!text) return undefined;
  if (text.split(/\s+/).length <= MAX_WORDS) return { text, line: first };
  // "*Contador, responsável pelo Serviço de Contabilidade do Executivo …*": a longer lead opens with a job title before its first comma
  const comma = text.indexOf(', ');
  const role = comma > 0 ? text.slice(0, comma) : '';
  return role && jobTitleOnly(state, role) ? { text: role, line: first } : undefined;
}

/**
 * "Research Scientist, Customer Operations Department, July 2022 to present. …": a paragraph with no emphasis whose
 * first sentence gives the dates opens with the role, a job title of a few words before its first comma.
 */
function plainLeadRole(state: ParseState, first: Line): { text: string; line: Line } | undefined {
  const comma = first.plain.indexOf(', ');
  if (first.kind !== 'text' || comma <= 0) return undefined;
  const { end, ranges } = firstSentenceRanges(state, first);
  if (end <= comma) return undefined;
  const role = first.plain.slice(0, comma);
  if (!jobTitleOnly(state, role)) return undefined;
  return ranges.some((d) => d.index > comma) ? { text: role, line: first } : undefined;
}

/**
 * "<strong>De Nederlandsche Bank</strong>, Amsterdam<br>" / "Research analyst in Monetary Policy Research.": the text's first
 * line, in the paragraph of the head's last line (after its line break), opens with the role: a job title of a few words
 * before its first comma or "in". So does a short first line of its own that is no sentence ("باحث، تحت إشراف: …").
 */
function brokenLeadRole(state: ParseState, first: Line, head: readonly Line[]): { text: string; line: Line } | undefined {
  const last = head[head.length - 1];
  if (first.kind !== 'text' || !last || (last.block !== first.block && (first.plain.split(/\s+/u).length > MAX_WORDS * 2 || /[.!?。]$/u.test(first.plain)))) return undefined;
  const cut = /[,،，]\s?|\sin\s|\.$/u.exec(first.plain);
  const role = cut ? first.plain.slice(0, cut.index) : '';
  if (!role || /^\p{Ll}/u.test(role) || /\d/.test(role)) return undefined;
  return jobTitleOnly(state, role) ? { text: role, line: first } : undefined;
}
