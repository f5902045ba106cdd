// Collapses runs of white space (and zero-width spaces) to one space, skipping the regular expression when there is nothing to collapse.
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
    // (a zero-width space or word joiner is a space no one sees: "Red Hat / \u200BSoftware Quality Engineer")
    const space = isSpace(c) || c === 0x200b || c === 0x2060;
    if (space && (prev || c !== 0x20)) return true;
    prev = space;
  }
  return false;
}

/**
 * `s` with every run of white space, zero-width spaces (U+200B) and word joiners (U+2060) among it, as one space:
 * exactly `s.replace(/[\s\u200B\u2060]+/g, ' ')`, returned as it is when no run needs collapsing (most lines), in one scan.
 */
export function collapseSpaces(s: string): string {
  return needsCollapse(s) ? s.replace(/[\s\u200B\u2060]+/g, ' ') : s;
}
