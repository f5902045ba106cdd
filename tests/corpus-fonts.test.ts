// The real-world corpus (../shared/corpus/md) printed in every built-in theme: no missing glyph, only the theme's own fonts.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import type { BatchResult } from '../src/batch/batch-types.js';
import { loadTheme } from '../src/theme/load-theme.js';
import { countNotdefGlyphs, pdfFonts, themeFontNames } from './helpers/pdf-glyphs.js';

const CORPUS = path.resolve(__dirname, '../../shared/corpus/md');
const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`corpus-fonts: ${CORPUS} is absent, the corpus walk is skipped`);
const THEMES = ['classic', 'modern', 'compact', 'ats'] as const;
const OUT = mkdtempSync(path.join(os.tmpdir(), 'cvpress-corpus-fonts-'));

afterAll(() => {
  if (!process.env.CVPRESS_KEEP_TEST_PDFS) rmSync(OUT, { recursive: true, force: true });
});

/**
 * Whatever the parser makes of a CV (it changes), every character it prints must have a glyph: this walk
 * checks the PDFs only, never what landed in which section.
 */
describe.skipIf(!HAVE_CORPUS)('every corpus CV prints in every theme with no missing glyph and only its theme\'s fonts', () => {
  const cvs = HAVE_CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
  for (const theme of THEMES) {
    it(`${theme}: ${cvs.length} CVs`, async () => {
      const allowed = themeFontNames((await loadTheme(theme, { themeDirs: [] })).manifest);
      const run = renderBatch([CORPUS], { out: path.join(OUT, theme), flags: { theme }, concurrency: 2, noCache: true });
      const results: BatchResult[] = [];
      for await (const r of run) results.push(r);
      await run.summary;
      expect(results.length).toBe(cvs.length);
      const problems: string[] = [];
      for (const r of results.sort((a, b) => a.input.localeCompare(b.input))) {
        const name = path.basename(r.input);
        if (r.status !== 'rendered') {
          problems.push(`${name}: ${r.status} ${r.error?.message ?? ''}`);
          continue;
        }
        for (const w of r.warnings.filter((x) => x.code === 'missing-glyph')) problems.push(`${name}:${w.line ?? ''} ${w.message}`);
        const notdef = countNotdefGlyphs(r.output);
        if (notdef > 0) problems.push(`${name}: ${notdef} glyph(s) drawn as .notdef (empty box)`);
        for (const f of pdfFonts(r.output)) {
          if (!f.embedded || f.type === 'Type 3' || !allowed.some((a) => f.name.startsWith(a))) problems.push(`${name}: font ${f.name} (${f.type}${f.embedded ? '' : ', not embedded'}) is not one of ${theme}'s`);
        }
      }
      expect(problems).toEqual([]);
    }, 900_000);
  }
});
