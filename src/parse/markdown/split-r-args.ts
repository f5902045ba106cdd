// Splits the arguments of an R call at its top-level commas, reading each one's name ("with = title", "'Details' = c(…)").
import type { RToken } from './read-r-tokens.js';

/** An argument of an R call: its name when it has one, and its value's tokens [from, to). */
export interface RArg {
  name?: string;
  from: number;
  to: number;
}

/**
 * The arguments of the call whose "(" is `tokens[open]`, and the index of its ")" (`tokens.length` when it never
 * closes). An empty argument (a trailing comma) is left out.
 * @param tokens - the code's tokens
 * @param open - the index of the call's "("
 */
export function splitRArgs(tokens: readonly RToken[], open: number): { args: RArg[]; close: number } {
  const args: RArg[] = [];
  let depth = 0;
  let start = open + 1;
  let k = open + 1;
  const push = (to: number): void => {
    if (to <= start) return;
    const first = tokens[start]!;
    const named = (first.kind === 'word' || first.kind === 'string') && tokens[start + 1]?.kind === 'mark' && tokens[start + 1]!.text === '=' && to > start + 2;
    args.push(named ? { name: first.text, from: start + 2, to } : { from: start, to });
  };
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'mark') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      if (depth-- === 0) break;
    } else if (t.text === ',' && depth === 0) {
      push(k);
      start = k + 1;
    }
  }
  push(k);
  return { args, close: k };
}
