// Whether one period lies within another: "2019 - 2021" within "2010/09 - 2021/01", a role's years within its company's.
import type { DateSpan } from './parse-types.js';

/**
 * Whether `inner` lies within `outer`, both ranges (neither a single date): it starts no earlier, and ends no later
 * (by the year) unless `outer` is still going on.
 */
export function periodWithin(inner: DateSpan, outer: DateSpan | undefined): boolean {
  if (!outer || outer.single || inner.single || !outer.start || !inner.start || inner.start < outer.start.slice(0, inner.start.length)) return false;
  if (outer.ongoing) return true;
  return !inner.ongoing && inner.end !== undefined && outer.end !== undefined && inner.end.slice(0, 4) <= outer.end.slice(0, 4) && inner.end >= inner.start;
}
