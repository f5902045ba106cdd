// The Markdown parser's first pass: reading the source (front matter, non-content), HTML blocks into lines, CVs held in front matter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { en } from '../src/model/lexicon/en.js';
import { LEXICONS } from '../src/model/lexicon/lexicons.js';
import type { Lexicon } from '../src/model/lexicon/lexicon-types.js';
import { htmlToLines } from '../src/parse/markdown/html-to-lines.js';
import { readFrontMatterCv } from '../src/parse/markdown/read-front-matter-cv.js';
import { readFrontMatterDate } from '../src/parse/markdown/read-front-matter-date.js';
import { readMarkdownSource } from '../src/parse/markdown/read-markdown-source.js';
import { readTitleName } from '../src/parse/markdown/read-title-name.js';
import { NAME_THRESHOLD, scorePersonName } from '../src/parse/markdown/score-person-name.js';

const DIR = path.resolve(__dirname, 'fixtures/parse-source');
const CORPUS = path.resolve(__dirname, '../../shared/corpus');
const cases = readdirSync(DIR).sort();
const read = (c: string, f: string): string => readFileSync(path.join(DIR, c, f), 'utf8');
const json = (c: string, f: string): Record<string, unknown> => JSON.parse(read(c, f)) as Record<string, unknown>;

describe('readMarkdownSource (tests/fixtures/parse-source/source-*)', () => {
  const mine = cases.filter((c) => existsSync(path.join(DIR, c, 'input.md')));
  it('has the cases', () => expect(mine.length).toBeGreaterThanOrEqual(19));
  for (const c of mine) {
    describe(c, () => {
      const text = read(c, 'input.md');
      const expected = json(c, 'expected.json');
      const result = readMarkdownSource(text, 'input.md');
      it('blanks what is not content and keeps every line in place', () => {
        expect(result.body).toBe(read(c, 'body.md'));
        expect(result.body.split('\n').length).toBe(result.text.split('\n').length);
      });
      it('reads the front matter', () => expect(result.frontMatter ?? null).toEqual(expected.frontMatter));
      it('warns with the line and the fix', () => {
        expect(result.warnings.map((w) => ({ code: w.code, line: w.line, message: w.message }))).toEqual(expected.warnings);
        for (const w of result.warnings) expect(w.file).toBe('input.md');
      });
    });
  }
});

describe('htmlToLines (tests/fixtures/parse-source/html-*)', () => {
  const mine = cases.filter((c) => existsSync(path.join(DIR, c, 'input.html')));
  it('has the cases', () => expect(mine.length).toBeGreaterThanOrEqual(11));
  for (const c of mine) {
    it(c, () => {
      const expected = json(c, 'expected.json') as { firstLine: number; firstBlockKey: number; lines: unknown[] };
      expect(htmlToLines(read(c, 'input.html'), expected.firstLine, expected.firstBlockKey)).toEqual(expected.lines);
    });
  }
});

describe('readFrontMatterCv (tests/fixtures/parse-source/cv-*)', () => {
  const mine = cases.filter((c) => existsSync(path.join(DIR, c, 'front-matter.yaml')));
  it('has the cases', () => expect(mine.length).toBeGreaterThanOrEqual(6));
  for (const c of mine) {
    it(c, () => {
      const source = readMarkdownSource(`---\n${read(c, 'front-matter.yaml')}---\n`);
      expect(source.warnings).toEqual([]);
      expect(readFrontMatterCv(source.frontMatter!.data!)).toEqual(json(c, 'expected.json'));
    });
  }
  it('partitions the keys: each is consumed, ignored or returned untouched', () => {
    for (const c of mine) {
      const data = readMarkdownSource(`---\n${read(c, 'front-matter.yaml')}---\n`).frontMatter!.data!;
      const cv = readFrontMatterCv(data);
      expect([...cv.consumed, ...cv.ignored, ...Object.keys(cv.rest)].sort()).toEqual(Object.keys(data).sort());
      // (but a page builder's key whose nested lists were read: what is left of it)
      for (const [k, v] of Object.entries(cv.rest)) if (!cv.partly?.includes(k)) expect(v).toBe(data[k]);
    }
  });
});

