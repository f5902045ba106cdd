// Reads a region cut by thematic breaks ("---") into blocks that each hold one date alone on its line as one entry a block.
import { countWords } from './count-words.js';
import { dateOnly } from './date-only.js';
import { fieldLabelOf } from './field-label-of.js';
import { ENTRY_FIELD_LABELS } from './lexicon-index.js';
import { lineDates } from './line-dates.js';
import type { EntryBlock, Line, ParseState } from './parse-types.js';

/** Most words of a head line that is neither bold nor opens with a link. */
const PLAIN_HEAD_WORDS = 4;
/** Most words of any head line but a wholly bold one. */
const HEAD_WORDS = 8;
/** Most words of a wholly bold head line ("**Master of Science (MS) in Colloids, Polymers and Surfaces**"). */
const BOLD_HEAD_WORDS = 14;

/** The label before a line's first colon ("**Duration:** Oct 2020 – Current" → "Duration"), if it is short and opens the line. */
function labelOf(l: Line): string | undefined {
  const c = l.plain.search(/[:：]/);
  return c > 0 && c <= 30 && countWords(l.plain.slice(0, c)) <= 3 ? l.plain.slice(0, c) : undefined;
}

/** "**Duration:** Oct 2020 – Current": a line that is a label naming the entry's period, then its date alone. */
function labelledDate(state: ParseState, l: Line): boolean {
  const label = labelOf(l);
  const d = lineDates(state, l);
  if (label === undefined || d.length !== 1 || d[0]!.index <= label.length) return false;
  const field = fieldLabelOf(state, label);
  return (field === 'period' || field === 'year') && l.plain.slice(d[0]!.index + d[0]!.length).trim().length <= 3;
}

/** A date alone on its line, or under a label of the period. */
const dateLine = (state: ParseState, l: Line): boolean => dateOnly(state, l) || labelledDate(state, l);

/**
 * Whether a line of a block names a field of its entry: short, no sentence, no label but one of an entry's fields, and bold,
 * opening in bold or with a link, or a few words opening with a capital.
 */
function headLine(state: ParseState, l: Line): boolean {
  if (l.kind !== 'text' || !l.plain || /[.!?。:：]$/u.test(l.plain)) return false;
  // ("**Location:** Aachen, Germany" is the entry's, "Location:" naming its place in an entry's block, not the person's;
  // "**Advisor(s):** Prof. Dr. Paolo Carloni" is its text)
  const label = labelOf(l);
  const field = label === undefined ? undefined : fieldLabelOf(state, label);
  const entryField = field !== undefined && (ENTRY_FIELD_LABELS.has(field) || field === 'location');
  if (label !== undefined && /\s/u.test(l.plain.charAt(label.length + 1)) && !entryField) return false;
  const n = countWords(l.plain);
  if (n > (l.bold ? BOLD_HEAD_WORDS : HEAD_WORDS)) return false;
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
export function ruleBlockEntries(state: ParseState, lines: readonly Line[]): { intro: Line[]; entries: EntryBlock[] } | undefined {
  if (lines.filter((l) => l.kind === 'rule').length < 2 || lines.some((l) => l.kind === 'heading')) return undefined;
  const blocks = blocksBetweenRules(lines);
  // ("I have a diverse work/education experience, …" / "---" / the first entry's block: undated blocks before the first dated one are the intro)
  const first = blocks.findIndex((b) => b.some((l) => lineDates(state, l).length > 0));
  if (first < 0 || blocks.length - first < 2) return undefined;
  const entries: EntryBlock[] = [];
  for (const b of blocks.slice(first)) {
    const dates = b.filter((l) => dateLine(state, l));
    if (dates.length !== 1 || b.some((l) => !dates.includes(l) && headLine(state, l) && lineDates(state, l).length > 0)) return undefined;
    const head = b.filter((l) => dates.includes(l) || headLine(state, l));
    entries.push({ group: [], head, body: b.filter((l) => !head.includes(l)) });
  }
  return { intro: blocks.slice(0, first).flat(), entries };
}
