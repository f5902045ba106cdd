// The installed entry point: `node bin/cvpress.js` (what `npx cvpress` runs) answers from the built dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const bin = path.join(root, 'bin/cvpress.js');
const built = existsSync(path.join(root, 'dist/cli/main.js'));
if (!built) console.warn('cli-bin: dist/ is not built (npm run build), the bin tests are skipped');

describe('bin/cvpress.js', () => {
  it('has a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
  it.skipIf(!built)('prints the version and exits 0', () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(execFileSync(process.execPath, [bin, '--version']).toString()).toBe(`${version}\n`);
  });
  it.skipIf(!built)('exits 2 on a bad flag, with one error line on stderr', () => {
    const r = spawnSync(process.execPath, [bin, 'render', '--no-such-flag', 'x'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr.toString()).toMatch(/^error: unknown option --no-such-flag/);
  });
  it.skipIf(!built)('renders a batch with the built (bundled) CLI, byte-identical to a single render; a bad CV fails alone, its error naming file and line', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cvpress-bin-'));
    try {
      const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
      const inputs = ['input/jane-doe.md', 'input/john-smith.json'].map((f) => path.join(root, f));
      const batch = spawnSync(process.execPath, [bin, 'render', ...inputs, '--out', path.join(out, 'batch'), '--quiet'], { env });
      expect(batch.status, batch.stderr.toString()).toBe(0);
      const one = spawnSync(process.execPath, [bin, 'render', inputs[0]!, '--out', path.join(out, 'one'), '--quiet'], { env });
      expect(one.status, one.stderr.toString()).toBe(0);
      const a = readFileSync(path.join(out, 'batch', 'jane-doe.pdf'));
      expect(readFileSync(path.join(out, 'one', 'jane-doe.pdf')).equals(a)).toBe(true);
      expect(execFileSync('pdfinfo', [path.join(out, 'batch', 'john-smith.pdf')]).toString()).toMatch(/Title:\s+John Smith/);
      // a bad CV fails alone, its error naming file, line and what is wrong
      const bad = path.join(out, 'bad.json');
      writeFileSync(bad, '{\n  "basics": { "name": "Bad" },\n  "work": "none"\n}\n');
      const mixed = spawnSync(process.execPath, [bin, 'render', inputs[0]!, bad, '--out', path.join(out, 'mixed'), '--quiet'], { env });
      expect(mixed.status).toBe(1);
      expect(mixed.stderr.toString()).toContain(`${bad}:3: error: does not match the JSON Resume schema`);
      expect(existsSync(path.join(out, 'mixed', 'jane-doe.pdf'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
  it.skipIf(!built)('runs its CV thread from the bundle with the code cache the build wrote, and loads an ES-module JSON Resume theme there', () => {
    // the cache is V8's for this Node and the command's flags: a rejected one would only cost time, so check it is taken
    const probe = [
      "import v8 from 'node:v8';",
      `import { V8_FLAGS } from ${JSON.stringify(path.join(root, 'bin/v8-flags.js'))};`,
      'for (const f of V8_FLAGS) v8.setFlagsFromString(f);',
      `const { loadThreadBundle } = await import(${JSON.stringify(path.join(root, 'dist/batch/load-thread-bundle.js'))});`,
      `const r = loadThreadBundle(${JSON.stringify(path.join(root, 'dist/bin/cv-thread.cjs'))}, ${JSON.stringify(path.join(root, 'dist/bin/cv-thread.code-cache'))}, { importModule: (u) => import(u) });`,
      "console.log(String(r.cacheRejected), typeof r.exports.startCvThread);",
    ].join('\n');
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', probe]).toString().trim()).toBe('false function');
    // jsonresume-theme-even is an ES module: the thread's bundle imports it through its entry's import()
    const out = mkdtempSync(path.join(tmpdir(), 'cvpress-bin-'));
    try {
      const r = spawnSync(process.execPath, [bin, 'render', path.join(root, 'input/john-smith.json'), '--theme', 'even', '--out', out, '--quiet'], { env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, r.stderr.toString()).toBe(0);
      expect(r.stderr.toString()).not.toMatch(/ExperimentalWarning/);
      expect(execFileSync('pdftotext', [path.join(out, 'john-smith.pdf'), '-']).toString()).toMatch(/John Smith/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
