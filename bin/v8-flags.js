// The V8 flags the cvpress command sets before it loads anything (also used by `npm run bench`, so that it measures what the command runs).

/**
 * - `--no-regexp-tier-up`: compile each regular expression once, to native code, instead of first to bytecode
 *   and again when it turns hot (the parser's Unicode patterns made that about 50 ms of a cold run).
 * - `--interrupt-budget=500000` (V8's default is 67,584 bytecode units, about 7× less): a function is handed to
 *   the optimizing compiler only after about 7× as much work. A batch runs the same few thousand functions a
 *   few times per CV: with the default, TurboFan compiled most of them in V8's background threads, about
 *   1.7 s of CPU in a 300-CV batch (5–6 ms per CV) on a machine where Chromium needs every core; with this
 *   budget it compiles the truly hot ones only. Node's CPU per CV fell from 22 to 19.4 ms (300 reference CVs,
 *   classic, 2 pages; `node scripts/bench.js`), the same at 1,200 CVs.
 */
export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=500000'];
