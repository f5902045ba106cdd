// Pass: a two-column table of an entry's fields under its heading ("|期間|2023年10月〜現在|", "|役割|詳細設計、製造|") is read as the entry's "Label: value" lines, not as entries.
import { makeLine } from './build-lines.js';
import { foldWord } from './fold-word.js';
import { DATED_KINDS } from './find-sections.js';
import { ENTRY_FIELD_LABELS, LEXICON_INDEX } from './lexicon-index.js';
import type { Line, ParseState, Section } from './parse-types.js';


/** A cell's text without emphasis, a closing colon and white space around it. */
function bare(cell: string): string {
  return cell.replace(/[*_`]/g, '').replace(/[:：]\s*$/, '').trim();
}

/** Whether a row's first cell names a field of an entry (of any lexicon). */
function fieldRow(row: Line): boolean {
  const label = row.cells?.[0];
  return label !== undefined && (LEXICON_INDEX.fields.get(foldWord(bare(label))) ?? []).some((h) => ENTRY_FIELD_LABELS.has(h.value));
}

/** The section's lines with each two-column field table's body rows as "**Label:** value" lines. */
function rewrite(section: Section): Line[] | undefined {
  const tables = new Map<number, Line[]>();
  for (const l of section.lines) {
    if (l.kind !== 'row' || l.header) continue;
    const rows = tables.get(l.block);
    if (rows) rows.push(l);
    else tables.set(l.block, [l]);
  }
  const fieldTables = new Set<number>();
  for (const [block, rows] of tables) if (rows.every((r) => r.cells?.length === 2) && rows.some(fieldRow)) fieldTables.add(block);
  if (fieldTables.size === 0) return undefined;
  return section.lines.map((l) => {
    if (l.kind !== 'row' || l.header || !fieldTables.has(l.block)) return l;
    const [label, value] = l.cells!;
    return makeLine('text', `**${bare(label!)}:** ${value!.trim()}`, { line: l.line, endLine: l.endLine, block: l.block + l.line / 1_000_000, html: l.html });
  });
}

/**
 * Pass: in work, volunteer and education sections, a table of two columns whose body rows include one whose left
 * cell names an entry's field (期間, Period, Role, Zeitraum…) lists one entry's fields: each body row becomes a
 * "**Label:** value" line of its own paragraph, which the entry readers take as that field ("### 株式会社thestory"
 * over "|期間|2023年10月〜現在に至る|" is a job from October 2023). Other rows and tables stay as they are.
 */
export function labelFieldTables(state: ParseState): void {
  for (const section of state.sections) {
    if (!DATED_KINDS.has(section.type)) continue;
    const lines = rewrite(section);
    if (lines) section.lines = lines;
  }
}
