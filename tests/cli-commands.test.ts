// The cvpress command line, run in-process with captured output: exit codes, help, version, themes, parse, render, reports.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import type { CliIo } from '../src/cli/cli-io.js';

const fixtures = path.resolve(__dirname, 'fixtures/cli');
const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { version: string };

async function cli(argv: string[], cwd = fixtures, terminal?: { env: Record<string, string | undefined> }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: Boolean(terminal) },
    stderr: { write: (s: string) => (stderr += s), isTTY: Boolean(terminal), columns: 100 },
    env: terminal ? terminal.env : { ...process.env, NO_COLOR: '1', CI: '1' },
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cvpress-cli-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('cvpress help and version', () => {
  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
  it('--help lists the commands, each command has --help', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['render', 'parse', 'themes', 'theme']) expect(top.stdout).toContain(c);
    const render = await cli(['render', '--help']);
    expect(render.code).toBe(0);
    for (const flag of ['--out', '--theme', '--format', '--lang', '--max-pages', '--png', '--report', '--junit', '--concurrency', '--timeout', '--force', '--shard', '--fail-fast', '--progress', '--quiet', '--config']) {
      expect(render.stdout).toContain(flag);
    }
    expect((await cli(['parse', '--help'])).stdout).toContain('--explain');
    expect((await cli(['themes', '--help'])).code).toBe(0);
    expect((await cli(['theme', 'init', '--help'])).stdout).toContain('--from');
  });
});

describe('cvpress usage errors exit 2', () => {
  it.each([
    [['render', '--bogus', 'good'], /unknown option --bogus/],
    [['render', 'no-such-file.md'], /no CV found/],
    [['render'], /no input/],
    [['render', 'good', '--format', 'A3'], /A4.*Letter/],
    [['render', 'good', '--shard', '3/2'], /shard/],
    [['render', 'good', '--out'], /needs a value/],
    [['frobnicate'], /unknown command/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.match(/error:/g)?.length).toBe(1);
  });
});

