// Remembers, for one parse, what a pure function of a text returned: the same heading or place is asked about many times.
import type { ParseState } from './parse-types.js';

/**
 * `compute(text)`, computed once per parse for each `kind` and text and kept in `state.memo`. Only for
 * functions whose answer depends on the text and on what stays fixed during the parse (the CV's languages).
 * @param kind - a short name of the function, unique among the kinds (it prefixes the memo key)
 */
export function recall<T>(state: ParseState, kind: string, text: string, compute: (text: string) => T): T {
  const key = `${kind}\u0000${text}`;
  if (state.memo.has(key)) return state.memo.get(key) as T;
  const value = compute(text);
  state.memo.set(key, value);
  return value;
}
