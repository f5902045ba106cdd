// Whether a CV's front matter holds its studies (an `education` key with entries), so that the body's schools are posts, not studies.
import type { ParseState } from './parse-types.js';

/** The front matter holds the CV's studies (an `education` key with entries). */
export function frontMatterStudies(state: ParseState): boolean {
  const data = state.source.frontMatter?.data;
  if (!data) return false;
  const key = Object.keys(data).find((k) => k.toLowerCase() === 'education');
  const v = key === undefined ? undefined : data[key];
  return v !== undefined && v !== null && (Array.isArray(v) ? v.length > 0 : typeof v === 'object');
}
