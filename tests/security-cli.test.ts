// The bundled command (`node bin/cvpress.js`) against hostile input and faults: exit codes, time limits enforced in its CV threads, SIGTERM, read-only output.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../src/print/find-browser.js';
import { stageCase } from './helpers-hostile.js';

const root = path.resolve(__dirname, '..');
const bin = path.join(root, 'bin/cvpress.js');
const good = path.join(root, 'tests/fixtures/cli/good');
const work = mkdtempSync(path.join(tmpdir(), 'cvpress-cli-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('hostile CLI runs skipped: no Chromium found (apt-get install -y chromium)');
}

/** A private temporary folder for one run (Chromium's profile goes there), and the environment pointing at it. */
function runEnv(): { tmp: string; env: NodeJS.ProcessEnv } {
  const tmp = mkdtempSync(path.join(work, 'tmp-'));
  return { tmp, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp, CI: '1' } };
}

/** Runs the command to the end. */
function cvpress(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? work, env: opts.env ?? { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** Starts the command; resolves `firstResult` when it reports its first finished CV. */
function start(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; firstResult: Promise<void>; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let onFirst!: () => void;
  const firstResult = new Promise<void>((r) => (onFirst = r));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (/\] (rendered|failed)/.test(stderr)) onFirst();
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { child, firstResult, done };
}

/** Copies a reference CV `n` times into a fresh folder. */
function batchOf(n: number): string {
  const dir = mkdtempSync(path.join(work, 'cvs-'));
  for (let i = 1; i <= n; i++) cpSync(path.join(good, i % 2 ? 'jane-doe.md' : 'john-roe.json'), path.join(dir, i % 2 ? `cv${i}.md` : `cv${i}.json`));
  return dir;
}

/** Chromium profile folders in a temporary folder. */
const profiles = (tmp: string): string[] => readdirSync(tmp).filter((n) => n.startsWith('cvpress-chromium-'));

describe('bad usage exits 2, once, before any CV', () => {
  it('--timeout abc names what was given', () => {
    const r = cvpress(['render', good, '--timeout', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--timeout must be a whole number ≥ 1, got "abc"/);
  });

  it('an unknown --theme, or a bad value or theme in the config file, fails the run once with exit 2', () => {
    const r = cvpress(['render', good, '--theme', 'no-such-theme', '--out', path.join(work, 'o1')]);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/Unknown theme "no-such-theme"/g)).toHaveLength(1);
    for (const config of [{ format: 'B5' }, { theme: 'no-such-theme' }, { rules: [{ match: '**', theme: 'nope' }] }, { rules: [{ match: '**', lang: 'not a tag' }] }]) {
      const dir = mkdtempSync(path.join(work, 'cfg-'));
      writeFileSync(path.join(dir, 'cvpress.config.json'), JSON.stringify(config));
      cpSync(good, path.join(dir, 'cvs'), { recursive: true });
      const c = cvpress(['render', 'cvs', '--out', 'out'], { cwd: dir });
      expect(c.status, JSON.stringify(config)).toBe(2);
      expect(c.stderr.trim().split('\n'), JSON.stringify(config)).toHaveLength(1);
    }
  });

  it('parse of a missing file exits 2, as render does', () => {
    const p = cvpress(['parse', 'missing.md']);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/missing\.md: error: no such file/);
    expect(cvpress(['render', 'missing.md']).status).toBe(2);
  });

  it('a theme whose layout is a FIFO, or a link out of its folder, fails at once with E_THEME_INVALID (exit 2), never hangs', () => {
    for (const kind of ['fifo', 'link']) {
      const theme = path.join(work, `theme-${kind}`);
      cpSync(path.join(root, 'tests/fixtures/hostile/cases/slow-theme'), theme, { recursive: true });
      rmSync(path.join(theme, 'layout.hbs'));
      if (kind === 'fifo') execFileSync('mkfifo', [path.join(theme, 'layout.hbs')]);
      else symlinkSync('/etc/hostname', path.join(theme, 'layout.hbs'));
      const r = cvpress(['render', good, '--theme', theme, '--out', path.join(work, `o-${kind}`)]);
      expect(r.status, kind).toBe(2);
      expect(r.stderr, kind).toMatch(kind === 'fifo' ? /layout\.hbs cannot be used: it is not a regular file/ : /layout\.hbs cannot be used: it lies outside the folder/);
    }
  });
});

