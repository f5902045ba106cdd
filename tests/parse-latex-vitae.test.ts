// An R Markdown CV knitted by the vitae package with keep_md (raw LaTeX longtables of \parbox entries, name and surname in front matter) reads as entries and a full name, with no LaTeX left in the model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

const dir = new URL('./fixtures/latex/rmarkdown-vitae-name-surname-latex-rows/', import.meta.url);
const text = readFileSync(new URL('input.md', dir), 'utf8');
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { basics: Record<string, string>; work: Array<Record<string, string | null>> };

describe('an R Markdown vitae CV kept as Markdown with its LaTeX', () => {
  const { resume, warnings } = parseMarkdown(text, { file: 'input.md' });

  it('names the person with the front matter name and surname', () => {
    expect(resume.basics?.name).toBe(expected.basics.name);
    expect(resume.basics?.email).toBe(expected.basics.email);
  });

  it('reads each longtable row as a job with its role, organisation, place and dates', () => {
    const work = (resume.work ?? []).map((w) => ({ position: w.position, name: w.name, location: w.location, startDate: w.startDate, endDate: w.endDate ?? null }));
    expect(work).toEqual(expected.work);
  });

  it('keeps no LaTeX command, brace or comment mark in the model, and warns about no lost words', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(resume);
    expect(strings.filter((t) => /\\[a-z]+|[{}%]/.test(t))).toEqual([]);
    expect(warnings.filter((w) => w.code === 'lost-words')).toEqual([]);
  });
});
