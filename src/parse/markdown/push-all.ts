// Appends every item of a list to another without spreading it into a call (a spread of 100,000 items overflows the stack).

/**
 * Appends `items` to `target` in order, one by one: safe for lists of any length.
 * @param target - the list to extend
 * @param items - what to append
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const x of items) target.push(x);
}
