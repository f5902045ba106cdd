// Adversarial inputs at 2 KB, 20 KB and 200 KB: every stage after the Markdown parser that reads CV text takes time about linear in its size (ratios, not absolute times; the parser: redos-linear-parser.test.ts).
import { describe, it } from 'vitest';
import { CvpressError } from '../src/model/errors.js';
import type { Resume } from '../src/model/types.js';
import { parseJsonResume } from '../src/parse/parse-json-resume.js';
import { readMarkdownSource } from '../src/parse/markdown/read-markdown-source.js';
import { describeStamp } from '../src/stamp/describe-stamp.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { renderHtml } from '../src/theme/render-html.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';
import { GENERATORS, expectLinear } from './helpers/expect-linear.js';

const names = Object.keys(GENERATORS);

/** A stage whose typed errors (a CV refused as too large or malformed) count as its result: refusing must be fast too. */
const tolerant = (stage: (text: string) => unknown) => (text: string): unknown => {
  try {
    return stage(text);
  } catch (err) {
    if (err instanceof CvpressError) return err;
    throw err;
  }
};

/** Each case may take minutes on a loaded machine (1 MB of Markdown through markdown-it and the sanitizer). */
const SLOW = 600_000;

describe('time grows linearly with adversarial input', () => {
  it.each(names)('sanitizeHtml (raw HTML of a CV): %s', async (name) => { await expectLinear(name, (s) => sanitizeHtml(s)); }, SLOW);
  it.each(names)('front matter (a quoted value, a block value, an unclosed block): %s', async (name) => {
    await expectLinear(name, tolerant((s) => readMarkdownSource(`---\nname: x\nlabel: ${JSON.stringify(s)}\n---\n# Body\n`)));
    await expectLinear(name, tolerant((s) => readMarkdownSource(`---\nname: x\nlabel: |\n  ${s.replace(/\n/g, '\n  ')}\n---\n# Body\n`)));
    await expectLinear(name, tolerant((s) => readMarkdownSource(`---\n${s}\n`)));
  }, SLOW);
  it.each(names)('JSON Resume (.json, .yaml quoted and block): %s', async (name) => {
    await expectLinear(name, tolerant((s) => parseJsonResume(JSON.stringify({ basics: { name: 'x', summary: s } }), { kind: 'json' })));
    await expectLinear(name, tolerant((s) => parseJsonResume(`basics:\n  name: x\n  summary: ${JSON.stringify(s)}\n`, { kind: 'yaml' })));
    await expectLinear(name, tolerant((s) => parseJsonResume(`basics:\n  name: x\n  summary: |\n    ${s.replace(/\n/g, '\n    ')}\n`, { kind: 'yaml' })));
  }, SLOW);
  it.each(names)('renderHtml (Markdown, sanitizer, view) and stamp metadata: %s', async (name) => {
    const theme = await loadTheme('classic', { themeDirs: [] });
    const model = (s: string): Resume => ({
      basics: { name: 'Jane', label: s, summary: s },
      work: [{ name: 'Org', startDate: '2019', dateText: s } as NonNullable<Resume['work']>[number]],
    });
    await expectLinear(name, (s) => renderHtml(model(s), theme, { lang: 'en', format: 'A4' }));
    await expectLinear(name, (s) => describeStamp(model(s), { themeName: 'classic', lang: 'en', version: '0.0.0' }));
  }, SLOW);
});
