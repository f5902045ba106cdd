// The simple-Markdown fast path of CV Markdown: the same HTML as markdown-it (and the sanitizer when it would run), or no answer.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readFixtureMarkdown } from './helpers/read-fixture-markdown.js';
import { needsSanitizing } from '../src/theme/needs-sanitizing.js';
import { renderMarkdown } from '../src/theme/render-markdown.js';
import { renderSimpleMarkdown } from '../src/theme/render-simple-markdown.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';

// The instance renderMarkdown uses (fuzzy links off: the fast path relies on it).
const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
md.linkify.set({ fuzzyLink: false });
/** renderMarkdown's slow path: markdown-it, then the sanitizer when the tokens need it. */
const slow = (s: string, inline: boolean): string => {
  const tokens = inline ? md.parseInline(s, {}) : md.parse(s, {});
  const raw = md.renderer.render(tokens, md.options, {});
  return needsSanitizing(tokens) ? sanitizeHtml(raw).html : raw;
};
const fast = (s: string, inline: boolean): string | undefined => renderSimpleMarkdown(md, s, inline);

/** Fragments the fast path answers: the shapes of the reference CVs' descriptions. */
const SIMPLE_BLOCKS = [
  '**Oversaw a team (7 engineers)** on non-technical management duties. Redesigned it by **implementing Kanban**.',
  'Looking to explore a different way, **I co-founded a company** focused on skill.\n\n**I was the only one**',
  'Hi Auto is a global leader (Al-driven) in drive-thru.\n\nThis is the cool async Python/Kubernetes/AI thing I\'m doing now:)',
  'Intro line:\n\n- a multi-platform desktop Kivy app\n- an app to plan my finances\n\nAfter the list.',
  'Text right before\n- an item that interrupts it\n- and another',
  'Uses *Python* and `asyncio` with "quotes" and Node.js 2.0',
  'bultrowicz.dev  \nTimezone: CET',
  'first line \nsecond line  \nlast line  ',
  'Examples of assignments on this position:\n\n**Leading a development team**\n\nI lead one of the teams.',
  '2018.11 - 2021.01',
  '- · Running tests on code file changes\n- (optional) item',
  '`code  ` and ` x ` and `  ` and `a < b & "c"`',
  '*Zürich* is **"quoted"**. (**bold**) *em*, **x**: y, a * b, snake_case_name and R&D (< 1%, > 2) **a**b**c**',
  'a**b**c under_score a &nbsp b;',
  'PostgreSQL\'s **postgres_fdw**, (**React**/**Redux**, **Rails**). **Oversaw a team (2 engineers + 1 manager)**.',
  '“Quoted” start, `code` start\n`npm` and •bullet\n\n— dash start and ‘single’',
  'see cvpress.com and www.cvpress.com: no fuzzy links in markdown-it 15',
];
/** Fragments left to markdown-it: links, nesting, odd runs, lists of other shapes, blocks a line could open. */
const LEFT_TO_MARKDOWN_IT = [
  'mail **me@home.org**', '**a**b**', '_em_', '__strong__', 'a <b', 'a &amp; b', '&#35;', '**a *b* c**', '**bold*', '***both***', '** spaced**', '*a **b** c*',
  '- a\n\n- loose', '- item\nlazy line', '1. first', '# Title', '> quote', 'Text\n---', 'Text\n1. item', '* star item',
  'a `b', '``double``', '<b>x</b>', '[link](https://x.org)', ' leading', 'tab\tin',
  'https://cvpress.dev', '//host', '![img](a.png)', 'x\\*y',
];

/** Every Markdown input of the fixtures (see readFixtureMarkdown). */
const fixtureTexts = readFixtureMarkdown;

/** Pieces random fragments are made of: text, emphasis and code marks, link-like words, block openers, spaces and breaks. */
const PIECES = [
  'a', 'Bo', 'é', 'ß', '中', '1', '42', ' ', '  ', '*', '**', '***', '`', '``', '.', '.com', '.js', 'www.', ':', '/', '//', '-', '- ',
  '1. ', '\n', '\n\n', '  \n', '"', "'", '(', ')', '!', '?', ',', '_', '#', '@', '<', '&', '·', '–', '’', '\t', 'http://x.org', 'x.org',
  'mailto:', '\\', '[', ']', '~', '|', '=', '< ', '<b>', '>', '&', '& ', '&amp;', '&#1;', '&x', 'me@x.org', 'a_b', '__',
];

/** Pieces of fragments the fast path mostly answers, so that the comparison covers its every branch. */
const SIMPLE_PIECES = ['a', 'Bo', 'é', '1', '2.', ' ', '  ', '*', '**', '`', '_', '.', ':', '- ', '\n', '\n\n', '  \n', ' \n', '"', '(', ')', ',', '·', '’', '< ', '>', '&', '@'];

/** Asserts that the fast path, whenever it answers for fragments made of `pieces`, gives the slow path's HTML; returns how often it answered. */
function compareOnRandomFragments(pieces: string[], runs: number, seed: number): number {
  let answered = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.boolean(), (parts, inline) => {
      const s = parts.join('');
      const got = fast(s, inline);
      if (got !== undefined) {
        answered++;
        expect(got).toBe(slow(s, inline));
      }
    }),
    { numRuns: runs, seed },
  );
  return answered;
}

describe('renderSimpleMarkdown', () => {
  it.each(SIMPLE_BLOCKS)('renders simple Markdown as markdown-it does: %j', (s) => {
    expect(fast(s, false)).toBeDefined();
    expect(fast(s, false)).toBe(slow(s, false));
    if (!s.includes('\n')) expect(fast(s, true)).toBe(slow(s, true));
  });

  it.each(LEFT_TO_MARKDOWN_IT)('leaves other Markdown to markdown-it: %j', (s) => {
    expect(fast(s, false)).toBeUndefined();
    expect(renderMarkdown(s).html).toBe(slow(s, false));
  });

  it('gives markdown-it\'s HTML for every fixture text, whole and line by line, whenever it answers', () => {
    let answered = 0;
    for (const text of fixtureTexts()) {
      for (const [s, inline] of [[text, false], ...text.split('\n').map((l) => [l, true])] as Array<[string, boolean]>) {
        const got = fast(s, inline);
        if (got === undefined) continue;
        expect(got).toBe(slow(s, inline));
        answered++;
      }
    }
    expect(answered).toBeGreaterThan(100);
  });

  it('gives markdown-it\'s HTML for random fragments of text, marks and breaks whenever it answers', () => {
    expect(compareOnRandomFragments(PIECES, 30_000, 20261206)).toBeGreaterThan(1000);
    expect(compareOnRandomFragments(SIMPLE_PIECES, 30_000, 20261207)).toBeGreaterThan(5000);
  });
});
