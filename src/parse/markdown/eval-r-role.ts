// Evaluates, for one row of a table, the small R expressions vitae CVs give their roles (columns, glue, paste, ifelse, literals).
import { readRTokens, type RToken } from './read-r-tokens.js';
import { splitRArgs, type RArg } from './split-r-args.js';

/** A value of R as read here: a string, a logical, or NA (null). */
type RValue = string | boolean | null;

/** What an expression may read: the row's cells by column (null for NA), and the columns it read. */
export interface RRowScope {
  cells: ReadonlyMap<string, string | null>;
  used: Set<string>;
}

/** Thrown when the code is more than this reader knows. */
const UNKNOWN = new Error('unknown R code');

/** The function's name without its namespace ("glue::glue" → "glue"). */
const bare = (name: string): string => name.slice(name.lastIndexOf(':') + 1);

/** A value as paste and glue write it. */
const asText = (v: RValue, na: string): string => (v === null ? na : v === true ? 'TRUE' : v === false ? 'FALSE' : v);

/** The index of the last mark among `ops` at depth 0 in [from, to), or -1. */
function findTop(tokens: readonly RToken[], from: number, to: number, ops: readonly string[]): number {
  let depth = 0;
  let found = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'mark') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
    else if (depth === 0 && k > from && ops.includes(t.text)) found = k;
  }
  return found;
}

/** Fills glue's "{expr}" holes of `template` (delimiters `open`/`close`; a doubled delimiter is itself), NA written `na` (null: the result is NA). */
function fillGlue(template: string, open: string, close: string, na: string | null, scope: RRowScope): RValue {
  let out = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith(open + open, i) && open !== close) {
      out += open;
      i += open.length * 2;
    } else if (template.startsWith(open, i)) {
      const end = template.indexOf(close, i + open.length);
      if (end < 0) throw UNKNOWN;
      const code = readRTokens(template.slice(i + open.length, end));
      const v = evalRange(code, 0, code.length, scope);
      if (v === null && na === null) return null;
      out += asText(v, na ?? 'NA');
      i = end + close.length;
    } else if (template.startsWith(close + close, i) && open !== close) {
      out += close;
      i += close.length * 2;
    } else out += template[i++];
  }
  return out;
}

/** glue::glue(…): its unnamed strings joined, its named values bound, its holes filled. */
function evalGlue(tokens: readonly RToken[], args: readonly RArg[], scope: RRowScope): RValue {
  const opt = (name: string, fallback: string | null): string | null => {
    const a = args.find((x) => x.name === name);
    if (!a) return fallback;
    const v = evalRange(tokens, a.from, a.to, scope);
    if (typeof v === 'boolean') throw UNKNOWN;
    return v;
  };
  const locals = new Map(scope.cells);
  for (const a of args) if (a.name && !a.name.startsWith('.')) locals.set(a.name, asValue(evalRange(tokens, a.from, a.to, scope)));
  const inner: RRowScope = { cells: locals, used: scope.used };
  const template = args.filter((a) => !a.name).map((a) => asText(evalRange(tokens, a.from, a.to, scope), 'NA')).join(opt('.sep', '') ?? '');
  const open = opt('.open', '{');
  const close = opt('.close', '}');
  if (!open || !close) throw UNKNOWN;
  return fillGlue(template, open, close, opt('.na', 'NA'), inner);
}

/** A logical or NA made a cell's value. */
const asValue = (v: RValue): string | null => (typeof v === 'boolean' ? asText(v, 'NA') : v);

