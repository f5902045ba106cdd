// Joins a table's year column and the month column beside it into one date cell ("2015 | 4" → "2015-04").
import { foldWord } from './fold-word.js';
import { LEXICON_INDEX } from './lexicon-index.js';

/** A table row as the line builder collects it. */
export interface TableRow {
  line: number;
  cells: string[];
  header: boolean;
}

/** Whether a header cell is a column label of `label` in some language ("年", "Year"; "月", "Month"). */
function labelled(cell: string | undefined, label: 'year' | 'month'): boolean {
  return cell !== undefined && (LEXICON_INDEX.fields.get(foldWord(cell.replace(/[*_]/g, '').trim()))?.some((h) => h.value === label) ?? false);
}

/** The two cells as one date: a year of four digits and a month 1–12 ("2015", "4" → "2015-04"), else undefined. */
function joinDate(year: string, month: string): string | undefined {
  if (!/^\d{4}$/.test(year.trim())) return undefined;
  const m = month.trim();
  if (m === '') return year.trim();
  const n = /^\d{1,2}$/.test(m) ? Number(m) : NaN;
  return n >= 1 && n <= 12 ? `${year.trim()}-${String(n).padStart(2, '0')}` : undefined;
}

/**
 * A Japanese 履歴書 lists its history as "年 | 月 | 内容" rows, the year and the month in columns of their own:
 * where a header row labels two neighbouring columns year and month, each row whose cells there are a year and
 * a month gets them as one cell `YYYY-MM` (the header's two labels join too), so the row reads as one dated line.
 * Rows are changed in place; a table without such columns is left as it is.
 * @param rows - the table's rows, header first
 */
export function joinYearMonthCells(rows: TableRow[]): void {
  const header = rows.find((r) => r.header);
  if (!header) return;
  const at = header.cells.findIndex((c, i) => labelled(c, 'year') && labelled(header.cells[i + 1], 'month'));
  if (at < 0) return;
  for (const r of rows) {
    if (r.cells.length <= at + 1) continue;
    const joined = r.header ? `${r.cells[at]} ${r.cells[at + 1]}` : joinDate(r.cells[at]!, r.cells[at + 1]!);
    if (joined !== undefined) r.cells.splice(at, 2, joined);
  }
}
