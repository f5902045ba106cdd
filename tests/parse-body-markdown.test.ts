// An entry's text keeps its lists as written: sub-items under a head item are one list, not a first item and its children.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

const dir = new URL('./fixtures/parse/education-sub-items-keep-one-list-level/', import.meta.url);
const text = readFileSync(new URL('input.md', dir), 'utf8');
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { education: Array<{ summary: string }> };

describe('the Markdown of an entry body', () => {
  it('writes the sub-items under a degree item as one list at the first level, each line as written', () => {
    const { resume } = parseMarkdown(text, { file: 'input.md' });
    expect(resume.education?.[0]?.summary).toBe(expected.education[0]!.summary);
  });
});
