// Remembers, for one parse, what a pure function of a text returned: the same heading or place is asked about many times.
import type { ParseState } from './parse-types.js';

/**
 * `compute(text)`, computed once per parse for each `kind` and text and kept in `state.memo` (one map
 * per kind, under the kind's name: no key is built per call). Only for functions whose answer depends
 * on the text and on what stays fixed during the parse (the CV's languages).
 * @param kind - a short name of the function, unique among the kinds and the memo's other keys
 */
export function recall<T>(state: ParseState, kind: string, text: string, compute: (text: string) => T): T {
  let known = state.memo.get(kind) as Map<string, T> | undefined;
  if (!known) state.memo.set(kind, (known = new Map()));
  const value = known.get(text);
  if (value !== undefined || known.has(text)) return value as T;
  const computed = compute(text);
  known.set(text, computed);
  return computed;
}
