// Rewrites the entries an R Markdown CV keeps in code (R's vitae package: `tribble(~ Degree, ~ Year, …, "Master 1", "2016-2017", …) %>% detailed_entries(what = Degree, when = Year, with = Institution, where = Where, why = why)`) as Markdown list items, in place.
import { buildVitaeEntries, type VitaeEntry } from './build-vitae-entries.js';
import { findVitaeCalls } from './find-vitae-calls.js';
import { placeVitaeEntries } from './place-vitae-entries.js';
import { readRTable, type RTable } from './read-r-table.js';
import { readRTokens, type RToken } from './read-r-tokens.js';
import { readRVectorItems } from './read-r-vector-items.js';

/** A chunk of R code: "```{r name}" … "```". */
const R_CHUNK = /^\s*```+\s*\{r\b/;
/** A chunk R runs but never shows ("```{r setup, include=FALSE}"). */
const HIDDEN = /\binclude\s*=\s*F(?:ALSE)?\b/;
/** A chunk R does not run ("eval=FALSE"), and one whose code is not shown ("echo=FALSE"). */
const NOT_RUN = /\beval\s*=\s*F(?:ALSE)?\b/;
const NOT_SHOWN = /\becho\s*=\s*F(?:ALSE)?\b/;

/** An R chunk: its fence lines and its code's tokens (lines counted from the line after the opening fence). */
interface Chunk {
  open: number;
  close: number;
  tokens: RToken[];
}

/** A table written in a chunk: the name it is assigned to (if any), where, and its cells. */
interface TableDef {
  name?: string;
  chunk: number;
  at: number;
  table: RTable;
}

/** The R chunks of the body. */
function findRChunks(lines: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!R_CHUNK.test(lines[i]!)) continue;
    let close = i + 1;
    while (close < lines.length && !/^\s*```/.test(lines[close]!)) close++;
    out.push({ open: i, close: Math.min(close, lines.length - 1), tokens: readRTokens(lines.slice(i + 1, close).join('\n')) });
    i = close;
  }
  return out;
}

/** The tables a chunk writes, with the names they are assigned to ("work <- tribble(…)", "x = tibble::tribble(…)", "tribble(…) -> x"). */
function findTableDefs(tokens: readonly RToken[], chunk: number): TableDef[] {
  const out: TableDef[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const table = tokens[at]!.kind === 'word' ? readRTable(tokens, at) : undefined;
    if (!table) continue;
    const arrow = tokens[at - 1]?.text;
    const target = tokens[at - 2];
    const before = tokens[at - 3];
    // (an "=" inside a call's arguments names an argument, not a table)
    const assigned = target?.kind === 'word' && (arrow === '<-' || arrow === '<<-' || (arrow === '=' && before?.text !== '(' && before?.text !== ','));
    const after = tokens[table.close + 1]?.text === '->' && tokens[table.close + 2]?.kind === 'word' ? tokens[table.close + 2]!.text : undefined;
    const name = assigned ? target.text : after;
    out.push({ ...(name ? { name } : {}), chunk, at, table });
    at = table.close;
  }
  return out;
}

/** The entries of each vitae call of chunk `n` whose table is known, each with whether that table is written in the chunk; marks the tables of other chunks it reads. */
function planChunk(chunk: Chunk, n: number, defs: readonly TableDef[], readElsewhere: Set<TableDef>): Array<{ entries: VitaeEntry[]; here: boolean }> {
  const out: Array<{ entries: VitaeEntry[]; here: boolean }> = [];
  for (const call of findVitaeCalls(chunk.tokens)) {
    const data = call.data;
    let def: TableDef | undefined;
    if (data && 'table' in data) def = defs.find((d) => d.chunk === n && d.at === data.table);
    else if (data) def = defs.filter((d) => d.name === data.name && (d.chunk < n || (d.chunk === n && d.at < call.at))).pop();
    if (!def) continue;
    const entries = buildVitaeEntries(chunk.tokens, call, def.table);
    if (entries.length === 0) continue;
    if (def.chunk !== n) readElsewhere.add(def);
    out.push({ entries, here: def.chunk === n });
  }
  return out;
}

/** The lines of a chunk holding vitae calls: each entry on its first row's line (tables written in the chunk, rows on lines of their own), else all from the chunk's first line. */
function writeEntries(chunk: Chunk, plan: ReadonlyArray<{ entries: VitaeEntry[]; here: boolean }>): Map<number, string> {
  const entries = plan.flatMap((p) => p.entries);
  const starts = entries.map((e) => chunk.open + 1 + e.line);
  const byRows = plan.every((p) => p.here) && starts.every((s, k) => k === 0 || s > starts[k - 1]!);
  if (!byRows) return placeVitaeEntries(entries, chunk.open, chunk.close);
  const out = new Map<number, string>();
  entries.forEach((e, k) => {
    for (const [line, text] of placeVitaeEntries([e], starts[k]!, (starts[k + 1] ?? chunk.close) - 1)) out.set(line, text);
  });
  return out;
}

/** Writes `out` over the chunk's lines (the others blanked), which are no longer code. */
function writeChunk(lines: string[], fence: Uint8Array, chunk: Chunk, out: ReadonlyMap<number, string>): void {
  for (let k = chunk.open; k <= chunk.close; k++) {
    lines[k] = out.get(k) ?? '';
    fence[k] = 0;
  }
}

/**
 * Rewrites the R chunks of vitae's entries as Markdown: a table (`tribble(…)`, `tibble(…)`, written in the chunk or
 * assigned to a name in an earlier one, even a hidden setup chunk) shown by `detailed_entries(…)` or
 * `brief_entries(…)` (piped, or given as `data`) becomes list items, "- **what** | with | where | when" with the
 * `why` values as nested details ("  - …"; consecutive rows of one head are one entry); each on its first row's line
 * when the table is written in the chunk, else on the chunk's lines from its first. A shown chunk that is no such
 * call but keeps text in vectors of strings (`x$Details <- c("Role", "2022 - Presente", …)`) is read as list items
 * too. A chunk marked `include=FALSE` (run, never shown), or `eval=FALSE` with `echo=FALSE`, or one that only writes
 * tables other chunks show, is blanked; any other chunk is left as it is. Line count never changes.
 * @param lines - the body's lines, rewritten in place
 * @param fence - 1 where a line is fenced code; set to 0 on the lines rewritten
 */
export function rewriteVitaeTribbles(lines: string[], fence: Uint8Array): void {
  const chunks = findRChunks(lines);
  const runs = chunks.map((c) => !NOT_RUN.test(lines[c.open]!));
  const defs = chunks.flatMap((c, n) => (runs[n] ? findTableDefs(c.tokens, n) : []));
  const readElsewhere = new Set<TableDef>();
  const plans = chunks.map((c, n) => (runs[n] ? planChunk(c, n, defs, readElsewhere) : []));
  chunks.forEach((c, n) => {
    const header = lines[c.open]!;
    if (HIDDEN.test(header) || (!runs[n] && NOT_SHOWN.test(header))) writeChunk(lines, fence, c, new Map());
    else if (!runs[n]) return;
    else if (plans[n]!.length > 0) writeChunk(lines, fence, c, writeEntries(c, plans[n]!));
    else if (defs.some((d) => d.chunk === n && readElsewhere.has(d))) writeChunk(lines, fence, c, new Map());
    else {
      const items = readRVectorItems(c.tokens);
      if (items) writeChunk(lines, fence, c, new Map([...items].map(([line, text]) => [c.open + 1 + line, text])));
    }
  });
}