describe.skipIf(!hasBrowser)('the bundled command under hostile input and faults', () => {
  it('stops a CV whose rendering never ends at its time limit, in its thread, while the other CVs render untouched', () => {
    const dir = mkdtempSync(path.join(work, 'hang-'));
    cpSync(good, dir, { recursive: true });
    writeFileSync(path.join(dir, 'hang.json'), JSON.stringify({ basics: { name: 'Mallory Hostile', email: 'mallory@hostile.test' }, skills: Array.from({ length: 3000 }, (_, i) => ({ name: `Skill ${i}` })) }));
    const theme = path.join(root, 'tests/fixtures/hostile/cases/slow-theme');
    const report = path.join(dir, 'report.json');
    const r = cvpress(['render', dir, '--theme', theme, '--timeout', '20000', '--out', path.join(dir, 'out'), '--report', report]);
    expect(r.status).toBe(1);
    const results = (JSON.parse(readFileSync(report, 'utf8')) as { results: Array<{ input: string; status: string; retries: number; error: { code: string; message: string } | null }> }).results;
    const hang = results.find((x) => x.input.endsWith('hang.json'))!;
    expect(hang.error).toMatchObject({ code: 'E_TIMEOUT', message: expect.stringMatching(/time limit of 20 s \(while reading and parsing it\)/) });
    const others = results.filter((x) => x !== hang);
    expect(others.map((x) => [x.status, x.retries])).toEqual([['rendered', 0], ['rendered', 0]]);
  });

  it('a folder scan skips theme folders, FIFOs and links out of the folder (with a warning), and renders the CVs', () => {
    const dir = mkdtempSync(path.join(work, 'scan-'));
    cpSync(path.join(good, 'jane-doe.md'), path.join(dir, 'jane-doe.md'));
    cpSync(path.join(root, 'tests/fixtures/hostile/cases/slow-theme'), path.join(dir, 'my-theme'), { recursive: true });
    writeFileSync(path.join(work, 'outside.md'), '# Outside\n\nsecret@hostile.test\n');
    symlinkSync(path.join(work, 'outside.md'), path.join(dir, 'linked.md'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const { env } = runEnv();
    const r = cvpress(['render', dir, '--out', path.join(dir, 'out')], { env });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1 rendered/);
    expect(r.stderr).toMatch(/my-theme\/theme\.json: warning: not rendered: it lies in the theme folder/);
    expect(r.stderr).toMatch(/linked\.md: warning: not rendered: it is a link \(a folder scan never follows links/);
    expect(r.stderr).toMatch(/pipe\.md: warning: not rendered: it is not a regular file/);
  });

  it('on SIGTERM mid-batch, stops the CVs in flight and ends like a normal run: summary, report and JUnit written, no profile or temporary file left, exit 143', async () => {
    const dir = batchOf(8);
    const { tmp, env } = runEnv();
    // A profile folder a killed run left behind (its process is gone) is removed when the next run starts.
    mkdirSync(path.join(tmp, 'cvpress-chromium-999999-abcdef'));
    const out = path.join(dir, 'out');
    const run = start(['render', dir, '--out', out, '-j', '1', '--report', path.join(dir, 'report.json'), '--junit', path.join(dir, 'junit.xml')], env);
    await run.firstResult;
    run.child.kill('SIGTERM');
    const { code, stderr } = await run.done;
    expect(code).toBe(143);
    expect(stderr).toMatch(/SIGTERM: stopping the CVs in flight/);
    expect(stderr).toMatch(/\d+ rendered, 0 unchanged, \d+ failed, \d+ not run/);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { summary: { total: number; notRun: number; rendered: number } };
    expect(report.summary.total).toBe(8);
    expect(report.summary.rendered).toBeGreaterThanOrEqual(1);
    expect(report.summary.notRun).toBeGreaterThanOrEqual(1);
    expect(readFileSync(path.join(dir, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="cvpress" tests="\d+"/);
    expect(profiles(tmp)).toEqual([]);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Chromium went with it.
    expect(spawnSync('pgrep', ['-f', tmp]).stdout.toString().trim()).toBe('');
  });

  it('a run killed with SIGKILL leaves a profile folder that the next run removes', async () => {
    const dir = batchOf(4);
    const { tmp, env } = runEnv();
    const run = start(['render', dir, '--out', path.join(dir, 'out'), '-j', '1'], env);
    await run.firstResult;
    run.child.kill('SIGKILL');
    await run.done;
    expect(profiles(tmp).length).toBe(1);
    // Chromium notices its pipe closed and exits; then the next run removes the folder.
    await expect.poll(() => spawnSync('pgrep', ['-f', tmp]).stdout.toString().trim(), { timeout: 60_000, interval: 250 }).toBe('');
    const r = cvpress(['render', path.join(good, 'jane-doe.md'), '--out', path.join(dir, 'out2')], { env });
    expect(r.status).toBe(0);
    expect(profiles(tmp)).toEqual([]);
  });

  it('when the output folder turns read-only mid-run, every CV error and the cache error are reported, and the report is still written', async () => {
    const dir = batchOf(6);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const { env } = runEnv();
    const asRoot = process.getuid?.() === 0;
    const lock = (on: boolean): void => {
      if (asRoot) execFileSync('chattr', [on ? '+i' : '-i', out]);
      else execFileSync('chmod', [on ? '0555' : '0755', out]);
    };
    const run = start(['render', dir, '--out', out, '-j', '1', '--report', path.join(dir, 'report.json')], env);
    await run.firstResult;
    lock(true);
    let result;
    try {
      result = await run.done;
    } finally {
      lock(false);
    }
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { summary: { total: number; failed: number; errors: Array<{ code: string }> }; results: Array<{ status: string; error: { code: string } | null }> };
    expect(report.summary.total).toBe(6);
    expect(report.summary.failed).toBeGreaterThanOrEqual(1);
    expect(report.results.filter((x) => x.status === 'failed').every((x) => x.error?.code === 'E_WRITE')).toBe(true);
    expect(report.summary.errors.map((e) => e.code)).toEqual(['E_CACHE']);
    expect(result.stderr.match(/error: cannot write the output/g)?.length).toBe(report.summary.failed);
    expect(result.stderr).toMatch(/error: the incremental cache could not be written/);
    expect(existsSync(out)).toBe(true);
  });
});
