// Joins a table's two unlabelled columns of years into one range cell ("| **1997** | **2002** |" → "**1997** – **2002**").
import type { TableRow } from './join-year-month-cells.js';

/** A cell's text without emphasis marks, entities of infinity decoded, trimmed. */
const bare = (cell: string | undefined): string => (cell ?? '').replace(/[*_]/g, '').replace(/&#8734;|&infin;/gi, '∞').trim();

/** A year of four digits alone. */
const isYear = (t: string): boolean => t.length === 4 && /^\d{4}$/.test(t);

/** A header cell that labels nothing: empty, or only tags or images. */
const unlabelled = (cell: string | undefined): boolean => {
  const t = (cell ?? '').replace(/<[^<>]*>/g, '').trim();
  return !/\p{L}/u.test(t) || t.startsWith('![');
};

/**
 * "| **1997** | **2002** | Özel Evrim İlkokulu |", "| **2017** | **&#8734;** | …": where two neighbouring columns that no
 * header labels hold, in every body row (two or more), a year then a year or an infinity sign (an open end), the
 * first cell of each row gets both as one range, "first – second", and the second is left empty (the columns
 * stay as they are). Rows are changed in place.
 * @param rows - the table's rows, header first
 */
export function joinYearCells(rows: TableRow[]): void {
  const body = rows.filter((r) => !r.header);
  const header = rows.find((r) => r.header);
  if (body.length < 2) return;
  const width = body[0]!.cells.length;
  for (let k = 0; k + 1 < width; k++) {
    if (header && !(unlabelled(header.cells[k]) && unlabelled(header.cells[k + 1]))) continue;
    const pairs = body.every((r) => isYear(bare(r.cells[k])) && (isYear(bare(r.cells[k + 1])) || bare(r.cells[k + 1]) === '∞'));
    if (!pairs) continue;
    for (const r of body) {
      r.cells[k] = `${r.cells[k]!.trim()} – ${r.cells[k + 1]!.trim()}`;
      r.cells[k + 1] = '';
    }
    return;
  }
}
