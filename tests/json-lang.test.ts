// JSON Resume files in Latin-script languages other than English render in their own language (headings, dates), as Markdown CVs do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareResume } from '../src/batch/prepare-resume.js';
import { collectJsonResumeProse } from '../src/parse/collect-json-resume-prose.js';
import { parseJsonResume } from '../src/parse/parse-json-resume.js';
import { renderHtml } from '../src/theme/render-html.js';

const CASES = path.resolve(__dirname, 'fixtures/json-lang');

/** What a case expects: the language the CV renders in, the `meta.detectedLang` its model carries (null: no meta added), and its work heading. */
interface Expected {
  lang: string;
  detectedLang: string | null;
  heading: string;
  why: string;
}

const cases = readdirSync(CASES).sort().map((name) => {
  const dir = path.join(CASES, name);
  const file = ['resume.json', 'resume.yaml'].map((f) => path.join(dir, f)).find((f) => existsSync(f))!;
  return { name, file, expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected };
});

describe('the language a JSON Resume renders in', () => {
  it('has its cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  for (const { name, file, expected } of cases) {
    it(`${name}: ${expected.why}`, async () => {
      const prepared = await prepareResume(file, { cwd: path.resolve(__dirname, '..') });
      expect(prepared.lang).toBe(expected.lang);
      expect(prepared.resume.meta?.detectedLang ?? null).toBe(expected.detectedLang);
      const { html } = renderHtml(prepared.resume, prepared.theme, { lang: prepared.lang, format: prepared.options.format, source: prepared.text });
      expect(html.toLowerCase()).toContain(expected.heading.toLowerCase());
    });
  }

  it('an English file gains nothing in its model (the PDF attachment stays as written): no meta, no detectedLang', () => {
    const file = path.join(CASES, 'english-foreign-places/resume.json');
    const text = readFileSync(file, 'utf8');
    const { resume } = parseJsonResume(text, { file, kind: 'json' });
    expect(resume.meta).toBeUndefined();
    expect('meta' in resume).toBe(false);
  });

  it('reads prose, not names of people, organisations and places, links or e-mails', () => {
    const file = path.join(CASES, 'english-foreign-places/resume.json');
    const { resume } = parseJsonResume(readFileSync(file, 'utf8'), { file, kind: 'json' });
    const prose = collectJsonResumeProse(resume);
    expect(prose).toContain('Backend Engineer');
    expect(prose).toContain('Led the move of the card platform to event sourcing');
    expect(prose).toContain('João is a careful engineer and a great teammate.');
    const all = prose.join('\n');
    for (const name of ['João Pedro da Silva', 'Caixa de Crédito do Oeste', 'Banco do Nordeste do Brasil', 'Lisboa', 'Rua da Conceição', 'Maria da Conceição', 'Pontifícia', 'Fortaleza', 'example.com', 'github.com']) {
      expect(all).not.toContain(name);
    }
  });
});