/** A call `name(args)` among those this reader knows. */
function evalCall(name: string, tokens: readonly RToken[], args: readonly RArg[], scope: RRowScope): RValue {
  const value = (a: RArg | undefined): RValue => (a ? evalRange(tokens, a.from, a.to, scope) : null);
  const unnamed = args.filter((a) => !a.name);
  switch (name) {
    case 'glue':
    case 'str_glue':
      return evalGlue(tokens, args, scope);
    case 'paste':
    case 'paste0':
    case 'str_c': {
      const sepArg = args.find((a) => a.name === 'sep');
      const sep = sepArg ? asText(value(sepArg), 'NA') : name === 'paste' ? ' ' : '';
      return unnamed.map((a) => asText(value(a), 'NA')).join(sep);
    }
    case 'ifelse':
    case 'if_else': {
      const test = value(unnamed[0]);
      if (test === null) return null;
      if (typeof test !== 'boolean' || unnamed.length < 3) throw UNKNOWN;
      return value(test ? unnamed[1] : unnamed[2]);
    }
    case 'is.na':
      return value(unnamed[0]) === null;
    case 'c':
    case 'I':
    case 'as.character':
    case 'trimws':
    case 'str_trim':
    case 'str_squish': {
      if (unnamed.length !== 1) throw UNKNOWN;
      const v = value(unnamed[0]);
      return typeof v === 'string' && name !== 'c' && name !== 'I' && name !== 'as.character' ? v.trim() : v;
    }
    default:
      throw UNKNOWN;
  }
}

/** A single token's value: a literal, NA, a logical, a number or a column of the row. */
function evalToken(t: RToken, scope: RRowScope): RValue {
  if (t.kind === 'string') return t.text;
  if (t.kind !== 'word') throw UNKNOWN;
  if (/^(?:NA|NA_character_|NA_integer_|NA_real_|NULL)$/.test(t.text)) return null;
  if (t.text === 'TRUE' || t.text === 'FALSE') return t.text === 'TRUE';
  if (/^\d/.test(t.text)) return t.text.replace(/L$/, '');
  if (!scope.cells.has(t.text)) throw UNKNOWN;
  scope.used.add(t.text);
  return scope.cells.get(t.text)!;
}

/** The value of the expression [from, to) (throws UNKNOWN past what this reader knows). */
function evalRange(tokens: readonly RToken[], from: number, to: number, scope: RRowScope): RValue {
  if (to <= from) throw UNKNOWN;
  for (const ops of [['|', '||'], ['&', '&&'], ['==', '!=']]) {
    const at = findTop(tokens, from, to, ops);
    if (at < 0) continue;
    const a = evalRange(tokens, from, at, scope);
    const b = evalRange(tokens, at + 1, to, scope);
    if (a === null || b === null) return null;
    const op = tokens[at]!.text;
    if (op === '==' || op === '!=') return (a === b) === (op === '==');
    if (typeof a !== 'boolean' || typeof b !== 'boolean') throw UNKNOWN;
    return op.startsWith('|') ? a || b : a && b;
  }
  const first = tokens[from]!;
  if (first.kind === 'mark' && first.text === '!') {
    const v = evalRange(tokens, from + 1, to, scope);
    if (v === null) return null;
    if (typeof v !== 'boolean') throw UNKNOWN;
    return !v;
  }
  if (first.kind === 'mark' && first.text === '-' && to === from + 2 && /^\d/.test(tokens[from + 1]!.text)) return `-${tokens[from + 1]!.text}`;
  if (to === from + 1) return evalToken(first, scope);
  if (first.kind === 'mark' && first.text === '(' && tokens[to - 1]!.text === ')') return evalRange(tokens, from + 1, to - 1, scope);
  if (first.kind !== 'word' || tokens[from + 1]!.text !== '(') throw UNKNOWN;
  const { args, close } = splitRArgs(tokens, from + 1);
  if (close !== to - 1) throw UNKNOWN;
  return evalCall(bare(first.text), tokens, args, scope);
}

/**
 * The value of a role's R expression for one row — a column ("title"), a literal, NA, `glue::glue("{startMonth}
 * {startYear} --> {endYear}", .na = "")` (with `.open`/`.close`), `paste(…)`/`paste0(…)`, `ifelse(is.na(x), a, b)` —
 * or undefined when the code is more than this reader knows. The columns it reads are added to `scope.used`.
 * @param tokens - the code's tokens
 * @param from - the expression's first token
 * @param to - the index after its last token
 * @param scope - the row's cells
 * @returns the value (null for NA), or undefined
 */
export function evalRRole(tokens: readonly RToken[], from: number, to: number, scope: RRowScope): string | null | undefined {
  try {
    return asValue(evalRange(tokens, from, to, scope));
  } catch {
    return undefined;
  }
}
