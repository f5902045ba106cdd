// Pass: a table whose left column names sections ("| **Experience** | Role, Org (2015-Present)<br>… |") is read row by row, each labelled row a section of its own.
import { makeLine } from './build-lines.js';
import { classifyHeadingIn } from './classify-heading-in.js';
import type { Line, ParseState } from './parse-types.js';
import { fieldLabelOf } from './field-label-of.js';
import type { FieldLabel } from './lexicon-index.js';

/** Most columns of a table laid out as section label and content. */
const MAX_COLUMNS = 3;
/** A line break inside a cell. */
const BREAK = /<br\s*\/?>/i;

/** A cell's text as a label: emphasis marks and a closing colon aside. */
const labelText = (cell: string): string => cell.replace(/[*_`]/g, '').replace(/[:：]\s*$/, '').trim();

/** The section kind a row's first cell names (the whole cell, bold and a closing colon aside), if any. */
function labelKind(state: ParseState, row: Line): string | undefined {
  const cells = row.cells ?? [];
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  const text = labelText(cells[0]!);
  if (!text) return undefined;
  const cls = classifyHeadingIn(state, text);
  return cls && cls.how === 'exact' && cls.kind !== 'doctitle' ? cls.kind : undefined;
}

/** A cell's text as lines, one per line break, each a paragraph of its own from block `block` on. */
function cellLines(cell: string, row: Line, block: number): Line[] {
  return cell
    .split(BREAK)
    .map((part) => part.trim())
    .filter((part) => part.replace(/&nbsp;|\s/g, '') !== '')
    .map((part, k) => makeLine('text', part, { line: row.line, endLine: row.endLine, block: block + k / 1_000_000, html: row.html }));
}

/** Labels of the person's own details. */
const PERSONAL: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['name', 'firstName', 'lastName', 'email', 'phone', 'location', 'website', 'personal']);

/** Whether a table's first row is a label of the person's own details and its value ("| 氏名 | 髙橋孝幸 |", "| Name | … |"). */
function personalTable(state: ParseState, first: Line): boolean {
  const label = first.cells?.length === 2 ? fieldLabelOf(state, first.cells[0]!) : undefined;
  return label !== undefined && PERSONAL.has(label);
}

/** Whether a row's first cell is bold as a whole. */
const boldLabel = (row: Line): boolean => /^\s*\*\*[^*]+\*\*\s*$/.test(row.cells?.[0] ?? '');

/**
 * One table as lines: a row labelled with a section word becomes a bold line with the label, then its other
 * cells' text, a line per line break; a row with its first cell empty (a cell spanning the table) is text of
 * the section above; any other row (a skill and its list) stays a row, in a table of its own under that section.
 */
function rowLines(state: ParseState, rows: readonly Line[], isLabel: (row: Line) => boolean): Line[] {
  const out: Line[] = [];
  let block = rows[0]!.block;
  rows.forEach((row, r) => {
    const cells = row.cells ?? [];
    const step = (k: number): number => rows[0]!.block + (r + 1) / 100 + k / 10_000;
    if (isLabel(row)) {
      const label = cells[0]!.replace(/\*\*/g, '').trim();
      out.push(makeLine('text', `**${label}**`, { line: row.line, endLine: row.endLine, block: step(1), html: row.html }));
      cells.slice(1).forEach((c, k) => out.push(...cellLines(c, row, step(k + 2))));
      block = step(cells.length + 1);
    } else if (!cells[0]?.trim() || cells.length === 1) {
      cells.forEach((c, k) => out.push(...cellLines(c, row, step(k + 1))));
      block = step(cells.length + 1);
    } else out.push(makeLine('row', row.md, { line: row.line, endLine: row.endLine, block, html: row.html, cells }));
  });
  return out;
}

/** A cell with nothing to read: empty, spaces, `&nbsp;`s or tags only. */
const blank = (cell: string): boolean => cell.replace(/&nbsp;|<[^<>]*>|\s/g, '') === '';

/**
 * The only labelled cell of a table's header row when it names a section ("| &nbsp;&nbsp;… | Berufliche Laufbahn |"
 * over "| ---: | --- |"), if any: a table set out under its title.
 */
function headerTitle(state: ParseState, row: Line): string | undefined {
  const cells = row.cells ?? [];
  if (!row.header || cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  const labelled = cells.filter((c) => !blank(c));
  if (labelled.length !== 1) return undefined;
  // (the layout says it is a title: a title that only holds a section phrase, "Ehrenamt und besondere Leistungen", will do)
  const cls = classifyHeadingIn(state, labelText(labelled[0]!));
  return cls && cls.kind !== 'doctitle' ? labelled[0] : undefined;
}

/**
 * Pass: "<td>**Experience**</td><td>**Software Engineer**, Schibsted (2015-Present)<br />…</td>": a table whose
 * first column names sections in two rows or more (and has at most three columns) is the CV laid out in a grid:
 * each labelled row becomes a bold heading line and its content, which the next passes read as any section. Other
 * tables stay rows.
 */
export function splitSectionRows(state: ParseState): void {
  if (!state.lines.some((l) => l.kind === 'row')) return;
  const out: Line[] = [];
  const lines = state.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let j = i + 1;
    if (l.kind === 'row') while (j < lines.length && lines[j]!.kind === 'row' && lines[j]!.block === l.block) j++;
    const rows = lines.slice(i, j);
    // (a header row whose only label names a section is the table's title: a bold line over its rows)
    const titleCell = l.kind === 'row' ? headerTitle(state, l) : undefined;
    if (titleCell !== undefined) {
      const title = titleCell.replace(/\*\*/g, '').trim();
      out.push(makeLine('text', `**${title}**`, { line: l.line, endLine: l.endLine, block: l.block - 0.5, html: l.html }), ...rows.slice(1));
      i = j - 1;
      continue;
    }
    const labelled = l.kind === 'row' ? rows.filter((r) => !r.header && labelKind(state, r)) : [];
    if (labelled.length < 2) {
      out.push(...rows);
      i = j - 1;
      continue;
    }
    // the section labels share a style: when two or more are bold, a plain label ("Languages:" under Skills) is a field
    const bold = labelled.filter(boldLabel).length >= 2;
    const isLabel = (r: Line): boolean => labelled.includes(r) && (!bold || boldLabel(r));
    // a table of personal details ("| 氏名 | … |" over "| 学歴 | … |", "| 前職 | … |", "| 志望 | … |"): its other rows
    // are details of the person, not of the sections some rows name; they stay together, one table, above those sections
    const details = personalTable(state, rows[0]!) ? rows.filter((r) => !isLabel(r)) : [];
    out.push(...details, ...rowLines(state, rows.filter((r) => !details.includes(r)), isLabel));
    i = j - 1;
  }
  state.lines = out;
}
