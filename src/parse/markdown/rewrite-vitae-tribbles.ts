// Rewrites the entries an R Markdown CV keeps in code (R's vitae package: `tribble(~ Degree, ~ Year, …, "Master 1", "2016-2017", …) %>% detailed_entries(what = Degree, when = Year, with = Institution, where = Where, why = why)`) as Markdown list items, in place.

/** A chunk of R code: "```{r name}" … "```". */
const R_CHUNK = /^\s*```+\s*\{r\b/;
/** The roles of vitae's entry functions, in their positional order. */
const ROLES = ['what', 'when', 'with', 'where', 'why'] as const;
type Role = (typeof ROLES)[number];

/** A token of R code: a string literal, a column spec ("~ Year"), a bare word, or a mark. */
interface Token {
  kind: 'string' | 'column' | 'word' | 'mark';
  text: string;
  /** The 0-based line of the chunk (counted from its first line) it starts on. */
  line: number;
}

/** Reads an R string literal opening at `code[i]` (quote `q`): its value (escapes undone) and the index after it. */
function readString(code: string, i: number, q: string): { value: string; end: number } {
  let value = '';
  let k = i + 1;
  while (k < code.length && code[k] !== q) {
    if (code[k] === '\\' && k + 1 < code.length) {
      const e = code[k + 1]!;
      value += e === 'n' || e === 't' ? ' ' : e;
      k += 2;
    } else value += code[k++];
  }
  return { value, end: k + 1 };
}

/** The chunk's code as tokens (comments dropped), each with its line. */
function tokenize(code: string): Token[] {
  const out: Token[] = [];
  let line = 0;
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\n') line++;
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < code.length && code[i] !== '\n') i++;
    else if (c === '"' || c === "'") {
      const s = readString(code, i, c);
      out.push({ kind: 'string', text: s.value, line });
      line += code.slice(i, s.end).split('\n').length - 1;
      i = s.end;
    } else if (c === '~') {
      const m = /^~\s*`?([\w.]+)`?/.exec(code.slice(i, i + 80));
      out.push(m ? { kind: 'column', text: m[1]!, line } : { kind: 'mark', text: c, line });
      i += m ? m[0].length : 1;
    } else {
      const m = /^[\w.:$]+/.exec(code.slice(i, i + 200));
      out.push({ kind: m ? 'word' : 'mark', text: m ? m[0] : c, line });
      i += m ? m[0].length : 1;
    }
  }
  return out;
}

/** The table a `tribble(` call writes: its columns and its rows (each cell a string, or '' for NA), with each row's first line. */
function readTribble(tokens: readonly Token[], at: number): { columns: string[]; rows: Array<{ cells: string[]; line: number }>; end: number } | undefined {
  const columns: string[] = [];
  const values: Token[] = [];
  let k = at + 2;
  for (; k < tokens.length && !(tokens[k]!.kind === 'mark' && tokens[k]!.text === ')'); k++) {
    const t = tokens[k]!;
    if (t.kind === 'column') columns.push(t.text);
    else if (t.kind === 'string' || (t.kind === 'word' && /^(?:NA|NA_character_|NULL|-?\d[\d.]*)$/.test(t.text))) values.push(t);
    else if (!(t.kind === 'mark' && t.text === ',')) return undefined;
  }
  if (columns.length < 2 || values.length < columns.length) return undefined;
  const rows: Array<{ cells: string[]; line: number }> = [];
  for (let r = 0; r + columns.length <= values.length; r += columns.length) {
    const cells = values.slice(r, r + columns.length).map((v) => (v.kind === 'string' || /^-?\d/.test(v.text) ? v.text.replace(/\s+/g, ' ').trim() : ''));
    rows.push({ cells, line: values[r]!.line });
  }
  return { columns, rows, end: k };
}

/** The column each role of `detailed_entries(…)`/`brief_entries(…)` names (bare column names only), from the call at `at`. */
function readRoles(tokens: readonly Token[], at: number, columns: readonly string[]): Map<Role, number> {
  const out = new Map<Role, number>();
  let position = 0;
  let depth = 0;
  for (let k = at + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'mark' && t.text === '(') depth++;
    else if (t.kind === 'mark' && t.text === ')' && depth-- === 0) break;
    if (depth > 0 || t.kind !== 'word') continue;
    const named = tokens[k + 1]?.text === '=' && (ROLES as readonly string[]).includes(t.text) ? (t.text as Role) : undefined;
    const value = named ? tokens[k + 2] : t;
    if (named) k += 2;
    if (value?.kind !== 'word' || (!named && !columns.includes(value.text))) continue;
    const role = named ?? ROLES[position++];
    const column = columns.indexOf(value.text);
    if (role && column >= 0) out.set(role, column);
  }
  return out;
}

/** A row as list-item lines: "**what** | with | where | when", then its details (`why` and the columns no role took). */
function rowLines(cells: readonly string[], roles: ReadonlyMap<Role, number>): [string, string] {
  const cell = (r: Role): string => (roles.has(r) ? cells[roles.get(r)!]! : '');
  const used = new Set(roles.values());
  const what = cell('what');
  const head = [what ? `**${what}**` : '', cell('with'), cell('where'), cell('when')].filter(Boolean).join(' | ');
  const rest = [cell('why'), ...cells.filter((c, k) => !used.has(k) && c)].filter(Boolean).join(' · ');
  return [head, rest];
}

/**
 * Rewrites each R chunk that pipes a `tribble(…)` into vitae's `detailed_entries(…)` or `brief_entries(…)` as
 * Markdown: each row a list item on the row's first line ("- **Master 1 Biosciences** | École Normale Supérieure de
 * Lyon | Lyon, France | 2016-2017"), its details on the next line of the chunk when it is free (else after a " · " on
 * the same line); the chunk's other lines are blanked and are no longer code. A chunk it cannot read is left as it is;
 * one marked `include=FALSE` (run, never shown) is blanked.
 * @param lines - the body's lines, rewritten in place
 * @param fence - 1 where a line is fenced code; set to 0 on the lines rewritten
 */
export function rewriteVitaeTribbles(lines: string[], fence: Uint8Array): void {
  for (let i = 0; i < lines.length; i++) {
    if (!R_CHUNK.test(lines[i]!)) continue;
    let close = i + 1;
    while (close < lines.length && !/^\s*```/.test(lines[close]!)) close++;
    // (a chunk R runs but never shows, "```{r setup, include=FALSE}", is no text of the CV)
    if (/\binclude\s*=\s*F(?:ALSE)?\b/.test(lines[i]!)) {
      for (let k = i; k <= Math.min(close, lines.length - 1); k++) lines[k] = '';
      i = close;
      continue;
    }
    const tokens = tokenize(lines.slice(i + 1, close).join('\n'));
    const at = tokens.findIndex((t, k) => t.text === 'tribble' && tokens[k + 1]?.text === '(');
    const table = at >= 0 ? readTribble(tokens, at) : undefined;
    const call = table ? tokens.findIndex((t, k) => k > table.end && (t.text === 'detailed_entries' || t.text === 'brief_entries') && tokens[k + 1]?.text === '(') : -1;
    const roles = call >= 0 ? readRoles(tokens, call, table!.columns) : undefined;
    if (!table || !roles?.has('what')) continue;
    const out = new Map<number, string>();
    // (two rows on one line: the chunk is left as it is)
    if (new Set(table.rows.map((r) => r.line)).size < table.rows.length) continue;
    for (const row of table.rows) {
      const [head, rest] = rowLines(row.cells, roles);
      const at2 = i + 1 + row.line;
      const free = rest !== '' && at2 + 1 < close && !table.rows.some((r) => i + 1 + r.line === at2 + 1) && !out.has(at2 + 1);
      out.set(at2, `- ${head}${rest && !free ? ` · ${rest}` : free ? '  ' : ''}`);
      if (free) out.set(at2 + 1, `  ${rest}`);
    }
    for (let k = i; k <= Math.min(close, lines.length - 1); k++) {
      lines[k] = out.get(k) ?? '';
      fence[k] = 0;
    }
    i = close;
  }
}
