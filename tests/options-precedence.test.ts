// Options precedence and validation: one fixture folder per case under tests/fixtures/config/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/model/load-config.js';
import { resolveOptions } from '../src/model/resolve-options.js';
import { CvpressError } from '../src/model/errors.js';

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
  it('refuses a theme path in front matter that leaves the CV folder', () => {
    for (const theme of ['../t', '/etc', 'a/../../t']) {
      expect(() => resolveOptions({ file: '/cvs/a/cv.md', meta: { theme } })).toThrow(/leaves the CV's folder/);
    }
    expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme: '../t' }, flags: { theme: 'modern' } }).theme).toBe('modern');
  });

  it('resolves a relative theme path in front matter against the CV folder', () => {
    expect(resolveOptions({ file: '/cvs/a/cv.md', meta: { theme: './t' } }).theme).toBe('/cvs/a/t');
  });
  it('a missing explicit config file is a ConfigError', async () => {
    await expect(loadConfig({ cwd: root, file: 'nope.json' })).rejects.toMatchObject({ code: 'E_CONFIG' });
  });
});
