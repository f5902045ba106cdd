// An entry's text keeps its lists as written (sub-items under a head item are one list, not a first item and its children), and a line of HTML alone stays a block of its own.
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

  it('ends the block after a line of HTML alone, so that the Markdown under it is read as Markdown', () => {
    const cv = ['# Ravi Sharma', '', 'ravi@example.org', '', '## Education', '', '---', '', '<img src="cmu.png"  width="28%"/>\\', '\\', '**Master of Science (MS) in Colloids, Polymers and Surfaces**\\', '**Duration:** Aug 2018 – Dec 2019\\', '**Thesis:** Transesterification of Cellulose', '', '---', '', '<img src="rv.png"/>\\', '\\', '**Bachelor of Engineering (B.E.) in Chemical Engineering**\\', '**Duration:** Aug 2013 – April 2017\\', '**Thesis:** Molecular Dynamics', '', '---', ''].join('\n');
    const { resume } = parseMarkdown(cv, { file: 'cv.md' });
    expect(resume.education?.[0]?.summary).toBe('<img src="cmu.png"  width="28%"/>\n\n**Thesis:** Transesterification of Cellulose');
  });
});
