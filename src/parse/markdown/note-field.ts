// Records where a model field came from and why, for `cvpress parse --explain`.
import type { Line, ParseState } from './parse-types.js';

/** Adds an explain entry: the field's JSON pointer, its source lines and the deciding features. */
export function noteField(state: ParseState, field: string, from: Line | { line: number; endLine: number } | undefined, why: readonly string[] = []): void {
  if (!from) return;
  const entry: { line: number; endLine: number; field: string; why?: string[] } = { line: from.line, endLine: Math.max(from.line, from.endLine), field };
  if (why.length) entry.why = [...why];
  state.explain.push(entry);
}
