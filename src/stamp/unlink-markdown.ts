// Replaces Markdown links and images by their text, in one linear pass.

/**
 * Replaces each Markdown link `[text](target)` (with `image`, each image `![text](target)`) by its text, as
 * `md.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')` would, in linear time: the `]` and `)` found for one
 * opening bracket serve every bracket before them, and none found ends the scan.
 */
export function unlinkMarkdown(md: string, image: boolean): string {
  let out = '';
  let from = 0;
  let i = md.indexOf(image ? '![' : '[');
  while (i !== -1) {
    const open = image ? i + 1 : i;
    const close = md.indexOf(']', open + 1);
    if (close === -1) break;
    if (md[close + 1] !== '(') {
      // Every opening bracket before this `]` meets the same `]`: start again after it.
      i = md.indexOf(image ? '![' : '[', close + 1);
      continue;
    }
    const end = md.indexOf(')', close + 2);
    if (end === -1) break;
    out += md.slice(from, i) + md.slice(open + 1, close);
    from = end + 1;
    i = md.indexOf(image ? '![' : '[', from);
  }
  return out + md.slice(from);
}
