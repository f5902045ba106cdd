// Drops a stylesheet's rules for other languages (`:lang(xx)` selectors), in one linear pass.

/**
 * Drops each rule whose selector has `:lang(xx)` for another primary language than `primary`, in one
 * linear pass (as `css.replace(/[^{}]*:lang\(([^)]*)\)[^{}]*\{[^}]*\}/g, …)` did for well-formed CSS, with
 * the last `:lang()` of a selector deciding, without that pattern's cubic worst case).
 */
export function keepLangRules(css: string, primary: string): string {
  let out = '';
  let i = 0;
  // The next `{` and `}` at or after i, each found once (the scan never goes back).
  let open = css.indexOf('{');
  let shut = css.indexOf('}');
  const next = (): void => {
    if (open !== -1 && open < i) open = css.indexOf('{', i);
    if (shut !== -1 && shut < i) shut = css.indexOf('}', i);
  };
  while (i < css.length) {
    next();
    if (open === -1) return out + css.slice(i);
    if (shut !== -1 && shut < open) {
      out += css.slice(i, shut + 1);
      i = shut + 1;
      continue;
    }
    const selector = css.slice(i, open);
    const at = selector.lastIndexOf(':lang(');
    const paren = at === -1 ? -1 : selector.indexOf(')', at + 6);
    if (shut === -1 || paren === -1) {
      out += css.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const lang = selector.slice(at + 6, paren);
    if (lang.trim().toLowerCase().split('-')[0] === primary) out += css.slice(i, shut + 1);
    i = shut + 1;
  }
  return out;
}
