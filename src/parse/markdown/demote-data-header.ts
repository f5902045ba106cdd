// Makes a table's header row a body row when it holds data, not labels ("| 2016–today | **Mitbegründer** | ESH |" over its delimiter row; a bold dated header over one entry's rows).
import type { TableRow } from './join-year-month-cells.js';

/** A cell that opens with a year, or a month and year (markup and tags skipped): "2016–today", "**2014**", "10/2024 - 12/2024". */
const opensWithYear = (cell: string | undefined): boolean => /^(?:(?:0?[1-9]|1[0-2])[./-])?(?:19|20)\d\d(?!\d)/.test((cell ?? '').replace(/<[^<>]*>|[*_`]/g, '').trim());

/**
 * A pipe table must have a header row, so a table of dated rows often spends its first row on it: "| 2016–today |
 * **Mitbegründer, Partner** | ESH |" / "| --- | --- | --- |" / "| 2023–today | **Lehrer** | Skillbox |". Where the
 * header's first cell opens with a year, as the first cell of most body rows does, the header is a row
 * like them; so is a bold, dated header over a row or three of one entry (see {@link entryHeader}), and a header over no
 * rows at all. Rows are changed in place.
 * @param rows - the table's rows, header first
 */
export function demoteDataHeader(rows: TableRow[]): void {
  const header = rows[0];
  // ("| **Finch Capital** - Business Analyst | 2021-2022 |" over its delimiter row and nothing: a header over no rows labels none)
  if (header?.header && (rows.length === 1 || entryHeader(header, rows.length - 1))) {
    header.header = false;
    return;
  }
  if (!header?.header || !opensWithYear(header.cells[0])) return;
  const body = rows.slice(1);
  if (body.length < 1 || body.filter((r) => opensWithYear(r.cells[0])).length * 2 < body.length + 1) return;
  header.header = false;
}

/** A table of at most this many rows under its header may be one entry's. */
const ENTRY_ROWS = 3;

/** A cell wholly in bold (`**…**` or `__…__`), markup around it trimmed. */
const wholeBold = (cell: string): boolean => /^(\*\*|__)[^]*\1$/.test(cell.trim());

/**
 * "| **[Morse Micro](…) (full-time)** | **Dec 2022 - Present** |" / "| :- | -: |" / "| Devops engineer | Sydney NSW, Australia |":
 * a small table (one to three rows under its header) whose header cells are all in bold and name a year in one of them
 * is one entry laid out in a grid; its header is its first line, not labels.
 */
function entryHeader(header: TableRow, bodyRows: number): boolean {
  const cells = header.cells.filter((c) => c.trim() !== '');
  if (bodyRows < 1 || bodyRows > ENTRY_ROWS || cells.length === 0 || !cells.every(wholeBold)) return false;
  return cells.some((c) => /(?:19|20)\d\d(?!\d)/.test(c));
}
