// Collapses runs of white space to one space (as `s.replace(/\s+/g, ' ')`), skipping the regular expression when there is nothing to collapse.
import { isSpace } from './is-space.js';

/** Whether `s` has two white-space characters in a row or one that is not a plain space (what collapsing would change). */
function needsCollapse(s: string): boolean {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c < 0x80 && c > 0x0d) {
      prev = false;
      continue;
    }
    const space = isSpace(c);
    if (space && (prev || c !== 0x20)) return true;
    prev = space;
  }
  return false;
}

/**
 * `s` with every run of white space as one space: exactly `s.replace(/\s+/g, ' ')`, returned as it is
 * when no run needs collapsing (most lines), in one scan.
 */
export function collapseSpaces(s: string): string {
  return needsCollapse(s) ? s.replace(/\s+/g, ' ') : s;
}
