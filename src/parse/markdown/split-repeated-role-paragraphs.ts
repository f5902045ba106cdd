// Splits an entry under an organisation heading whose body holds another role paragraph shaped like its head ("Role" / "09/2020 a 11/2024" / "City") into one entry per role, the heading their group.
import { countWords } from './count-words.js';
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';
import type { Segmented } from './segment-entries.js';
import { splitEachEntry } from './split-each-entry.js';

/** A role line is at most this many words. */
const MAX_ROLE_WORDS = 12;

/**
 * Whether `lines[i]` opens a role paragraph: a top-level text line of a new block, short, undated, no sentence,
 * followed in its own block by a line that is a date alone, then at most one more line (a place).
 */
function rolePara(state: ParseState, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const date = lines[i + 1];
  if (!l || l.kind !== 'text' || l.depth > 0 || lines[i - 1]?.block === l.block || !date || date.block !== l.block) return false;
  if (countWords(l.plain) > MAX_ROLE_WORDS || /[.!?。:：]$/.test(l.plain) || lineDates(state, l).length > 0) return false;
  if (!dateOnly(state, date)) return false;
  const rest = lines.slice(i + 2).filter((x) => x.block === l.block);
  return rest.length <= 1 && rest.every((x) => countWords(x.plain) <= 6 && lineDates(state, x).length === 0);
}

/** The entries `e` makes, or undefined when its head is not heading + role paragraph or its body holds no other role paragraph. */
function roleEntries(state: ParseState, e: EntryBlock): EntryBlock[] | undefined {
  const [heading, ...rest] = e.head;
  if (!heading || heading.kind !== 'heading' || e.group.length > 0 || lineDates(state, heading).length > 0) return undefined;
  if (!rolePara(state, e.head, 1) || rest.some((x) => x.block !== rest[0]!.block)) return undefined;
  const out: EntryBlock[] = [{ group: [heading], head: rest, body: [] }];
  for (let i = 0; i < e.body.length; i++) {
    const l = e.body[i]!;
    if (rolePara(state, e.body, i)) {
      const head = e.body.slice(i).filter((x, k) => x.block === l.block && (k === 0 || e.body[i + k - 1]!.block === l.block));
      out.push({ group: [heading], head, body: [] });
      i += head.length - 1;
    } else out[out.length - 1]!.body.push(l);
  }
  return out.length > 1 ? out : undefined;
}

/**
 * Post-step of entry segmentation: an entry whose head is an undated heading (an organisation) over a paragraph of a
 * role, a date alone and perhaps a place, and whose body holds further paragraphs of that same shape, is one entry per
 * such paragraph, each with the text up to the next as its body and the heading as their group.
 * "### GEES S.A" / "Gerente de Sistemas" / "06/2024 ate o presente" / bullets / "Coordenador de Desenvolvimento" /
 * "09/2020 a 11/2024" / bullets is two roles at one company.
 */
export function splitRepeatedRoleParagraphs(state: ParseState, out: Segmented): void {
  splitEachEntry(out.entries, (e) => roleEntries(state, e));
}
