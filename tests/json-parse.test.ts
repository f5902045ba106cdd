// JSON Resume parsing (.json and .yaml): valid documents keep every field; bad ones get typed errors with lines and paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LimitError, MalformedError, SchemaError } from '../src/model/errors.js';
import { parseJsonResume } from '../src/parse/parse-json-resume.js';

const fx = (p: string): string => readFileSync(path.resolve(__dirname, 'fixtures/json', p), 'utf8');

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('parseJsonResume', () => {
  it('parses a valid JSON Resume and keeps unknown fields', () => {
    const r = parseJsonResume(fx('valid/resume.json'), { file: 'valid/resume.json', kind: 'json' });
    expect(r.kind).toBe('json');
    expect(r.explain).toEqual([]);
    expect(r.resume.basics?.name).toBe('Ada Quill');
    expect(r.resume.basics?.pronouns).toBe('she/her');
    expect(r.resume.work?.[0]?.team).toBe('Platform');
    expect(r.resume['x-custom']).toEqual({ anything: [1, 2, 3] });
    expect(r.resume).toEqual(JSON.parse(fx('valid/resume.json')));
  });

  it('reads an off-schema file with one warning per problem; --strict lists every problem with its JSON path, line and what is expected', () => {
    const lenient = parseJsonResume(fx('invalid-schema/resume.json'), { file: 'bad.json', kind: 'json' });
    expect(lenient.resume.work?.[0]?.startDate).toBe('2020-03');
    expect(lenient.resume.work?.[0]?.highlights).toEqual(['one string']);
    expect(lenient.resume.skills).toEqual([{ name: 'TS' }]);
    expect(lenient.warnings.filter((w) => w.schema).map((w) => w.path)).toEqual(
      expect.arrayContaining(['/basics/name', '/basics/email', '/basics/url', '/basics/profiles', '/work/0/startDate', '/work/0/highlights', '/skills']),
    );
    const err = catchError(() => parseJsonResume(fx('invalid-schema/resume.json'), { file: 'bad.json', kind: 'json', strict: true }));
    expect(err).toBeInstanceOf(SchemaError);
    const e = err as SchemaError;
    expect(e.code).toBe('E_SCHEMA');
    const byPath = new Map(e.problems.map((p) => [p.path, p]));
    expect(byPath.get('/basics/name')).toMatchObject({ line: 3 });
    expect(byPath.get('/basics/name')?.message).toMatch(/42.*read as the text "42"/);
    expect(byPath.get('/basics/email')).toMatchObject({ line: 4 });
    expect(byPath.get('/basics/email')?.message).toMatch(/email/);
    expect(byPath.get('/basics/url')).toMatchObject({ line: 5 });
    expect(byPath.get('/basics/url')?.message).toMatch(/no scheme.*https:\/\/ada\.example\.com/);
    expect(byPath.get('/basics/profiles')).toMatchObject({ line: 6 });
    expect(byPath.get('/work/0/startDate')).toMatchObject({ line: 11 });
    expect(byPath.get('/work/0/startDate')?.message).toMatch(/"March 2020" is read as 2020-03/);
    expect(byPath.get('/work/0/highlights')).toMatchObject({ line: 12 });
    expect(byPath.get('/skills')).toMatchObject({ line: 15 });
    expect(e.message).toContain('bad.json:11 /work/0/startDate');
    expect(e.file).toBe('bad.json');
    expect(e.line).toBe(3);
  });

  it('reports malformed JSON with line and column', () => {
    const err = catchError(() => parseJsonResume(fx('malformed/resume.json'), { file: 'm.json', kind: 'json' }));
    expect(err).toBeInstanceOf(MalformedError);
    expect(err).toMatchObject({ code: 'E_JSON', file: 'm.json', line: 4 });
    expect((err as MalformedError).column).toBeGreaterThan(0);
  });

  it('reads past trailing commas and comments with one json-syntax warning each, naming the lines; --strict refuses them', () => {
    const r = parseJsonResume(fx('relaxed/resume.json'), { file: 'r.json', kind: 'json' });
    expect(r.resume.basics?.summary).toBe('Commas, brackets] and /* not a comment */ inside strings stay');
    expect(r.resume.basics?.url).toBe('https://example.com/a//b');
    expect(r.resume.work?.[0]?.highlights).toEqual(['Built the mill', 'Wrote notes']);
    const syntax = r.warnings.filter((w) => w.code === 'json-syntax');
    expect(syntax.map((w) => [w.line, w.file])).toEqual([[6, 'r.json'], [2, 'r.json']]);
    expect(syntax[0]!.message).toContain('has 5 commas after the last item (lines 6, 12, 13, 14)');
    expect(syntax[0]!.message).toContain('Fix: remove the comma');
    expect(syntax[1]!.message).toContain('2 comments (lines 2, 8)');
    // lines of the values after a blanked comment are still right
    const ongoing = parseJsonResume(fx('relaxed/resume.json').replace('"Wrote notes"', '"x", ""'), { file: 'r.json', kind: 'json' });
    expect(ongoing.warnings.find((w) => w.path === '/work/0/highlights/2')?.line).toBe(12);
    expect(catchError(() => parseJsonResume(fx('relaxed/resume.json'), { file: 'r.json', kind: 'json', strict: true }))).toMatchObject({ code: 'E_JSON', line: 2 });
    // a real syntax error is still one, at its own place
    expect(catchError(() => parseJsonResume('{ "basics": { "name": "A", } "work": [] }', { file: 'b.json', kind: 'json' }))).toMatchObject({ code: 'E_JSON', line: 1 });
  });

  it('parses YAML with the same structure, reading bare years as text', () => {
    const r = parseJsonResume(fx('yaml-valid/resume.yaml'), { file: 'r.yaml', kind: 'yaml' });
    expect(r.kind).toBe('yaml');
    expect(r.resume.work?.[0]?.startDate).toBe('2019');
    expect(r.resume.extra).toEqual({ kept: true });
    expect(r.warnings.map((w) => w.code)).toContain('schema-date');
  });

  it('reads a YAML file of several --- documents as one résumé: the one with basics, the others\' fields kept beside it, with a warning', () => {
    const r = parseJsonResume(fx('yaml-documents/resume.yaml'), { file: 'd.yaml', kind: 'yaml' });
    expect(r.resume.basics?.name).toBe('Ada Quill');
    expect(r.resume.work?.[0]).toEqual({ name: 'Analytical Engines Ltd', startDate: '1842' });
    expect(r.resume['see the web version at']).toBe('https://example.com/cv');
    const w = r.warnings.find((x) => x.code === 'yaml-documents')!;
    expect(w).toMatchObject({ line: 3, file: 'd.yaml' });
    expect(w.message).toContain('holds 3 YAML documents (separated by ---): the one at line 6 is read as the résumé');
    expect(w.message).toContain('kept beside it: "see the web version at"');
    expect(w.message).toContain('not read from the others: "work"');
    expect(w.message).toContain('not objects are not read (line 13)');
    expect(w.message).toContain('Fix: keep one document');
    // lines still point into the right document
    expect(r.warnings.find((x) => x.path === '/work/0/startDate')?.line).toBe(11);
    expect(r.warnings.find((x) => x.code === 'unknown-field')?.message).toContain('/see the web version at (line 3)');
    // a syntax error in a later document is still an error, at its line
    expect(catchError(() => parseJsonResume('basics:\n  name: A\n---\nwork: [\n', { file: 'e.yaml', kind: 'yaml' }))).toMatchObject({ code: 'E_YAML', file: 'e.yaml' });
  });

  it('rejects YAML custom tags such as !!js/function', () => {
    const err = catchError(() => parseJsonResume(fx('yaml-tag/resume.yaml'), { file: 't.yaml', kind: 'yaml' }));
    expect(err).toBeInstanceOf(MalformedError);
    expect(err).toMatchObject({ code: 'E_YAML', line: 2 });
  });

  it('reports malformed YAML with line and column', () => {
    const err = catchError(() => parseJsonResume('basics:\n  name: Ada\n  title: Lead: Platform\n', { file: 'm.yaml', kind: 'yaml' }));
    expect(err).toMatchObject({ code: 'E_YAML', file: 'm.yaml', line: 3, column: 10 });
  });

  it('reads YAML with a key written twice: the last value is kept, a warning names the key and both lines', () => {
    const r = parseJsonResume(fx('yaml-duplicate/resume.yaml'), { file: 'dup.yaml', kind: 'yaml' });
    expect(r.resume.basics?.name).toBe('Ada Lovelace');
    expect(r.resume.basics?.email).toBe('ada@example.com');
    expect(r.resume.work?.[0]?.position).toBe('Lead Programmer');
    expect((r.resume.work?.[0] as Record<string, unknown>)['1']).toBe('quoted');
    const dups = r.warnings.filter((w) => w.code === 'duplicate-key');
    expect(dups.map((w) => [w.file, w.line])).toEqual([['dup.yaml', 4], ['dup.yaml', 8], ['dup.yaml', 11]]);
    expect(dups[0]!.message).toMatch(/"name" twice in one object \(lines 2 and 4\); the value at line 4 is used/);
    expect(dups[1]!.message).toMatch(/"position" twice in one object \(lines 7 and 8\)/);
    expect(dups[2]!.message).toMatch(/"1" twice in one object \(lines 10 and 11\)/);
    // --strict refuses what is off the schema; a repeated key is not, and the kept value's line is the one reported
    const strict = catchError(() => parseJsonResume(fx('yaml-duplicate/resume.yaml').replace('"1842"', '"soon"'), { file: 'dup.yaml', kind: 'yaml', strict: true }));
    expect((strict as SchemaError).problems).toEqual([expect.objectContaining({ path: '/work/0/startDate', line: 9 })]);
    expect(parseJsonResume('basics:\n  name: Ada\n  name: Bob\n', { kind: 'yaml', strict: true }).resume.basics?.name).toBe('Bob');
  });

  it('maps YAML schema problems to lines', () => {
    const err = catchError(() => parseJsonResume('basics:\n  name: Ada\nwork:\n  - name: X\n    startDate: "soon"\n', { file: 'y.yaml', kind: 'yaml', strict: true }));
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).problems).toEqual([expect.objectContaining({ path: '/work/0/startDate', line: 5 })]);
  });

  it('bounds nesting depth before parsing (JSON and YAML)', () => {
    const deepJson = '{"basics":{"x":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}}';
    expect(catchError(() => parseJsonResume(deepJson, { kind: 'json' }))).toBeInstanceOf(LimitError);
    expect(catchError(() => parseJsonResume(deepJson, { kind: 'json' }))).toMatchObject({ code: 'E_TOO_DEEP' });
    const deepYaml = 'basics:\n' + Array.from({ length: 200 }, (_, i) => ' '.repeat(2 * (i + 1)) + `k${i}:`).join('\n') + ' 1\n';
    expect(catchError(() => parseJsonResume(deepYaml, { kind: 'yaml' }))).toMatchObject({ code: 'E_TOO_DEEP' });
    const deepDash = 'basics:\n  x:\n' + Array.from({ length: 100 }, (_, i) => ' '.repeat(4 + 2 * i) + '-').join('\n') + ' y\n';
    expect(catchError(() => parseJsonResume(deepDash, { kind: 'yaml' }))).toMatchObject({ code: 'E_TOO_DEEP' });
  });

  it('reads a JSON Resume saved with a BOM and CRLF line endings, with correct lines', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { readSource } = await import('../src/parse/read-source.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'cvpress-json-'));
    const file = path.join(dir, 'crlf.json');
    writeFileSync(file, '\uFEFF{\r\n  "basics": {\r\n    "name": "Zoë"\r\n  },\r\n  "work": [{ "startDate": "2020/01" }]\r\n}\r\n');
    const src = await readSource(file, { maxBytes: 1_000_000 });
    expect(src.kind).toBe('json');
    const err = catchError(() => parseJsonResume(src.text.replace('2020/01', 'soon'), { file, kind: 'json', strict: true }));
    expect((err as SchemaError).problems).toEqual([expect.objectContaining({ path: '/work/0/startDate', line: 5 })]);
    expect(parseJsonResume(src.text, { file, kind: 'json' }).warnings).toEqual([expect.objectContaining({ path: '/work/0/startDate', line: 5, code: 'schema-date' })]);
    writeFileSync(file, '\uFEFF{\r\n  "basics": { "name": "Zoë" }\r\n}\r\n');
    expect(parseJsonResume((await readSource(file, { maxBytes: 1_000_000 })).text, { file, kind: 'json' }).resume.basics?.name).toBe('Zoë');
  });

  it('rejects a top-level value that is not an object', () => {
    expect(catchError(() => parseJsonResume('[1,2]', { kind: 'json' }))).toMatchObject({ code: 'E_SCHEMA' });
  });

  it('does not expand YAML alias bombs', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
    expect(catchError(() => parseJsonResume(bomb, { kind: 'yaml' }))).toMatchObject({ code: 'E_YAML' });
  });
});
