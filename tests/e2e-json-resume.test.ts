// JSON Resume end to end with the real Chromium: off-schema files render, their language, --strict and validate, missing meta.theme, JSON Resume theme packages offline.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatch } from '../src/batch/render-batch.js';
import { renderResume } from '../src/batch/render-resume.js';
import type { CliIo } from '../src/cli/cli-io.js';
import { runCli } from '../src/cli/run-cli.js';
import { findBrowser } from '../src/print/find-browser.js';
import { launchBrowser } from '../src/print/launch-browser.js';
import { listJsonResumeThemes } from '../src/theme/list-json-resume-themes.js';
import { parseResume } from '../src/parse/parse-resume.js';
import { readSource } from '../src/parse/read-source.js';

const ROOT = path.resolve(__dirname, '..');
const ACCEPTED = path.resolve(__dirname, 'fixtures/json/accepted');
const PACKAGES = path.resolve(__dirname, 'fixtures/json/theme-packages');
const LANG_CASES = path.resolve(__dirname, 'fixtures/json-lang');
const CORPORA = [path.resolve(ROOT, '../shared/corpus/json'), path.resolve(ROOT, '../shared/corpus-extra/json')].filter((d) => existsSync(d));

let hasBrowser = true;
try {
  findBrowser();
} catch {
  hasBrowser = false;
  console.warn('JSON Resume end-to-end tests skipped: no Chromium found (apt-get install -y chromium)');
}
if (!CORPORA.length) console.warn('JSON Resume corpus test skipped: ../shared/corpus/json is absent');

const work = mkdtempSync(path.join(os.tmpdir(), 'cvpress-jr-e2e-'));
let browser: Browser;
let canary: Server;
const hits: string[] = [];
let canaryUrl = '';

beforeAll(async () => {
  canary = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('canary');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
  if (hasBrowser) browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => canary.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false, columns: 100 },
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
    cwd,
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

const text = (pdf: Uint8Array | string, layout = true): string => {
  const file = typeof pdf === 'string' ? pdf : path.join(mkdtempSync(path.join(work, 'pdf-')), 'cv.pdf');
  if (typeof pdf !== 'string') writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};
const fonts = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });

describe.skipIf(!hasBrowser)('off-schema JSON Resume files render', () => {
  it('legacy names, empty strings, ongoing ends and URLs without a scheme print as read; unknown keys reach the attachment', async () => {
    const dir = path.join(work, 'accepted');
    cpSync(ACCEPTED, dir, { recursive: true });
    const legacy = await renderResume(path.join(dir, 'legacy-v0.json'), { browser });
    expect(text(legacy.pdf)).toMatch(/Acme Corp/);
    const ongoing = await renderResume(path.join(dir, 'ongoing-end-dates.json'), { browser });
    expect(text(ongoing.pdf)).toMatch(/Jan 2020 – Present/);
    const bare = await renderResume(path.join(dir, 'url-without-scheme.json'), { browser });
    expect(text(bare.pdf)).toContain('ben.example.com');
    const unknown = await renderResume(path.join(dir, 'unknown-keys.json'), { browser });
    const out = path.join(dir, 'unknown.pdf');
    writeFileSync(out, unknown.pdf);
    execFileSync('pdfdetach', ['-save', '1', '-o', path.join(dir, 'attached.json'), out]);
    const attached = JSON.parse(readFileSync(path.join(dir, 'attached.json'), 'utf8')) as Record<string, unknown>;
    expect(attached['personal-statement']).toBe('I build things.');
    expect(text(out)).toContain('I build things.');
    // An unknown list of objects is shown too (cvpress's themes flatten it into an extra field).
    expect(text(out)).toMatch(/Highlight groups:? Infra: Kubernetes/);
  }, 120_000);
});

describe.skipIf(!hasBrowser)('the language a JSON Resume is written in', () => {
  it('a Spanish file that names no language prints Spanish headings and dates, and its attachment says why', async () => {
    const dir = mkdtempSync(path.join(work, 'lang-'));
    const r = await renderResume(path.join(LANG_CASES, 'spanish/resume.json'), { browser });
    const file = path.join(dir, 'cv.pdf');
    writeFileSync(file, r.pdf);
    const printed = text(file);
    expect(printed).toContain('Experiencia laboral');
    expect(printed).toMatch(/mar 2021 – actualidad/);
    expect(printed).not.toMatch(/Work Experience|Present/);
    execFileSync('pdfdetach', ['-save', '1', '-o', path.join(dir, 'attached.json'), file]);
    const attached = JSON.parse(readFileSync(path.join(dir, 'attached.json'), 'utf8')) as { meta?: Record<string, unknown> };
    expect(attached.meta).toEqual({ detectedLang: 'es' });
  }, 120_000);
});

