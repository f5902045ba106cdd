// Property: any text, and any Markdown-ish structure, parses into a model or a typed cvpress error — never anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CvpressError } from '../src/model/errors.js';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

function parsesOrTypedError(text: string): boolean {
  try {
    const r = parseMarkdown(text, { file: 'prop.md' });
    return typeof r.resume === 'object' && Array.isArray(r.warnings) && Array.isArray(r.explain) && r.kind === 'markdown';
  } catch (e) {
    return e instanceof CvpressError;
  }
}

const piece = fc.oneof(
  fc.constantFrom('# ', '## ', '### ', '#### ', '- ', '* ', '1. ', '> ', '| ', ' | ', '|---|---|', '::: {.section}', ':::', ': ', '**', '*', '_', '`', '```', '<u>', '</u>', '<br>', '<span>', '[', '](', ')', '---', '===', '\n', '\n\n', '  ', '\t'),
  fc.constantFrom('Experience', 'Education', 'Skills', 'Languages', 'Berufserfahrung', 'Опыт работы', '工作经历', 'Curriculum Vitae', 'Contact', 'TODO', 'lorem ipsum'),
  fc.constantFrom('2019', '2019-03', '2017.05 - 2018.09', 'May 2019 to May 2020', 'März 2019 – heute', '2019年3月 - 至今', 'since 2020', '03/2018 – present', 'Sept. 2019–'),
  fc.constantFrom('Engineer at Acme', '*Engineer*, Acme (2020-01 — 2021-02)', '**Acme** — Engineer', 'Acme | Engineer | 2020', 'Polish, native', 'Email: a@b.co', 'Tel: Contact for info', '+48 790 467 660', 'https://example.com/x'),
  fc.string({ maxLength: 20 }),
);
const markdownish = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

describe('parseMarkdown never throws anything but a CvpressError', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), parsesOrTypedError), { numRuns: 300 });
  });

  it('on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), parsesOrTypedError), { numRuns: 200 });
  });

  it('on Markdown-ish structures (headings, lists, tables, divs, dates, converter HTML)', () => {
    fc.assert(fc.property(markdownish, parsesOrTypedError), { numRuns: 400 });
  });

  it('on Markdown-ish structures after front matter of any content', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), markdownish, (yaml, body) => parsesOrTypedError(`---\n${yaml}\n---\n${body}`)),
      { numRuns: 200 },
    );
  });

  it('keeps every word of a plain-text body somewhere in the model', () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,10}$/);
    const body = fc.array(fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 10 }).map((ls) => ls.join('\n\n'));
    fc.assert(
      fc.property(body, (text) => {
        const r = parseMarkdown(text);
        return r.warnings.every((w) => w.code !== 'lost-words');
      }),
      { numRuns: 150, examples: [['TEL\n\naa'], ['Email\n\nGitHub aa']] },
    );
  });
});

describe('pathological input stays bounded', () => {
  const cases: Record<string, () => string> = {
    '10,000 nested list markers': () => '- '.repeat(10_000) + 'x',
    '1,000 nested indented lists': () => Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + '- item').join('\n'),
    'a 2 MB line': () => 'a'.repeat(2 * 1024 * 1024),
    'a 2 MB line of dates and words': () => 'word 2019 - 2020 May '.repeat(100_000),
    'a 1 MB run of brackets': () => '['.repeat(300_000) + ']('.repeat(300_000),
    '10,000 nested blockquotes': () => '> '.repeat(10_000) + 'x',
    'a 50,000-row table': () => '| a | b |\n|---|---|\n' + '| 2019 - 2020 | x |\n'.repeat(50_000),
    'a 1 MB heading of leaders, dots and at-signs': () => '## Experience\n\n### ' + 'a -- b .... c @ d@e '.repeat(50_000),
    'a million one-word lines': () => 'x\n'.repeat(900_000),
    '60,000 alternating headings': () => '# A\n\n## B\n\n'.repeat(60_000),
    'a whole CV of 20,000 lines in one text fence': () => '```text\n' + 'EXPERIENCE\n2019-2020  ACME, Engineer ------ Boston MA\n'.repeat(10_000) + '```\n',
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`parses ${name}`, () => {
      expect(parsesOrTypedError(make())).toBe(true);
    });
  }

  it('warns about a front matter with a custom YAML tag, naming the file and line, and reads the rest of the CV', () => {
    const r = parseMarkdown('---\nname: !!js/function "function(){}"\n---\n# Jane Doe\n\njane@example.com\n', { file: 'evil.md' });
    const w = r.warnings.find((x) => x.code === 'bad-front-matter');
    expect(w?.file).toBe('evil.md');
    expect(w?.line).toBe(2);
    expect(w?.message).toMatch(/YAML tag/);
    expect(r.resume.basics?.name).toBe('Jane Doe');
    expect(r.resume.basics?.email).toBe('jane@example.com');
  });

  it('warns about broken front matter YAML with file and line, and keeps its text in the CV', () => {
    const r = parseMarkdown('---\nhobby: [chess, go\nb: c\n---\n# Jane Doe\n\njane@example.com\n', { file: 'bad.md' });
    const w = r.warnings.find((x) => x.code === 'bad-front-matter');
    expect(w?.file).toBe('bad.md');
    expect(w?.line).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(r.resume)).toContain('chess');
  });

  it('reads at most 500 entries in a section and keeps the rest as its text, with a warning naming the line', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `### Engineer at Firm${i}\n${2000 + (i % 20)} - ${2001 + (i % 20)}\n`).join('\n');
    const r = parseMarkdown(`# Jane Doe\n\njane@example.com\n\n## Experience\n\n${rows}`, { file: 'many.md' });
    expect(r.resume.work!.length).toBeGreaterThan(400);
    expect(r.resume.work!.length).toBeLessThanOrEqual(500);
    const w = r.warnings.find((x) => x.code === 'too-many-entries');
    expect(w?.message).toMatch(/600 entries/);
    expect(w?.line).toBeGreaterThan(1000);
    expect(JSON.stringify(r.resume)).toContain('Firm599');
    expect(r.warnings.some((x) => x.code === 'lost-words')).toBe(false);
  });

  it('finds lost words in linear-ish time on large inputs', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(' ');
    expect(findLostWords(big, big)).toEqual([]);
    expect(findLostWords('alpha beta', 'alpha')).toEqual(['beta']);
  });
});
