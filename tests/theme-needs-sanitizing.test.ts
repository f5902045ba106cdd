// Markdown that skips the sanitizer: markdown-it's own HTML, the same document the sanitizer would give back.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readFixtureMarkdown } from './helpers/read-fixture-markdown.js';
import { needsSanitizing } from '../src/theme/needs-sanitizing.js';
import { renderMarkdown } from '../src/theme/render-markdown.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
const full = (s: string, inline: boolean): string => sanitizeHtml(inline ? md.renderInline(s) : md.render(s)).html;
/** The sanitizer writes markdown-it's `&quot;` in text as `"`: the same character for the reader. */
const sameText = (html: string): string => html.replace(/&quot;/g, '"').replace(/<(br|hr|img)([^>]*?) ?\/>/g, '<$1$2>');
const needs = (s: string, inline = false): boolean => needsSanitizing(inline ? md.parseInline(s, {}) : md.parse(s, {}));

const SAFE = [
  'Built **cvpress** at *night*', 'see cvpress.dev', 'https://cvpress.dev/docs?a=1&b=2', 'mail me@home.org', '[x](data:text/html,hi)',
  '`code <b>`', '~~gone~~', '- one\n- two', '3. third\n4. fourth', '# Title\n\ntext', '> quote', '```js\nlet a = "b";\n```', 'R&D "quoted"',
  '[top](#top)', '[call](tel:+15550100)', `${'>'.repeat(120)} deep`, 'line one  \nline two', '| a | b |\n| - | - |\n| 1 | 2 |',
];
const UNSAFE = [
  'a <b>bold</b> move', '<script>alert(1)</script>', '![photo](me.png)', '![remote](https://x.org/a.png)', '[page](portfolio.html)',
  '[site](www.example.org)', '[link](https://x.org "Title")', '| a | b |\n|:-:|--:|\n| 1 | 2 |', '<!-- note -->', 'text <span class="x">y</span>',
];

/** Every Markdown input of the fixtures (see readFixtureMarkdown). */
const fixtureTexts = readFixtureMarkdown;

describe('needsSanitizing', () => {
  it.each(SAFE)('lets Markdown with no raw HTML, image or rewritten link skip the sanitizer: %j', (s) => {
    expect(needs(s)).toBe(false);
    expect(sameText(renderMarkdown(s).html)).toBe(sameText(full(s, false)));
  });

  it.each(UNSAFE)('sends raw HTML, images, relative or odd links and cell styles through the sanitizer: %j', (s) => {
    expect(needs(s)).toBe(true);
    expect(renderMarkdown(s)).toEqual(sanitizeHtml(md.render(s)));
  });

  it('renders every fixture text, whole and line by line, as markdown-it and the sanitizer would', () => {
    let checked = 0;
    for (const text of fixtureTexts()) {
      expect(sameText(renderMarkdown(text).html)).toBe(sameText(full(text, false)));
      for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
        expect(sameText(renderMarkdown(line, { inline: true }).html)).toBe(sameText(full(line, true)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
