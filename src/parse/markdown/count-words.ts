// Counts the parts a text splits into at runs of white space, without building them.

import { isSpace } from './is-space.js';

/** `s.split(/\s+/).length`, in one scan and no allocation: one more than the number of runs of white space. */
export function countWords(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
