// Reads a region cut by thematic breaks ("---") into blocks that each hold one date alone on its line as one entry a block.
import { countWords } from './count-words.js';
import { dateOnly } from './date-only.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';

/** Most words of a head line that is neither bold nor opens with a link. */
const PLAIN_HEAD_WORDS = 4;
/** Most words of any head line. */
const HEAD_WORDS = 8;

/** Whether a line of a block names a field of its entry: short, no sentence, no label, and bold, opening in bold or with a link, or a few words opening with a capital. */
function headLine(l: Line): boolean {
  if (l.kind !== 'text' || !l.plain || /[.!?。:：]$/u.test(l.plain)) return false;
  const n = countWords(l.plain);
  if (n > HEAD_WORDS) return false;
  const linkFirst = l.links.some((k) => k.text && l.plain.startsWith(k.text));
  // ("**Tech Leader** Voltalis : Paris": opening in bold; a few plain words open with a capital, no list mark: "* Backend" is a point)
  const boldFirst = l.boldParts[0] !== undefined && l.plain.startsWith(l.boldParts[0]);
  return l.bold || boldFirst || linkFirst || (n <= PLAIN_HEAD_WORDS && /^[\p{Lu}\p{Lo}\p{N}]/u.test(l.plain));
}

/** The lines between the region's rules, rules left out (empty blocks dropped). */
function blocksBetweenRules(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [[]];
  for (const l of lines) {
    if (l.kind === 'rule') blocks.push([]);
    else blocks[blocks.length - 1]!.push(l);
  }
  return blocks.filter((b) => b.length > 0);
}

/**
 * "_December 2024 — Currently_" / (logo) / "[NuConstruct](…), Remote, UK" / "NuConstruct is leading …" /
 * "**Lead Blockchain Engineer (Ethereum)**" / … / "---" / "_November 2022 — December 2024_" / …: a region of no headings
 * cut by two rules or more into blocks, each (two or more) with exactly one line that is a date alone and no other dated
 * short line, is one entry a block: its head the date and the block's short lines that name a field (bold, opening with a
 * link, or a few words, no sentence), its body the rest. Returns the entries (rules in no head), or undefined for any other region.
 */
export function ruleBlockEntries(state: ParseState, lines: readonly Line[]): EntryBlock[] | undefined {
  if (lines.filter((l) => l.kind === 'rule').length < 2 || lines.some((l) => l.kind === 'heading')) return undefined;
  const blocks = blocksBetweenRules(lines);
  if (blocks.length < 2) return undefined;
  const out: EntryBlock[] = [];
  for (const b of blocks) {
    const dates = b.filter((l) => dateOnly(state, l));
    if (dates.length !== 1 || b.some((l) => !dates.includes(l) && headLine(l) && lineDates(state, l).length > 0)) return undefined;
    const head = b.filter((l) => dates.includes(l) || headLine(l));
    out.push({ group: [], head, body: b.filter((l) => !head.includes(l)) });
  }
  return out;
}