describe('cvpress themes and theme init', () => {
  it('lists the built-in themes with a one-line description', async () => {
    const r = await cli(['themes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^classic\s+\S.+$/m);
  });
  it('theme init scaffolds a copy that themes can use', async () => {
    const dir = tempDir();
    const r = await cli(['theme', 'init', 'house', '--dir', 'my-themes'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'my-themes/house/theme.json'))).toBe(true);
  });
});

describe('cvpress parse', () => {
  it('prints the JSON Resume model of a JSON CV as JSON and as YAML', async () => {
    const json = await cli(['parse', 'good/john-roe.json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).basics.name).toBe('John Roe');
    const yaml = await cli(['parse', 'good/john-roe.json', '--yaml']);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout).work[0].name).toBe('Northwind Retail');
  });
  it('--explain maps source lines to model fields for Markdown', async () => {
    const r = await cli(['parse', 'good/jane-doe.md', '--explain']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows.length).toBeGreaterThan(0);
    // each field row names its source lines and its JSON pointer; the indented rows under it say why it won
    const fields = rows.filter((row) => !/^\s+why: /.test(row));
    expect(fields.length).toBeGreaterThan(0);
    for (const row of fields) expect(row).toMatch(/^\d+(-\d+)?\s+\/\S*/);
    expect(rows.some((row) => /^\s+why: \S/.test(row))).toBe(true);
  });
  it('a malformed CV exits 1 with the file and line', async () => {
    const r = await cli(['parse', 'mixed/broken.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\/broken\.json:\d+(:\d+)?: error: /);
  });
});

describe('cvpress render', () => {
  it('renders every CV of a folder and exits 0', async () => {
    const out = tempDir();
    const r = await cli(['render', 'good', '--out', out, '--progress', 'plain']);
    expect(r.stderr).toContain('2 rendered');
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['jane-doe.pdf', 'john-roe.pdf']);
  }, 180_000);

  it('one bad CV among good ones: exit 1, the others rendered, report and JUnit say so', async () => {
    const work = tempDir();
    cpSync(path.join(fixtures, 'mixed'), path.join(work, 'cvs'), { recursive: true });
    const r = await cli(['render', 'cvs', '--out', 'out', '--report', 'report.json', '--junit', 'junit.xml', '--concurrency', '2'], work);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(work, 'out/jane-doe.pdf'))).toBe(true);
    expect(existsSync(path.join(work, 'out/john-roe.pdf'))).toBe(true);
    expect(existsSync(path.join(work, 'out/broken.pdf'))).toBe(false);
    // The error is printed once, with file and line.
    expect(r.stderr.match(/cvs\/broken\.json:\d+(:\d+)?: error:/g)?.length).toBe(1);

    const report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8'));
    expect(report.summary).toMatchObject({ total: 3, rendered: 2, failed: 1, skipped: 0 });
    const broken = report.results.find((x: { input: string }) => x.input === 'cvs/broken.json');
    expect(broken).toMatchObject({ status: 'failed', output: null, error: { code: 'E_JSON', file: 'cvs/broken.json' } });
    expect(broken.error.line).toBeGreaterThan(0);
    const jane = report.results.find((x: { input: string }) => x.input === 'cvs/jane-doe.md');
    expect(jane).toMatchObject({ status: 'rendered', output: 'out/jane-doe.pdf', theme: 'classic' });
    expect(jane.pages).toBeGreaterThanOrEqual(1);

    const junit = readFileSync(path.join(work, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite [^>]*tests="3" failures="1"/);
    expect(junit.match(/<testcase /g)?.length).toBe(3);
    expect(junit).toMatch(/<testcase classname="cvpress.render" name="cvs\/broken.json"[^>]*>\s*<failure type="E_JSON"/);
  }, 180_000);

  it('--png writes page images next to the PDF', async () => {
    const out = tempDir();
    const r = await cli(['render', 'good/john-roe.json', '--out', out, '--png', '-q']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => /^john-roe-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('the config file picks themes by rule; --theme overrides every CV', async () => {
    const work = tempDir();
    cpSync(path.join(fixtures, 'config-rule'), work, { recursive: true });
    const byRule = await cli(['render', 'cvs', '--out', 'out', '--report', 'r.json', '-q'], work);
    expect(byRule.code).toBe(0);
    const themes = (file: string) =>
      Object.fromEntries((JSON.parse(readFileSync(path.join(work, file), 'utf8')).results as Array<{ input: string; theme: string }>).map((r) => [r.input, r.theme]));
    expect(themes('r.json')).toEqual({ 'cvs/senior/ana.json': 'modern', 'cvs/bo.json': 'ats' });
    const flagged = await cli(['render', 'cvs', '--out', 'out2', '--report', 'r2.json', '--theme', 'classic', '-q'], work);
    expect(flagged.code).toBe(0);
    expect(themes('r2.json')).toEqual({ 'cvs/senior/ana.json': 'classic', 'cvs/bo.json': 'classic' });
  }, 180_000);

  it('--shard 1/2 and 2/2 render disjoint parts that together cover every CV', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'cvs'));
    for (const n of ['a', 'b', 'c', 'd', 'e']) cpSync(path.join(fixtures, 'good/john-roe.json'), path.join(work, 'cvs', `${n}.json`));
    const one = await cli(['render', 'cvs', '--out', 'out', '--shard', '1/2', '-q'], work);
    const pdfsAfterOne = readdirSync(path.join(work, 'out')).filter((f) => f.endsWith('.pdf')).sort();
    const two = await cli(['render', 'cvs', '--out', 'out', '--shard', '2/2', '-q'], work);
    const all = readdirSync(path.join(work, 'out')).filter((f) => f.endsWith('.pdf')).sort();
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(pdfsAfterOne).toEqual(['a.pdf', 'c.pdf', 'e.pdf']);
    expect(all).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf']);
  }, 180_000);

  it('on a terminal: a progress bar with count, rate and ETA, colours unless NO_COLOR', async () => {
    const { NO_COLOR: _n, CI: _c, FORCE_COLOR: _f, ...env } = process.env;
    const coloured = await cli(['render', 'good', '--out', tempDir()], fixtures, { env: { ...env, TERM: 'xterm' } });
    expect(coloured.code).toBe(0);
    expect(coloured.stderr).toMatch(/\r\x1b\[K\[#*-*\] \d\/2 \d+\.\d CV\/s ETA \S+/);
    expect(coloured.stderr).toContain('\x1b[32m2 rendered');
    const plain = await cli(['render', 'good', '--out', tempDir(), '--force'], fixtures, { env: { ...env, TERM: 'xterm', NO_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('CV/s ETA');
    expect(plain.stderr).not.toMatch(/\x1b\[3\dm/);
  }, 180_000);
});