describe('readTitleName and scorePersonName', () => {
  // a stand-in Korean lexicon: the document-title forms the real one is expected to list
  const ko: Lexicon = { ...en, tag: 'ko', sections: { ...en.sections, doctitle: ['이력서', '의 이력서'] } };
  const table: Array<[string, string | undefined, string | undefined]> = [
    ['Ευάγγελος Αλεξίου', 'Ευάγγελος Αλεξίου', undefined],
    ['CV', undefined, 'CV'],
    ['Resume', undefined, 'Resume'],
    ['Experience', undefined, 'Experience'],
    ['CV / Resume', undefined, 'CV / Resume'],
    ['Resume - Emilio Mendoza', 'Emilio Mendoza', 'Resume'],
    ['Curriculum Vitae – Jane Doe', 'Jane Doe', 'Curriculum Vitae'],
    ['CV of Jane Doe', 'Jane Doe', 'CV'],
    ['Brent Miller, RoR engineer and agilist, resume', 'Brent Miller', 'resume'],
    ['Shrikant Sharat Kandula &mdash; Rèsumè', 'Shrikant Sharat Kandula', 'Rèsumè'],
    ['Phileas CONDEMINE', 'Phileas CONDEMINE', undefined],
    ['Currículum Vitae', undefined, 'Currículum Vitae'],
    ['Senior software engineer', undefined, 'Senior software engineer'],
    ['my personal site', undefined, 'my personal site'],
    ['王小明', '王小明', undefined],
    ['職務経歴書', undefined, '職務経歴書'],
    ['장동욱의 이력서', '장동욱', '의 이력서'],
  ];
  for (const [title, name, doc] of table) {
    it(`"${title}" → name ${name ?? '(none)'}`, () => {
      const r = readTitleName(title, [en, ko]);
      expect(r.name).toBe(name);
      expect(r.documentTitle).toBe(doc);
      if (name) expect(r.why.join(' ')).toMatch(/words|Han|names|capitalised/);
    });
  }
  it('reads titles with every lexicon: a title in a script without spaces is no name, a possessive connector goes', () => {
    const all = Object.values(LEXICONS);
    expect(readTitleName('職務経歴書', all)).toEqual({ documentTitle: '職務経歴書', why: expect.any(Array) });
    expect(readTitleName('장동욱의 이력서', all).name).toBe('장동욱');
    expect(readTitleName('Резюме', all).name).toBeUndefined();
    expect(readTitleName('Lebenslauf von Max Mustermann', all).name).toBe('Max Mustermann');
  });
  it('says which features decided', () => {
    const s = scorePersonName('Jane Doe', [en], { parts: ['Jane', 'Doe'], email: 'jane.doe@example.org' });
    expect(s.score).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    expect(s.why).toEqual(['+3 is 2 words', '+2 every word capitalised', '+4 agrees with the given and family names', '+2 a word of it is in the email address']);
    expect(scorePersonName('Lead Engineer', [en]).why).toContainEqual(expect.stringMatching(/^-4 holds the job-title word "(lead|engineer)"$/));
    expect(scorePersonName('Lead Engineer', [en]).score).toBeLessThan(NAME_THRESHOLD);
  });
});

describe('readFrontMatterDate', () => {
  const table: Array<[unknown, ReturnType<typeof readFrontMatterDate>, boolean?]> = [
    ['2018-12-01', { date: '2018-12-01' }],
    ['2018-12-01', { date: '2018-12' }, true],
    ['2018-12', { date: '2018-12' }],
    ['2018/3', { date: '2018-03' }],
    ['03/2018', { date: '2018-03' }],
    ['04.12.1989', { date: '1989-12-04' }],
    ['12/04/1989', {}],
    ['13/04/1989', { date: '1989-04-13' }],
    ['1979-05-27T07:32:00Z', { date: '1979-05-27' }],
    [2019, { date: '2019' }],
    ['Sep 2021', { date: '2021-09' }],
    ['2 January 2006', { date: '2006-01-02' }],
    ['', { ongoing: true }],
    [null, { ongoing: true }],
    ['Present', { ongoing: true }],
    ['spring 2005', {}],
    ['2019 2020', {}],
    [new Date(Date.UTC(2020, 1, 3)), { date: '2020-02-03' }],
  ];
  for (const [value, want, monthOnly] of table) {
    it(`${JSON.stringify(value)}${monthOnly ? ' (month only)' : ''}`, () => expect(readFrontMatterDate(value, [en], monthOnly)).toEqual(want));
  }
});

describe('the source pass on hostile input (linear, never throws)', () => {
  const big = 1_000_000;
  const inputs: Record<string, string> = {
    'unclosed <style> tags': '<style>'.repeat(big / 7),
    'unclosed comments': '<!--'.repeat(big / 4),
    'unclosed template tags': '{%'.repeat(big / 2),
    'unclosed mustaches': '{{'.repeat(big / 2),
    'backtick runs': '` ``'.repeat(big / 4),
    'LaTeX commands without their brace': '\\textbf{'.repeat(big / 8),
    'attribute braces after images': '![x](y){'.repeat(big / 8),
    'headings with attributes': '# h {#a}\n'.repeat(big / 9),
    'front matter that never closes': `---\na: 1\n${'- x\n'.repeat(big / 4)}`,
    'front matter of many keys': `---\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n`,
    'front matter nested deep': `---\na: ${'['.repeat(big / 2)}\n---\n`,
    'front matter indented deep': `---\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n---\n`,
    'TOML nested deep': `+++\na = ${'['.repeat(big / 2)}\n+++\n`,
    'a preamble that never ends': `<head>${'<'.repeat(big)}`,
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const r = readMarkdownSource(text);
      expect(r.body.split('\n').length).toBe(r.text.split('\n').length);
    });
  }
  const html: Record<string, string> = {
    'deep divs and stray closes': '<div>'.repeat(100_000) + '</p>'.repeat(100_000),
    'deep spans': `${'<span>'.repeat(100_000)}x`,
    'many rows': `<table>${'<tr><td>a'.repeat(50_000)}`,
    'a tag that never closes': `<div${'\n'.repeat(100_000)}`,
  };
  for (const [name, text] of Object.entries(html)) {
    it(`htmlToLines: ${name}`, () => {
      const lines = htmlToLines(text, 1, 1);
      for (const l of lines) expect(l.line).toBeGreaterThanOrEqual(1);
    });
  }
  it('reads an alias bomb as text, with a warning', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefgh'[i]},`.repeat(9).slice(0, -1)}]`), '---'].join('\n');
    const r = readMarkdownSource(bomb);
    expect(r.frontMatter?.data).toBeUndefined();
    expect(r.warnings[0]?.code).toBe('bad-front-matter');
  });
});

