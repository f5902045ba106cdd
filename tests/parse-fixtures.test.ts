// Every fixture CV under tests/fixtures/parse/<case>/input.md parses into (at least) its expected.json, losing no word.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { matchExpected, matchWarnings, modelStrings } from './fixtures/parse/match-expected.js';

const DIR = path.resolve(__dirname, 'fixtures/parse');
const cases = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, 'input.md'))).sort();

describe('Markdown fixtures (tests/fixtures/parse)', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const c of cases) {
    describe(c, () => {
      const text = readFileSync(path.join(DIR, c, 'input.md'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(DIR, c, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const result = parseMarkdown(text, { file: `${c}/input.md` });

      it('holds every expected field', () => {
        expect(matchExpected(result.resume, expected)).toEqual([]);
      });

      it('warns as expected', () => {
        const want = expected.warnings as string[] | undefined;
        if (want === undefined) return;
        if (want.length === 0) expect(result.warnings).toEqual([]);
        else expect(matchWarnings(result.warnings, want)).toEqual([]);
      });

      it('keeps every source word in the model', () => {
        expect(findLostWords(text, modelStrings(result.resume))).toEqual([]);
      });
    });
  }
});
