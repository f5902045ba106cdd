// Memo tables for pure text helpers that live for one parse: each parse starts them empty and empties them when it ends, so no CV reuses another's results.

/** The tables filled during the current parse (undefined outside a parse). */
let used: Array<Map<string, unknown>> | undefined;
/** Counts parses, so that a table joins `used` once per parse. */
let parseCount = 0;
/** Stands for an undefined result in a table, so that one lookup tells a remembered undefined from a miss. */
const NONE = Symbol('none');

/**
 * Runs one parse with memoising switched on for the helpers wrapped by {@link memoPerParse};
 * their tables are emptied when `run` returns or throws. A nested call shares the outer parse's tables.
 */
export function withParseMemo<T>(run: () => T): T {
  if (used) return run();
  used = [];
  parseCount++;
  try {
    return run();
  } finally {
    for (const t of used) t.clear();
    used = undefined;
  }
}

/**
 * Wraps a pure function of one string so that, inside {@link withParseMemo}, each
 * argument is computed once per parse. Outside a parse it simply calls `fn`.
 */
export function memoPerParse<R>(fn: (s: string) => R): (s: string) => R {
  const table = new Map<string, R | typeof NONE>();
  let joined = 0;
  return (s: string): R => {
    if (!used) return fn(s);
    if (joined !== parseCount) {
      used.push(table as Map<string, unknown>);
      joined = parseCount;
    }
    const hit = table.get(s);
    if (hit !== undefined) return hit === NONE ? (undefined as R) : hit;
    const r = fn(s);
    table.set(s, r === undefined ? NONE : r);
    return r;
  };
}
