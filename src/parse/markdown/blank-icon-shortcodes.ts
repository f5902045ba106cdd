// Removes the Font Awesome icon shortcodes of Hugo's FixIt and LoveIt themes ("# :(fas fa-user-graduate): Education"): icons a site draws, no words of the CV's.

/** A Font Awesome icon in the theme's shortcode, with the spaces after it: ":(fas fa-trophy):", ":(fas fa-solid fa-truck):". */
const FA_ICONS = /:\(fa[a-z]?(?: fa-[a-z0-9-]{1,40}){1,4}\):[ \t]*/g;

/**
 * Removes, in place, the icon shortcodes of every line outside fenced code (`fence[i]` set: line i is code).
 */
export function blankIconShortcodes(lines: string[], fence: Uint8Array): void {
  lines.forEach((l, i) => {
    if (!fence[i] && l.includes(':(fa')) lines[i] = l.replace(FA_ICONS, '');
  });
}
