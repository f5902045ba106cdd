// Whether a text names jobs only: each of its parts between dashes, commas and slashes names a job and no organisation or school ("Software Developer - Application Owner").
import type { ParseState } from './parse-types.js';
import { namesJobOnly } from './names-job-only.js';

/**
 * Whether `text` has two parts or more between spaced dashes, commas or slashes, each naming a job and none an
 * organisation or a school ("Data Steward - IT Intern"): one role with its facets, no role and employer.
 */
export function onlyJobParts(state: ParseState, text: string): boolean {
  const parts = text.split(/\s[-–—]\s|,\s|\s\/\s/u).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => namesJobOnly(state, p));
}
