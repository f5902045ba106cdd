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
 * - `--always-sparkplug`: compile each function to baseline machine code when it is first compiled, not after it has
 *   run in the interpreter for a while. With the higher interrupt budget above, the parser's and the theme's
 *   functions run many times before TurboFan takes them; baseline code runs them faster meanwhile. Three interleaved
 *   pairs of 300 reference CVs (classic, 2 pages, 2026-12-03): 35.6 / 36.4 / 37.0 ms/CV against 35.9 / 37.2 /
 *   38.6 without (about 0.9 ms/CV), Node's CPU 0.4 ms/CV less; the cold single CV costs about 40 ms more
 *   (912 → 950 ms, within its 1.5 s target).
 */
export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=500000', '--always-sparkplug'];
