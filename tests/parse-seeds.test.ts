// The three real reference CVs parse into what a careful human reads out of them, losing no word.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../src/parse/find-lost-words.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { matchExpected, matchWarnings, modelStrings } from './fixtures/parse/match-expected.js';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const present = existsSync(path.join(SEEDS, 'expected'));
if (!present) console.warn(`parse-seeds: ${SEEDS} is absent; the reference CV tests are skipped.`);

describe.skipIf(!present)('the reference CVs (../shared/seeds)', () => {
  const files = present ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  for (const f of files) {
    describe(f, () => {
      const text = readFileSync(path.join(SEEDS, f), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(SEEDS, 'expected', f.replace(/\.txt$/, '.json')), 'utf8')) as Record<string, unknown>;
      const result = parseMarkdown(text, { file: f });

      it('matches every expected field', () => {
        expect(matchExpected(result.resume, expected)).toEqual([]);
      });

      it('gives the expected warnings', () => {
        expect(matchWarnings(result.warnings, (expected.warnings as string[] | undefined) ?? [])).toEqual([]);
      });

      it('keeps every word of the source in the model', () => {
        expect(findLostWords(text, modelStrings(result.resume))).toEqual([]);
        expect(result.warnings.filter((w) => w.code === 'lost-words')).toEqual([]);
      });

      it('explains where each field came from', () => {
        expect(result.explain.length).toBeGreaterThan(5);
        expect(result.explain.some((e) => e.field === '/basics/name')).toBe(true);
        for (const e of result.explain) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.endLine).toBeGreaterThanOrEqual(e.line);
          expect(e.field).toMatch(/^\//);
        }
      });
    });
  }
});
