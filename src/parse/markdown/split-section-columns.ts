// Pass: a table whose header cells each name a section ("| Educación | Idiomas |") is read column by column, each column a section of its own.
import { makeLine } from './build-lines.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import { foldWord } from './fold-word.js';
import type { Line, ParseState } from './parse-types.js';

/** The section kinds of a header row's cells, when every non-empty cell names one and two kinds or more differ. */
function columnKinds(state: ParseState, header: Line): string[] | undefined {
  const cells = header.cells ?? [];
  if (cells.length < 2 || cells.length > 4) return undefined;
  const kinds: string[] = [];
  for (const cell of cells) {
    const text = cell.replace(/[*_`]/g, '').trim();
    const cls = text ? classifyHeadingIn(state, text) : undefined;
    if (!cls || cls.how !== 'exact' || cls.kind === 'doctitle') return undefined;
    kinds.push(cls.kind);
  }
  return new Set(kinds).size >= 2 ? kinds : undefined;
}

/**
 * "### Technologien" over "| Technologie | Erfahrung |": a heading above that names the first column's kind alone (and
 * not the other columns') heads the table as its own; the other columns say more of each row (a skill's experience).
 */
function ownTable(state: ParseState, kinds: readonly string[], above: Line | undefined): boolean {
  const cls = above ? classifyHeadingIn(state, above.plain) : undefined;
  return cls !== undefined && cls.kind === kinds[0] && !kinds.slice(1).some((k) => k === cls.also || k === cls.kind);
}

/** Words of a text, folded. */
const wordsOf = (text: string): string[] => foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * One table's rows as lines: per column, its header as a bold line, then each non-empty cell as a
 * paragraph. A first column whose header the section heading above already says ("Educación" under "## Educación e
 * idiomas") opens nothing: the column is that section's own content.
 */
function columnLines(rows: readonly Line[], above: Line | undefined): Line[] {
  const out: Line[] = [];
  const [header, ...body] = rows;
  const said = new Set(above ? wordsOf(above.plain) : []);
  (header!.cells ?? []).forEach((title, c) => {
    const place = { line: header!.line, endLine: header!.endLine, block: header!.block + (c + 1) / 100 };
    const text = title.replace(/\*\*/g, '').trim();
    if (c > 0 || !wordsOf(text).every((w) => said.has(w))) out.push(makeLine('text', `**${text}**`, place));
    body.forEach((row, r) => {
      const cell = row.cells?.[c]?.trim();
      if (cell) out.push(makeLine('text', cell, { line: row.line, endLine: row.endLine, block: header!.block + (c + 1) / 100 + (r + 1) / 10_000 }));
    });
  });
  return out;
}

/**
 * Pass: "| Educación | Idiomas |" over "| Digital House — Full Stack | **Español:** Nativo · … |": a table
 * whose header cells each name a section of another kind is two (or more) sections side by side. Its rows
 * become, column by column, a bold heading line and one paragraph per cell, which the next passes read as
 * any sub-section. Other tables stay rows.
 */
export function splitSectionColumns(state: ParseState): void {
  if (!state.lines.some((l) => l.kind === 'row' && l.header)) return;
  const out: Line[] = [];
  const lines = state.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const kinds = l.kind === 'row' && l.header ? columnKinds(state, l) : undefined;
    const above = kinds ? out.findLast((x) => x.kind === 'heading') : undefined;
    if (!kinds || ownTable(state, kinds, above)) {
      out.push(l);
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j]!.kind === 'row' && lines[j]!.block === l.block) j++;
    for (const x of columnLines(lines.slice(i, j), above)) out.push(x);
    i = j - 1;
  }
  state.lines = out;
}
