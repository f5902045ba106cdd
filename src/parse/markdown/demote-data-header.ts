// Makes a table's header row a body row when it holds data, not labels ("| 2016–today | **Mitbegründer** | ESH |" over its delimiter row).
import type { TableRow } from './join-year-month-cells.js';

/** A cell that opens with a year, or a month and year (markup and tags skipped): "2016–today", "**2014**", "10/2024 - 12/2024". */
const opensWithYear = (cell: string | undefined): boolean => /^(?:(?:0?[1-9]|1[0-2])[./-])?(?:19|20)\d\d(?!\d)/.test((cell ?? '').replace(/<[^<>]*>|[*_`]/g, '').trim());

/**
 * A pipe table must have a header row, so a table of dated rows often spends its first row on it: "| 2016–today |
 * **Mitbegründer, Partner** | ESH |" / "| --- | --- | --- |" / "| 2023–today | **Lehrer** | Skillbox |". Where the
 * header's first cell opens with a year, as the first cell of most body rows does, the header is a row
 * like them; rows are changed in place.
 * @param rows - the table's rows, header first
 */
export function demoteDataHeader(rows: TableRow[]): void {
  const header = rows[0];
  if (!header?.header || !opensWithYear(header.cells[0])) return;
  const body = rows.slice(1);
  if (body.length < 1 || body.filter((r) => opensWithYear(r.cells[0])).length * 2 < body.length + 1) return;
  header.header = false;
}
