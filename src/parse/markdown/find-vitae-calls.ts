// Finds the calls of vitae's entry functions in R code (`detailed_entries(…)`, `brief_entries(…)`), with the data each reads and the expression of each role.
import type { RToken } from './read-r-tokens.js';
import { splitRArgs, type RArg } from './split-r-args.js';

/** The roles of vitae's entry functions, in their positional order. */
export const VITAE_ROLES = ['what', 'when', 'with', 'where', 'why'] as const;
/** A role of vitae's entry functions. */
export type VitaeRole = (typeof VITAE_ROLES)[number];

/** A call of `detailed_entries`/`brief_entries`: where its data comes from, and each role's expression. */
export interface VitaeCall {
  /** The index of the function's name. */
  at: number;
  /** The index of the call's ")". */
  close: number;
  /** The data: a table call written in place (the index of its name: `tribble(…) %>% detailed_entries(…)`), a name (`work %>% …`, `detailed_entries(work, …)`), or unknown. */
  data: { table: number } | { name: string } | undefined;
  roles: Map<VitaeRole, RArg>;
}

/** The index of the "(" matching the ")" at `close`, or -1. */
function openOf(tokens: readonly RToken[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'mark') continue;
    if (t.text === ')') depth++;
    else if (t.text === '(' && --depth === 0) return k;
  }
  return -1;
}

/** The data an expression [from, to) names: a single word, or a call (the index of its name). */
function dataOf(tokens: readonly RToken[], from: number, to: number): VitaeCall['data'] {
  const t = tokens[from];
  if (t?.kind !== 'word' || /^\d/.test(t.text)) return undefined;
  if (to === from + 1) return { name: t.text };
  return tokens[from + 1]?.text === '(' && tokens[to - 1]?.text === ')' && openOf(tokens, to - 1) === from + 1 ? { table: from } : undefined;
}

/** The data piped into the call at `at` ("x %>% f(…)", "tribble(…) |> f(…)"), null when nothing is piped, undefined when unknown. */
function pipedData(tokens: readonly RToken[], at: number): VitaeCall['data'] | null {
  const pipe = tokens[at - 1];
  if (pipe?.kind !== 'mark' || (pipe.text !== '%>%' && pipe.text !== '|>')) return null;
  const end = at - 2;
  const last = tokens[end];
  if (!last) return undefined;
  if (last.kind === 'mark' && last.text === ')') {
    const open = openOf(tokens, end);
    return open > 0 ? dataOf(tokens, open - 1, end + 1) : undefined;
  }
  // (a name piped on, unless it is itself the end of a longer pipe: "x %>% arrange(y) %>% f()" is unknown)
  const before = tokens[end - 1];
  if (before?.kind === 'mark' && (before.text === '%>%' || before.text === '|>' || before.text === '$')) return undefined;
  return dataOf(tokens, end, end + 1);
}

/** Matches a call's arguments to its formals as R does: by name first, then the unnamed ones in order. */
function matchArgs(args: readonly RArg[], formals: readonly string[]): Map<string, RArg> {
  const out = new Map<string, RArg>();
  for (const a of args) if (a.name && formals.includes(a.name)) out.set(a.name, a);
  const free = formals.filter((f) => !out.has(f));
  let k = 0;
  for (const a of args) if (!a.name && k < free.length) out.set(free[k++]!, a);
  return out;
}

/**
 * Each call of vitae's `detailed_entries(…)` or `brief_entries(…)` in the code: its data (piped in, named `data =`,
 * or its first argument) and the expression of each role (named, or by position: what, when, with, where, why).
 * @param tokens - the code's tokens
 */
export function findVitaeCalls(tokens: readonly RToken[]): VitaeCall[] {
  const out: VitaeCall[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at]!;
    const name = t.kind === 'word' ? t.text.slice(t.text.lastIndexOf(':') + 1) : '';
    if ((name !== 'detailed_entries' && name !== 'brief_entries') || tokens[at + 1]?.text !== '(') continue;
    const { args, close } = splitRArgs(tokens, at + 1);
    const piped = pipedData(tokens, at);
    const roles = name === 'brief_entries' ? VITAE_ROLES.slice(0, 3) : VITAE_ROLES;
    const matched = matchArgs(args, piped === null ? ['data', ...roles] : roles);
    const dataArg = matched.get('data');
    const data = piped !== null ? piped : dataArg ? dataOf(tokens, dataArg.from, dataArg.to) : undefined;
    const byRole = new Map<VitaeRole, RArg>();
    for (const r of roles) if (matched.has(r)) byRole.set(r, matched.get(r)!);
    out.push({ at, close, data, roles: byRole });
    at = close;
  }
  return out;
}
