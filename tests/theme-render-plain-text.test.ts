// The plain-text fast path of CV Markdown: the same HTML as markdown-it and the sanitizer, or no answer.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../src/theme/render-plain-text.js';
import { sanitizeHtml } from '../src/theme/sanitize-html.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
const full = (s: string, inline: boolean): string => sanitizeHtml(inline ? md.renderInline(s) : md.render(s)).html;

const PLAIN = [
  'Led a team of 5 engineers (backend, data) across 3 countries.',
  'Skills: Java, Kotlin; 40 % faster builds',
  'Authored the book "Implementing DDD" – 900 copies sold!',
  'Développeur · Ingénieur logiciel / Berater #1',
  'Разработка микросервисов… 中文简历 ß',
];
const SYNTAX = [
  'Built **cvpress** at night', 'see cvpress.dev', 'https://cvpress.dev', 'mail me@home.org', 'R&D lead',
  'a <b>bold</b> move', 'line one\nline two', '[link](https://x.org)', '![photo](me.png)', 'under_score_name',
  '`code`', '~~gone~~', 'two  spaces', ' leading space', 'trailing space ', 'v2.0 release', '//host/path', 'C:\\path',
];

describe('renderPlainText', () => {
  it.each(PLAIN)('renders plain text as markdown-it and the sanitizer would: %s', (s) => {
    expect(renderPlainText(s, true)).toBe(full(s, true));
    expect(renderPlainText(s, false)).toBe(full(s, false));
  });

  it.each(SYNTAX)('leaves text with Markdown, HTML or link syntax to markdown-it: %j', (s) => {
    expect(renderPlainText(s, true)).toBeUndefined();
  });

  it('renders paragraphs of plain lines as markdown-it and the sanitizer would', () => {
    for (const s of ['First line\nsecond line', 'One paragraph\n\nAnother one\n\n\nA third', 'Trailing blank\n']) expect(renderPlainText(s, false)).toBe(full(s, false));
    for (const s of ['Intro\n- a list', 'Text\n===', 'Text\n    code', 'Text\n1. item']) expect(renderPlainText(s, false)).toBeUndefined();
  });

  it('leaves a block that could open a list, a heading or a quote to markdown-it', () => {
    for (const s of ['1. first', '- item', '# Title', '> quote', '+ plus']) expect(renderPlainText(s, false)).toBeUndefined();
    expect(renderPlainText('- item', true)).toBe(full('- item', true));
  });
});