describe('the source pass on the corpus (../shared/corpus/md)', () => {
  const present = existsSync(path.join(CORPUS, 'md'));
  if (!present) {
    it.skip('skipped: ../shared/corpus is absent', () => undefined);
    return;
  }
  const files = readdirSync(path.join(CORPUS, 'md')).filter((f) => f.endsWith('.md')).sort();
  const md = new MarkdownIt({ html: true });
  it('reads every CV without a warning, keeping its lines, and leaves no style, script, comment or template tag', () => {
    for (const f of files) {
      const r = readMarkdownSource(readFileSync(path.join(CORPUS, 'md', f), 'utf8'), f);
      expect(r.warnings, f).toEqual([]);
      expect(r.body.split('\n').length, f).toBe(r.text.split('\n').length);
      const outsideCode = r.body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const marker of ['<style', '<script', '<!--', '{%', '{{', '{:toc}', '\\noindent', '::: ', '{-}', '{#', '{.']) {
        expect(outsideCode.includes(marker), `${f}: ${marker}`).toBe(false);
      }
    }
  });
  it('finds the front matter of the CVs that have it, in YAML and TOML', () => {
    const found = files.filter((f) => readMarkdownSource(readFileSync(path.join(CORPUS, 'md', f), 'utf8')).frontMatter?.data);
    expect(found.length).toBe(23);
    const cs = readMarkdownSource(readFileSync(path.join(CORPUS, 'md', 'cs-construction-html-preamble-bold-labels.md'), 'utf8'));
    expect(cs.frontMatter?.line).toBe(19);
    expect(readMarkdownSource(readFileSync(path.join(CORPUS, 'md', 'pt-pt-datascience-toml-empty-work.md'), 'utf8')).frontMatter?.format).toBe('toml');
  });
  it('turns every raw HTML block into lines within the block, without style or script text', () => {
    let blocks = 0;
    for (const f of files) {
      const r = readMarkdownSource(readFileSync(path.join(CORPUS, 'md', f), 'utf8'), f);
      for (const t of md.parse(r.body, {})) {
        if (t.type !== 'html_block' || !t.map) continue;
        blocks++;
        for (const l of htmlToLines(t.content, t.map[0] + 1, 1)) {
          expect(l.line, f).toBeGreaterThanOrEqual(t.map[0] + 1);
          expect(l.endLine, f).toBeLessThanOrEqual(t.map[1]);
          expect(l.md, f).not.toMatch(/color:|\{\s*$/);
        }
      }
    }
    expect(blocks).toBeGreaterThan(50);
  });
  it('reads the CVs held in front matter as a person does (en-hugo, el-surgeon)', () => {
    for (const name of ['en-hugo-yaml-frontmatter-only', 'el-surgeon-yaml-front-matter']) {
      const r = readMarkdownSource(readFileSync(path.join(CORPUS, 'md', `${name}.md`), 'utf8'));
      const cv = readFrontMatterCv(r.frontMatter!.data!);
      const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected', `${name}.json`), 'utf8')) as Record<string, Array<Record<string, unknown>>> & { basics: Record<string, unknown> };
      for (const [k, v] of Object.entries(expected.basics)) expect(cv.resume.basics?.[k], `${name} basics.${k}`).toBe(v);
      for (const key of ['work', 'education', 'languages'] as const) {
        if (!expected[key]) continue;
        const got = (cv.resume[key] ?? []) as Array<Record<string, unknown>>;
        expect(got.length, `${name} ${key}`).toBe(expected[key].length);
        expected[key].forEach((e, i) => {
          for (const [k, v] of Object.entries(e)) {
            const g = got[i]![k];
            if (k === 'endDate' && v === null) expect(g, `${name} ${key}[${i}].${k}`).toBeUndefined();
            else expect(String(g), `${name} ${key}[${i}].${k}`).toContain(String(v));
          }
        });
      }
    }
  });
});
