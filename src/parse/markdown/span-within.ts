// Whether one date span lies within another (an open end runs to now).
import type { DateSpan } from './parse-types.js';

/** Whether span `inner` lies within span `outer` (an open end runs to now). */
export function spanWithin(inner: DateSpan, outer: DateSpan): boolean {
  const start = inner.start ?? inner.end;
  // "2022" lies within "2022-06 – 2025-11": each start compares at the coarser precision of the two
  if (!start || !outer.start || start.slice(0, outer.start.length) < outer.start.slice(0, start.length)) return false;
  if (outer.ongoing || (!outer.end && !outer.single)) return true;
  const outerEnd = outer.end ?? outer.start;
  const innerEnd = inner.ongoing ? '9999' : inner.end ?? start;
  return innerEnd.slice(0, outerEnd.length) <= outerEnd;
}
