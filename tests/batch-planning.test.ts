// Batch planning: output paths keep relative folders on name collisions; shards partition the input list deterministically.
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../src/batch/plan-outputs.js';
import { shardJobs } from '../src/batch/shard-jobs.js';
import { parseShard } from '../src/batch/parse-shard.js';
import { expandInputs } from '../src/batch/expand-inputs.js';
import { writeAtomic } from '../src/batch/write-atomic.js';

describe('planOutputs', () => {
  it('writes <out>/<basename>.pdf when base names are unique', () => {
    const jobs = planOutputs(['/cv/a/jane.md', '/cv/b/john.json'], '/out');
    expect(jobs.map((j) => j.output)).toEqual(['/out/jane.pdf', '/out/john.pdf']);
  });
  it('keeps the relative folders of inputs whose base names collide', () => {
    const jobs = planOutputs(['/cv/senior/jane.md', '/cv/junior/jane.md', '/cv/junior/bob.md'], '/out');
    const byInput = Object.fromEntries(jobs.map((j) => [j.input, j.output]));
    expect(byInput['/cv/senior/jane.md']).toBe('/out/senior/jane.pdf');
    expect(byInput['/cv/junior/jane.md']).toBe('/out/junior/jane.pdf');
    expect(byInput['/cv/junior/bob.md']).toBe('/out/bob.pdf');
  });
  it('keeps the extension when the same name exists twice in one folder', () => {
    const jobs = planOutputs(['/cv/jane.md', '/cv/jane.json'], '/out');
    expect(new Set(jobs.map((j) => j.output))).toEqual(new Set(['/out/jane.md.pdf', '/out/jane.json.pdf']));
  });
  it('never maps two inputs to one output (property)', () => {
    const segment = fc.constantFrom('a', 'b', 'A', 'cv', 'x');
    const file = fc.tuple(fc.array(segment, { maxLength: 3 }), segment, fc.constantFrom('.md', '.json', '.yaml', '.txt'));
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 20 }), (files) => {
        const paths = files.map(([dirs, name, ext]) => path.join('/root', ...dirs, name + ext));
        const jobs = planOutputs(paths, '/out');
        const outs = jobs.map((j) => j.output);
        expect(new Set(outs).size).toBe(new Set(paths).size);
      }),
    );
  });
});

describe('shardJobs', () => {
  it('splits into a deterministic partition whatever the input order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (names, n) => {
        const jobs = planOutputs(names.map((x) => `/cv/${x}.md`), '/out');
        const shuffled = [...jobs].reverse();
        const parts = Array.from({ length: n }, (_, i) => shardJobs(jobs, { index: i + 1, count: n }));
        const again = Array.from({ length: n }, (_, i) => shardJobs(shuffled, { index: i + 1, count: n }));
        expect(again).toEqual(parts);
        const all = parts.flat().map((j) => j.input).sort();
        expect(all).toEqual(jobs.map((j) => j.input).sort());
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(Math.ceil(jobs.length / n));
      }),
    );
  });
  it('parses i/n and rejects out-of-range shards', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow(/1 ≤ i ≤ n/);
    expect(() => parseShard('5/4')).toThrow();
    expect(() => parseShard('x')).toThrow();
  });
});

describe('expandInputs', () => {
  it('searches folders for CV extensions, skips config and cache files, expands globs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-expand-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    for (const f of ['a/one.md', 'a/four.Rmd', 'a/b/two.json', 'a/b/three.yml', 'a/skip.pdf', 'a/cvpress.config.json', 'a/.cvpress-cache.json']) writeFileSync(path.join(dir, f), 'x');
    const found = await expandInputs(['a'], { cwd: dir });
    expect(found.map((f) => path.relative(dir, f))).toEqual(['a/b/three.yml', 'a/b/two.json', 'a/four.Rmd', 'a/one.md']);
    const globbed = await expandInputs(['a/**/*.json'], { cwd: dir });
    expect(globbed.map((f) => path.relative(dir, f))).toEqual(['a/b/two.json']);
    await expect(expandInputs(['nothing-here'], { cwd: dir })).rejects.toMatchObject({ code: 'E_NO_INPUT' });
    // The output folder (reports, PDFs) is not searched again as input, unless the search starts inside it.
    mkdirSync(path.join(dir, 'a/out'));
    writeFileSync(path.join(dir, 'a/out/report.json'), '{}');
    expect((await expandInputs(['a'], { cwd: dir, exclude: ['a/out'] })).map((f) => path.relative(dir, f))).not.toContain('a/out/report.json');
    expect((await expandInputs(['a/out'], { cwd: dir, exclude: ['a/out'] })).map((f) => path.relative(dir, f))).toEqual(['a/out/report.json']);
  });
});

describe('writeAtomic', () => {
  it('replaces the file in one step and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-atomic-'));
    const file = path.join(dir, 'sub/out.pdf');
    await writeAtomic(file, 'old');
    await writeAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(path.dirname(file))).toEqual(['out.pdf']);
  });
  it('fails with OutputError and leaves nothing behind when the folder cannot be written', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-atomic-'));
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    await expect(writeAtomic(path.join(dir, 'blocker/out.pdf'), 'x')).rejects.toMatchObject({ code: 'E_WRITE' });
    expect(existsSync(path.join(dir, 'blocker/out.pdf'))).toBe(false);
  });
});

describe('checkBatchOptions', () => {
  it('with CV threads, loads the named themes in a thread (none in the main thread) and fails the run once on a broken one, naming file and line', async () => {
    const { checkBatchOptions } = await import('../src/batch/check-batch-options.js');
    const { createCvThreads } = await import('../src/batch/create-cv-threads.js');
    const { ThemeError } = await import('../src/model/errors.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-theme-check-'));
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    for (const f of readdirSync(path.join(__dirname, '..', 'themes', 'classic'))) writeFileSync(path.join(broken, f), readFileSync(path.join(__dirname, '..', 'themes', 'classic', f)));
    writeFileSync(path.join(broken, 'layout.hbs'), `${readFileSync(path.join(broken, 'layout.hbs'), 'utf8')}\n{{#each}\n`);
    const threads = createCvThreads({ max: 1 });
    try {
      const cache = new Map();
      const specs = await checkBatchOptions({ cwd: dir, flags: { theme: 'classic' } }, cache, threads);
      expect(specs.map((s) => s.theme)).toEqual(['classic']);
      expect(cache.size).toBe(0);
      const err = await checkBatchOptions({ cwd: dir, flags: { theme: broken } }, cache, threads).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ThemeError);
      expect((err as InstanceType<typeof ThemeError>).file).toBe(path.join(broken, 'layout.hbs'));
      expect((err as InstanceType<typeof ThemeError>).line).toBeGreaterThan(1);
      // without threads, the main thread loads it (into the cache)
      await checkBatchOptions({ cwd: dir, flags: { theme: 'classic' } }, cache);
      expect(cache.size).toBe(1);
    } finally {
      await threads.close();
    }
  }, 60_000);
});
