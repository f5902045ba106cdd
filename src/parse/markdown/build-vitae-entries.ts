// Builds the entries a vitae call shows from its table: each role evaluated per row, consecutive rows of the same head made one entry whose `why` values are its details.
import { evalRRole } from './eval-r-role.js';
import type { VitaeCall, VitaeRole } from './find-vitae-calls.js';
import type { RTable } from './read-r-table.js';
import type { RToken } from './read-r-tokens.js';

/** An entry as Markdown: its head ("**what** | with | where | when"), its details, and the line of its first row. */
export interface VitaeEntry {
  head: string;
  details: string[];
  line: number;
}

/** A role's text as shown: white space collapsed; in `when`, an arrow between dates ("2022 --> Presente") made a dash the date reader knows. */
function clean(role: VitaeRole, v: string | null | undefined): string {
  const text = (v ?? '').replace(/\s+/g, ' ').trim();
  return role === 'when' && text.includes('>') ? dashArrows(text) : text;
}

/** "Marzo 2022 --> Presente" → "Marzo 2022 – Presente" (a scan: each arrow of dashes and ">" made a dash between spaces). */
function dashArrows(text: string): string {
  const parts = text.split('>');
  let out = parts[0]!;
  for (const p of parts.slice(1)) {
    let cut = out.length;
    while (cut > 0 && out[cut - 1] === '-') cut--;
    out = cut < out.length ? `${out.slice(0, cut).trimEnd()} – ${p.trimStart()}` : `${out}>${p}`;
  }
  return out.trim();
}

/** `what` in bold, unless it writes its own markup ("\\textbf{Tablyzer}: …"). */
const bold = (what: string): string => (/[\\*]/.test(what) ? what : `**${what}**`);

/**
 * The entries `call` shows of `table`: each row's roles evaluated (a role whose code this reader does not know is left
 * out), its head "**what** | with | where | when", its details the `why` value and the cells of columns no role reads;
 * consecutive rows of the same what, when, with and where are one entry (as vitae shows them), their details in order.
 * A row with no what and no with is headed by its `why`. No entry when no role reads anything.
 * @param tokens - the code of the call
 * @param call - the vitae call
 * @param table - its data
 */
export function buildVitaeEntries(tokens: readonly RToken[], call: VitaeCall, table: RTable): VitaeEntry[] {
  const used = new Set<string>();
  const rows = table.rows.map((row) => {
    const cells = new Map(table.columns.map((c, k) => [c, row.cells[k] ?? null] as const));
    const scope = { cells, used };
    const values = new Map<VitaeRole, string>();
    for (const [role, arg] of call.roles) values.set(role, clean(role, evalRRole(tokens, arg.from, arg.to, scope)));
    return { values, row };
  });
  if (used.size === 0 && rows.every((r) => [...r.values.values()].every((v) => !v))) return [];
  const out: Array<VitaeEntry & { key: string }> = [];
  for (const { values, row } of rows) {
    const v = (r: VitaeRole): string => values.get(r) ?? '';
    const rest = table.columns.map((c, k) => (used.has(c) ? '' : (row.cells[k] ?? ''))).filter(Boolean);
    const headed = v('what') || v('with');
    const head = [v('what') ? bold(v('what')) : headed ? '' : v('why'), v('with'), v('where'), v('when')].filter(Boolean).join(' | ');
    const details = [headed ? v('why') : '', ...rest].filter(Boolean);
    const key = headed ? [v('what'), v('when'), v('with'), v('where')].join('\u0000') : `\u0001${out.length}`;
    const last = out[out.length - 1];
    if (last && last.key === key) {
      for (const d of details) if (!last.details.includes(d)) last.details.push(d);
    } else if (head || details.length > 0) out.push({ head: head || details.shift()!, details, line: row.line, key });
  }
  return out.map(({ head, details, line }) => ({ head, details, line }));
}
