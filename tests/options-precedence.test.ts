// Options precedence and validation: one fixture folder per case under tests/fixtures/config/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/model/load-config.js';
import { resolveOptions } from '../src/model/resolve-options.js';
import { CvpressError } from '../src/model/errors.js';
import type { CvWarning } from '../src/model/warning.js';

const root = path.resolve(__dirname, 'fixtures/config');
interface Case {
  file: string;
  meta?: Record<string, unknown>;
  flags?: Record<string, unknown>;
  expect?: { theme: string; format: string; lang: string | null; maxPages: number | null };
  expectError?: string;
  errorMentions?: string[];
}

describe('resolveOptions merges flags > CV meta > first matching config rule > config default > classic', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const c = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
    it(name, async () => {
      const run = async () => {
        const { config, configDir, file } = await loadConfig({ cwd: dir });
        return resolveOptions({ config, configDir, ...(file ? { configFile: file } : {}), file: path.join(dir, c.file), meta: c.meta ?? {}, flags: c.flags ?? {} });
      };
      if (c.expectError) {
        const err = await run().then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(CvpressError);
        expect((err as CvpressError).code).toBe(c.expectError);
        for (const m of c.errorMentions ?? []) expect((err as Error).message).toContain(m);
        return;
      }
      const o = await run();
      expect({ theme: o.theme, format: o.format, lang: o.lang ?? null, maxPages: o.maxPages ?? null }).toEqual({
        ...c.expect!,
        theme: c.expect!.theme.replace('<dir>', dir),
      });
    });
  }
});

describe('resolveOptions validation', () => {
  it('rejects a bad flag value with a hint naming the fix', () => {
    expect(() => resolveOptions({ flags: { maxPages: 0 } })).toThrow(/--max-pages.*greater than 0/);
    expect(() => resolveOptions({ flags: { lang: 'not a lang' } })).toThrow(/BCP 47/);
  });
  it('normalises paper format case from front matter', () => {
    expect(resolveOptions({ meta: { format: 'letter' } }).format).toBe('Letter');
  });
  it('ignores, with a warning, a theme a CV names by path: a CV names themes only by name', () => {
    for (const theme of ['../t', '/etc', 'a/../../t', './t', '.\\t', '~/t', 'C:\\t', 42]) {
      const warnings: CvWarning[] = [];
      expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme: theme as string }, warnings }).theme, String(theme)).toBe('classic');
      expect(warnings, String(theme)).toMatchObject([{ code: 'theme-ignored', file: '/cvs/a/cv.md' }]);
    }
    expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme: './t' }, config: { theme: 'modern' } }).theme).toBe('modern');
    expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme: '../t' }, flags: { theme: 'modern' } }).theme).toBe('modern');
  });

  it("ignores, with a warning naming the key, a front-matter value cvpress cannot use (Quarto's format, a bad language), keeping the other layers' value", () => {
    const warnings: CvWarning[] = [];
    const out = resolveOptions({ file: '/cvs/q/cv.md', meta: { format: { pdf: { mainfont: 'CMU Serif' } }, lang: 'not a lang', dir: 'up', maxPages: 0 } as never, config: { format: 'Letter' }, warnings });
    expect(out.format).toBe('Letter');
    expect(out.maxPages).toBe(resolveOptions({}).maxPages);
    expect(warnings.map((w) => w.message.slice(0, 20))).toEqual(['Ignored "format" of ', 'Ignored "lang" of th', 'Ignored "dir" of the', 'Ignored "maxPages" o']);
    expect(warnings).toMatchObject([{ code: 'meta-option-ignored', file: '/cvs/q/cv.md' }, {}, {}, {}]);
  });

  it('takes a theme a CV names by name (a folder name or a package name)', () => {
    for (const theme of ['compact', 'my-theme_2', 'jsonresume-theme-even', '@org/cv-theme']) {
      const warnings: CvWarning[] = [];
      expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme }, warnings }).theme).toBe(theme);
      expect(warnings).toEqual([]);
    }
  });
  it('a missing explicit config file is a ConfigError', async () => {
    await expect(loadConfig({ cwd: root, file: 'nope.json' })).rejects.toMatchObject({ code: 'E_CONFIG' });
  });
});
