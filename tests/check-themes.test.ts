// Every built-in theme prints the reference CVs so that a machine reads every checked field back (ATS score 100).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import type { BatchResult } from '../src/batch/batch-types.js';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS) console.warn(`check-themes: ${SEEDS} not found, skipped`);
const OUT = mkdtempSync(path.join(os.tmpdir(), 'cvpress-check-themes-'));

describe.skipIf(!HAVE_SEEDS)('render --check with every built-in theme on the reference CVs', () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));
  const seeds = HAVE_SEEDS ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f)) : [];

  it.each(['classic', 'modern', 'compact', 'ats'])('%s scores 100 on each, with nothing read out of place', async (theme) => {
    const results: BatchResult[] = [];
    for await (const r of renderBatch(seeds, { out: path.join(OUT, theme), flags: { theme }, check: true, noCache: true })) results.push(r);
    expect(results).toHaveLength(seeds.length);
    for (const r of results) {
      expect(r.status, JSON.stringify(r.error)).toBe('rendered');
      expect({ cv: path.basename(r.input), score: r.check?.score, misses: r.check?.misses.map((m) => m.label) }).toEqual({ cv: path.basename(r.input), score: 100, misses: [] });
      const codes = r.check!.problems.map((p) => p.code);
      // The sidebar of modern is read whole, in document order; readers that sort text by position would mix it
      // with the main column, which the check reports (README: ATS check).
      expect(codes.filter((c) => !(theme === 'modern' && c === 'columns'))).toEqual([]);
    }
  });
});