describe.skipIf(!hasBrowser)('--strict, strict: true and validate', () => {
  it('render warns and exits 0; --strict (or strict: true in the config) fails the CV with E_SCHEMA; the warnings are in --report and --junit', async () => {
    const dir = mkdtempSync(path.join(work, 'strict-'));
    cpSync(path.join(ACCEPTED, 'ongoing-end-dates.json'), path.join(dir, 'cv.json'));
    const lenient = await cli(['render', 'cv.json', '--out', 'out', '--report', 'report.json', '--junit', 'junit.xml', '--progress', 'plain'], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/cv\.json:5: warning: \/work\/1\/endDate: "Present" is read as ongoing/);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { results: Array<{ warnings: Array<Record<string, unknown>> }> };
    expect(report.results[0]!.warnings).toContainEqual(expect.objectContaining({ code: 'schema-ongoing', path: '/work/1/endDate', line: 5, schema: true }));
    expect(readFileSync(path.join(dir, 'junit.xml'), 'utf8')).toContain('line 5: schema-ongoing: /work/1/endDate');
    const strict = await cli(['render', 'cv.json', '--out', 'out', '--strict', '--force', '--report', 'strict.json'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/E_SCHEMA|does not match the JSON Resume schema \(6 problems\)/);
    expect(JSON.parse(readFileSync(path.join(dir, 'strict.json'), 'utf8')).results[0].error.code).toBe('E_SCHEMA');
    writeFileSync(path.join(dir, 'cvpress.config.json'), '{ "strict": true }');
    expect((await cli(['render', 'cv.json', '--out', 'out', '--force'], dir)).code).toBe(1);
  }, 120_000);

  it('validate: exit 0 clean, 1 with schema problems (listed like render\'s warnings), 2 for bad usage', async () => {
    const dir = mkdtempSync(path.join(work, 'validate-'));
    cpSync(path.join(ACCEPTED, 'clean.json'), path.join(dir, 'clean.json'));
    cpSync(path.join(ACCEPTED, 'legacy-v0.json'), path.join(dir, 'old.json'));
    cpSync(path.join(ACCEPTED, 'unknown-keys.json'), path.join(dir, 'extra.json'));
    expect(await cli(['validate', 'clean.json'], dir)).toMatchObject({ code: 0, stdout: '' });
    expect((await cli(['validate', 'extra.json'], dir)).code).toBe(0);
    const bad = await cli(['validate', 'clean.json', 'old.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('old.json:7: warning: /work/0/company: "company" is an older JSON Resume name: read as "name". Fix: rename it to "name".');
    expect(bad.stderr).toMatch(/2 CVs, 1 clean, 1 with 7 schema problems/);
    writeFileSync(path.join(dir, 'broken.json'), '{ "basics": ');
    expect((await cli(['validate', 'broken.json'], dir)).code).toBe(1);
    expect((await cli(['validate'], dir)).code).toBe(2);
    expect((await cli(['validate', 'nothing-here.json'], dir)).code).toBe(2);
  }, 180_000);
});

describe.skipIf(!hasBrowser)('themes a CV names', () => {
  it('a meta.theme that is not installed renders with the default theme and names the install command; an unknown --theme is exit 2', async () => {
    const dir = mkdtempSync(path.join(work, 'missing-'));
    writeFileSync(path.join(dir, 'cv.json'), JSON.stringify({ basics: { name: 'Kim Kendall' }, meta: { theme: 'kendall' } }));
    writeFileSync(path.join(dir, 'notes.md'), '---\ntheme: jsonresume-theme-nowhere\n---\n# Mo Markdown\n\nmo@example.com\n');
    const r = await cli(['render', 'cv.json', 'notes.md', '--out', 'out', '--report', 'report.json'], dir);
    expect(r.code).toBe(0);
    const results = (JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { results: Array<{ input: string; theme: string; warnings: Array<{ code: string; message: string }> }> }).results;
    for (const [input, install] of [['cv.json', 'npm install jsonresume-theme-kendall'], ['notes.md', 'npm install jsonresume-theme-nowhere']] as const) {
      const res = results.find((x) => x.input === input)!;
      expect(res.theme).toBe('classic');
      expect(res.warnings.find((w) => w.code === 'theme-missing')?.message).toContain(install);
    }
    expect(text(path.join(dir, 'out', 'cv.pdf'))).toContain('Kim Kendall');
    const typed = await cli(['render', 'cv.json', '--out', 'out', '--theme', 'kendall'], dir);
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('npm install jsonresume-theme-kendall');
  }, 120_000);

  it('a theme package next to the CV is never loaded, even when the CV names it', async () => {
    const dir = mkdtempSync(path.join(work, 'cvdir-'));
    const marker = path.join(dir, 'RAN');
    const pkg = path.join(dir, 'node_modules', 'jsonresume-theme-evil');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), '{"name":"jsonresume-theme-evil","main":"index.js"}');
    writeFileSync(path.join(pkg, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); exports.render = () => '<html>EVIL</html>';`);
    writeFileSync(path.join(dir, 'cv.json'), JSON.stringify({ basics: { name: 'Eve Evil' }, meta: { theme: 'evil' } }));
    const r = await renderResume(path.join(dir, 'cv.json'), { browser, cwd: ROOT });
    expect(r.theme).toBe('classic');
    expect(r.warnings.map((w) => w.code)).toContain('theme-missing');
    expect(existsSync(marker)).toBe(false);
  }, 180_000);
});

describe.skipIf(!hasBrowser)('JSON Resume theme packages print in the sandbox', () => {
  it('a theme that asks for remote fonts, CSS, scripts and images prints with local fonts; the canary server gets no request', async () => {
    const dir = mkdtempSync(path.join(work, 'canary-'));
    writeFileSync(path.join(dir, 'cv.json'), JSON.stringify({ basics: { name: 'Cara Canary', label: 'Engineer', image: `${canaryUrl}/photo.jpg` }, work: [{ name: 'Acme', position: 'Lead Engineer', summary: `<img src="${canaryUrl}/in-summary.png">Shipped` }], meta: { canary: canaryUrl } }));
    const r = await renderResume(path.join(dir, 'cv.json'), { browser, flags: { theme: 'canary', themeDirs: [PACKAGES] } });
    expect(r.theme).toBe('jsonresume-theme-canary');
    const file = path.join(dir, 'cv.pdf');
    writeFileSync(file, r.pdf);
    expect(text(file)).toMatch(/Cara Canary.*Engineer.*Lead Engineer.*Acme.*Shipped/);
    expect(text(file)).not.toContain('PWNED');
    expect(hits).toEqual([]);
    const remote = r.warnings.filter((w) => w.code === 'theme-remote');
    expect(remote).toHaveLength(1);
    expect(remote[0]!.message).toContain(`${canaryUrl}/css?family=Lato`);
    expect(r.warnings.filter((w) => w.code === 'blocked-request')).toEqual([]);
    const used = fonts(file);
    expect(used).toMatch(/SourceSerif4/);
    expect(used).toMatch(/SourceSans3/);
    expect(used).not.toMatch(/Liberation|DejaVu|Nimbus|Arial|Helvetica/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+Cara Canary/);
  }, 180_000);

  it('every JSON Resume file of the corpus renders with the default theme and with every installed JSON Resume theme, its text in the PDF', async () => {
    if (!CORPORA.length) return;
    const files = CORPORA.flatMap((d) => readdirSync(d).filter((f) => /\.(json|ya?ml)$/.test(f)).map((f) => path.join(d, f)));
    const themes = [undefined, ...listJsonResumeThemes({ themeDirs: [], cwd: ROOT }).map((t) => t.name)];
    expect(themes.length).toBeGreaterThanOrEqual(4);
    for (const theme of themes) {
      const out = path.join(work, `corpus-${theme ?? 'default'}`);
      const run = renderBatch(files, { out, concurrency: 2, noCache: true, cwd: ROOT, ...(theme ? { flags: { theme } } : {}) });
      const seen: string[] = [];
      for await (const res of run) {
        expect(res.status, `${theme ?? 'default'} ${res.input}: ${res.error?.message ?? ''}`).toBe('rendered');
        // Nothing tried to leave the machine (only a missing local photo may be reported).
        expect(res.warnings.filter((w) => w.code === 'blocked-request' && !w.message.includes('https://cvpress.invalid/cv/')), res.input).toEqual([]);
        const cv = parseResume(await readSource(res.input, { maxBytes: 2_000_000 })).resume;
        const pdfText = text(res.output, false).normalize('NFKC').toLowerCase();
        const want = [cv.basics?.name, cv.work?.[0]?.position].filter((s): s is string => Boolean(s)).map((s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
        for (const w of want) expect(pdfText, `${theme ?? 'default'}: ${res.input}`).toContain(w);
        seen.push(res.input);
      }
      expect(seen).toHaveLength(files.length);
    }
  }, 900_000);
});
