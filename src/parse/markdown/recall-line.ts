// Remembers, for one parse, what a pure function of a line returned: segmenting a section asks about the same lines many times.
import type { Line, ParseState } from './parse-types.js';

/**
 * `compute(line)`, computed once per parse for each `kind` and Line and kept in `state.memo` (one map per kind,
 * under the kind's name). Only for functions whose answer depends on the line (Lines do not change once built)
 * and on what stays fixed during the parse (the CV's languages).
 * @param kind - a short name of the function, unique among the kinds and the memo's other keys
 */
export function recallLine<T>(state: ParseState, kind: string, line: Line, compute: (line: Line) => T): T {
  let known = state.memo.get(kind) as Map<Line, T> | undefined;
  if (!known) state.memo.set(kind, (known = new Map()));
  const value = known.get(line);
  if (value !== undefined || known.has(line)) return value as T;
  const computed = compute(line);
  known.set(line, computed);
  return computed;
}
