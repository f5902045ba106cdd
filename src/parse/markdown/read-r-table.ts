// Reads the table an R call writes: `tribble(~ Degree, ~ Year, "Master", "2016", …)` row by row, or `tibble(Degree = c(…), Year = c(…))` column by column.
import { evalRRole } from './eval-r-role.js';
import type { RToken } from './read-r-tokens.js';
import { splitRArgs, type RArg } from './split-r-args.js';

/** A table of R code: its columns, and its rows (each cell a string or null for NA) with the line each row starts on. */
export interface RTable {
  columns: string[];
  rows: Array<{ cells: Array<string | null>; line: number }>;
  /** The index of the call's ")". */
  close: number;
}

/** No row to read a literal against. */
const NO_ROW = { cells: new Map<string, string | null>(), used: new Set<string>() };

/** A literal's value (string, number, NA), or undefined when it is code. */
function literal(tokens: readonly RToken[], a: RArg): string | null | undefined {
  const v = evalRRole(tokens, a.from, a.to, NO_ROW);
  return v === null ? null : v?.replace(/\s+/g, ' ').trim();
}

/** `tribble(~ a, ~ b, "x", "y", …)`: columns, then cells row by row. */
function readTribble(tokens: readonly RToken[], args: readonly RArg[], close: number): RTable | undefined {
  const columns: string[] = [];
  const cells: Array<{ value: string | null; line: number }> = [];
  for (const a of args) {
    const t = tokens[a.from]!;
    if (t.kind === 'column' && a.to === a.from + 1 && !a.name) {
      if (cells.length > 0) return undefined;
      columns.push(t.text);
      continue;
    }
    const value = literal(tokens, a);
    if (value === undefined) return undefined;
    cells.push({ value, line: t.line });
  }
  if (columns.length < 2 || cells.length < columns.length) return undefined;
  const rows: RTable['rows'] = [];
  for (let r = 0; r + columns.length <= cells.length; r += columns.length) {
    rows.push({ cells: cells.slice(r, r + columns.length).map((c) => c.value), line: cells[r]!.line });
  }
  return { columns, rows, close };
}

/** `tibble(a = c("x", "y"), b = c(…))`: named columns, each a vector of literals or one literal (repeated). */
function readTibble(tokens: readonly RToken[], args: readonly RArg[], close: number): RTable | undefined {
  const columns: string[] = [];
  const vectors: Array<Array<{ value: string | null; line: number }>> = [];
  for (const a of args) {
    if (a.name === 'stringsAsFactors' || a.name === 'check.names') continue;
    if (!a.name || a.name.startsWith('.')) return undefined;
    const t = tokens[a.from]!;
    const vector = t.kind === 'word' && /^(?:base::)?c$/.test(t.text) && tokens[a.from + 1]?.text === '(' ? splitRArgs(tokens, a.from + 1) : undefined;
    if (vector && vector.close !== a.to - 1) return undefined;
    const values = (vector ? vector.args : [a]).map((x) => ({ value: literal(tokens, x), line: tokens[x.from]!.line }));
    if (values.some((v) => v.value === undefined)) return undefined;
    columns.push(a.name);
    vectors.push(values as Array<{ value: string | null; line: number }>);
  }
  const n = Math.max(0, ...vectors.map((v) => v.length));
  if (columns.length < 2 || n === 0 || vectors.some((v) => v.length !== n && v.length !== 1)) return undefined;
  const rows: RTable['rows'] = [];
  for (let r = 0; r < n; r++) {
    const cells = vectors.map((v) => (v.length === 1 ? v[0]! : v[r]!).value);
    rows.push({ cells, line: Math.min(...vectors.filter((v) => v.length === n).map((v) => v[r]!.line)) });
  }
  return { columns, rows, close };
}

/**
 * The table the call at `tokens[at]` writes (`tribble(…)`, `tibble(…)`, `data.frame(…)`, namespaced or not), or
 * undefined when it is no such call or holds code other than literals.
 * @param tokens - the code's tokens
 * @param at - the index of the call's name (its "(" follows)
 */
export function readRTable(tokens: readonly RToken[], at: number): RTable | undefined {
  const name = tokens[at]?.text.slice(tokens[at]!.text.lastIndexOf(':') + 1);
  if (tokens[at]?.kind !== 'word' || tokens[at + 1]?.text !== '(') return undefined;
  // (the name first: the arguments of every other call in a chunk are not scanned)
  const rowWise = name === 'tribble';
  if (!rowWise && name !== 'tibble' && name !== 'data.frame' && name !== 'data_frame') return undefined;
  const { args, close } = splitRArgs(tokens, at + 1);
  if (close >= tokens.length) return undefined;
  return rowWise ? readTribble(tokens, args, close) : readTibble(tokens, args, close);
}
