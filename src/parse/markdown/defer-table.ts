// A read-only table derived from the lexicons, built the first time it is asked for instead of when the module loads.

/**
 * Wraps the builder of a table that not every CV needs (words of scripts without spaces, compound endings of a
 * few languages, emoji that fold alone): a cold process that never asks for it never builds it. The table is
 * built once, on the first call, and is read-only after (a constant, computed late).
 * @param build - makes the table; called at most once
 * @returns a function that returns the table
 */
export function deferTable<T>(build: () => T): () => T {
  let table: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      table = build();
      built = true;
    }
    return table as T;
  };
}
