// Finds the url() arguments of a stylesheet by scanning, in linear time (the patterns it stands for backtracked on white space).
import { isQuote } from './is-quote.js';
import { makeStopFinder } from './make-stop-finder.js';
import { skipSpace } from './skip-space.js';

/**
 * Each `url()` of a stylesheet as `url\(\s*['"]?PREFIX([^'")]+)['"]?\s*\)` (`closing: 'any'`) or
 * `url\(\s*(['"]?)([^'")]+)\1\s*\)` (`closing: 'same'`, no prefix) finds them, with the captured argument, by
 * scanning: after `url(`, its white space and an optional quote, the argument runs to the first quote or ")";
 * then that quote (the opening one for `same`), white space and ")". With `any` and no prefix, a quoted
 * argument that cannot be read gives way to the last white-space character before the quote (where the
 * pattern backtracks to).
 * @param opts - `prefix` the argument must start with (not part of `arg`), which `closing` quote ends it, and
 *   whether `url(` matches in any case
 */
export function* findCssUrlArgs(css: string, opts: { prefix: string; closing: 'any' | 'same'; caseless: boolean }): Generator<{ start: number; end: number; arg: string }> {
  const special = makeStopFinder(css, (c) => c === ')' || isQuote(c));
  const head = opts.caseless ? /url\(/iy : /url\(/y;
  let spaceAfter = { at: -1, end: -1 };
  const closeAfter = (q: number): number => (spaceAfter.at === q ? spaceAfter : (spaceAfter = { at: q, end: skipSpace(css, q + 1) })).end;
  // the argument from c0 (one character at least) and what must follow it
  const tail = (c0: number, quote: string | undefined): { end: number; arg: string } | undefined => {
    const e = special(c0);
    if (e <= c0) return undefined;
    if (css[e] === ')') return opts.closing === 'any' || quote === undefined ? { end: e + 1, arg: css.slice(c0, e) } : undefined;
    if (opts.closing === 'same' && css[e] !== quote) return undefined;
    const close = closeAfter(e);
    return css[close] === ')' ? { end: close + 1, arg: css.slice(c0, e) } : undefined;
  };
  for (let i = 0; i < css.length; i++) {
    head.lastIndex = i;
    if (!head.test(css)) continue;
    const p = skipSpace(css, i + 4);
    let hit: { end: number; arg: string } | undefined;
    if (isQuote(css[p])) {
      if (css.startsWith(opts.prefix, p + 1)) hit = tail(p + 1 + opts.prefix.length, css[p]);
      if (!hit && opts.prefix === '' && opts.closing === 'any' && p > i + 4 && css[closeAfter(p)] === ')') hit = { end: closeAfter(p) + 1, arg: css[p - 1]! };
    } else if (css.startsWith(opts.prefix, p)) hit = tail(p + opts.prefix.length, undefined);
    if (!hit) continue;
    yield { start: i, ...hit };
    i = hit.end - 1;
  }
}
