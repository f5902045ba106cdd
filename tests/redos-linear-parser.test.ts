// Adversarial inputs at 1 KB, 10 KB and 100 KB: the Markdown parser takes time about linear in its input's size (ratios, not absolute times).
import { describe, it } from 'vitest';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { GENERATORS, expectLinear } from './helpers/expect-linear.js';

/**
 * The parser reads each text three times over in these CVs, about 1 MB a few seconds: sizes twenty times
 * smaller than the other stages', each timed twice, keep this file under a minute and a half on a shared
 * machine while a quadratic step still shows (it makes 100 KB take 100 times as long as 10 KB; the bound
 * is 35). Every regular expression of the parser is also checked to be linear by tests/redos-static.test.ts.
 */
const SIZES = [1_000, 10_000, 100_000] as const;
/** Calls timed per size (the best counts). */
const RUNS = 2;
/** Times under this count as this: at 10 KB a parse takes a few ms, where a collection or a busy core weighs more than the text. */
const FLOOR_MS = 20;

/** Each case may take minutes on a loaded machine. */
const SLOW = 600_000;

describe('the Markdown parser, time grows linearly with adversarial input', () => {
  it.each(Object.keys(GENERATORS))('parseMarkdown and findLostWords: %s', async (name) => {
    await expectLinear(name, (s) => parseMarkdown(`# Jane Doe\n\n${s}\n\n## Experience\n\n- ${s}\n\n## Skills\n\n${s}\n`), SIZES, FLOOR_MS, RUNS);
    await expectLinear(name, (s) => findLostWords(`# Jane\n\n${s}\n`, `Jane ${s}`), SIZES, FLOOR_MS, RUNS);
  }, SLOW);
});
