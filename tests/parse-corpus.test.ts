// Real CVs (../shared/corpus and ../shared/corpus-extra) parse at least as well as the figures recorded in the repository: a ratchet that a change breaking real CVs fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { scoreCv } from './fixtures/corpus/score-cv.js';

const SHARED = path.resolve(__dirname, '../../shared');
const RATCHET = path.join(__dirname, 'fixtures/corpus/ratchet.json');
const ratchet = JSON.parse(readFileSync(RATCHET, 'utf8')) as Record<string, { total: number; cvs: Record<string, number> }>;

/** Scores every CV of a corpus folder (md/ + expected/). */
function scoreFolder(dir: string): { matched: number; checks: number; cvs: Record<string, { share: number; misses: string[] }> } {
  let matched = 0;
  let checks = 0;
  const cvs: Record<string, { share: number; misses: string[] }> = {};
  for (const name of readdirSync(path.join(dir, 'md')).sort()) {
    const slug = name.replace(/\.[^.]+$/, '');
    const exp = path.join(dir, 'expected', `${slug}.json`);
    if (!existsSync(exp)) continue;
    const model = parseMarkdown(readFileSync(path.join(dir, 'md', name), 'utf8'), { file: name }).resume;
    const s = scoreCv(JSON.parse(readFileSync(exp, 'utf8')) as Record<string, unknown>, model as Record<string, unknown>);
    matched += s.checks - s.misses.length;
    checks += s.checks;
    cvs[slug] = { share: s.checks ? (s.checks - s.misses.length) / s.checks : 1, misses: s.misses };
  }
  return { matched, checks, cvs };
}

for (const corpus of ['corpus', 'corpus-extra']) {
  const dir = path.join(SHARED, corpus);
  const present = existsSync(path.join(dir, 'md'));
  if (!present) console.warn(`parse-corpus: ${dir} is absent; its ratchet is skipped.`);
  describe.skipIf(!present)(`real CVs of ../shared/${corpus} parse no worse than recorded`, () => {
    const result = present ? scoreFolder(dir) : { matched: 0, checks: 0, cvs: {} };
    const floor = ratchet[corpus] ?? { total: 0, cvs: {} };
    it(`matches at least ${(100 * floor.total).toFixed(1)} % of the fields a person reads`, () => {
      expect(result.matched / Math.max(1, result.checks)).toBeGreaterThanOrEqual(floor.total - 1e-9);
    });
    it('keeps every CV at or above its recorded share', () => {
      const worse = Object.entries(floor.cvs)
        .filter(([slug, share]) => result.cvs[slug] !== undefined && result.cvs[slug]!.share < share - 1e-9)
        .map(([slug, share]) => `${slug}: ${(100 * result.cvs[slug]!.share).toFixed(1)} % < ${(100 * share).toFixed(1)} %\n    ${result.cvs[slug]!.misses.slice(0, 5).join('\n    ')}`);
      expect(worse).toEqual([]);
    });
  });
}
