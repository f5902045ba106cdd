// Remembers, for one parse, what a pure function of a text or a Line returned: the same heading, place or line is asked about many times.
import type { Line, ParseState } from './parse-types.js';

/** What the memo holds for a computed `undefined` (so that a hit is one lookup, with no `has` after a `get`). */
const NOTHING: unique symbol = Symbol('nothing');

/**
 * `compute(key)`, computed once per parse for each `kind` and key (a text, or a Line: Lines do not change
 * once built) and kept in `state.memo` (one map per kind, under the kind's name: no key is built per call).
 * Only for functions whose answer depends on the key and on what stays fixed during the parse (the CV's
 * languages).
 * @param kind - a short name of the function, unique among the kinds and the memo's other keys
 */
export function recall<K extends string | Line, T>(state: ParseState, kind: string, key: K, compute: (key: K) => T): T {
  let known = state.memo.get(kind) as Map<K, T | typeof NOTHING> | undefined;
  if (!known) state.memo.set(kind, (known = new Map()));
  const value = known.get(key);
  if (value !== undefined) return value === NOTHING ? (undefined as T) : value;
  const computed = compute(key);
  known.set(key, computed === undefined ? NOTHING : computed);
  return computed;
}
