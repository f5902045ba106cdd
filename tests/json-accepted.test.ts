// Off-schema JSON Resume files as people write them: each deviation is read, warned about with its path, line and fix, and --strict refuses it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '../src/model/errors.js';
import { parseJsonResume } from '../src/parse/parse-json-resume.js';

const ACCEPTED = path.resolve(__dirname, 'fixtures/json/accepted');
const UNREADABLE = path.resolve(__dirname, 'fixtures/json/unreadable');

interface Expectation {
  /** [code, JSON path, line] that must each be among the warnings. */
  warnings: Array<[string, string, number]>;
  /** JSON pointer → expected value in the model (null: absent). */
  model: Record<string, unknown>;
  /** Pointers that must have no warning. */
  absent?: string[];
  /** Path → text its warning's message must contain. */
  messages?: Record<string, string>;
  strictFails: boolean;
  noWarnings?: boolean;
}

const cases = (dir: string): string[] => readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f) && !f.endsWith('.expect.json')).sort();
const kindOf = (f: string): 'json' | 'yaml' => (f.endsWith('.json') ? 'json' : 'yaml');

function at(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const part of pointer.slice(1).split('/')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

describe('accepted deviations: read with a warning (path, line, fix), refused by --strict', () => {
  for (const name of cases(ACCEPTED)) {
    const exp = JSON.parse(readFileSync(path.join(ACCEPTED, name.replace(/\.(json|ya?ml)$/, '.expect.json')), 'utf8')) as Expectation;
    const text = readFileSync(path.join(ACCEPTED, name), 'utf8');
    it(name, () => {
      const r = parseJsonResume(text, { file: name, kind: kindOf(name) });
      for (const [code, p, line] of exp.warnings) {
        expect(r.warnings, `${code} at ${p}`).toContainEqual(expect.objectContaining({ code, path: p, line, file: name }));
      }
      for (const w of r.warnings.filter((x) => x.schema)) {
        // Every schema warning says where and what to write instead.
        expect(w.message).toMatch(/^\/\S*: .+Fix: /);
        expect(w.line).toBeGreaterThan(0);
      }
      for (const [p, text] of Object.entries(exp.messages ?? {})) expect(r.warnings.find((w) => w.path === p)?.message).toContain(text);
      for (const p of exp.absent ?? []) expect(r.warnings.filter((w) => w.path === p)).toEqual([]);
      if (exp.noWarnings) expect(r.warnings).toEqual([]);
      for (const [p, value] of Object.entries(exp.model)) {
        if (value === null) expect(at(r.resume, p), p).toBeUndefined();
        else expect(at(r.resume, p), p).toEqual(value);
      }
      let strictError: unknown;
      try {
        parseJsonResume(text, { file: name, kind: kindOf(name), strict: true });
      } catch (err) {
        strictError = err;
      }
      if (!exp.strictFails) expect(strictError).toBeUndefined();
      else {
        expect(strictError).toBeInstanceOf(SchemaError);
        const problems = (strictError as SchemaError).problems;
        expect(problems.map((p) => p.path).sort()).toEqual(r.warnings.filter((w) => w.schema).map((w) => w.path).sort());
        expect((strictError as SchemaError).message).toContain(`${name}:${problems[0]!.line}`);
      }
    });
  }
});

describe('unreadable documents: a section or basics of a type that holds no entries is an error', () => {
  for (const name of cases(UNREADABLE)) {
    const exp = JSON.parse(readFileSync(path.join(UNREADABLE, name.replace(/\.(json|ya?ml)$/, '.expect.json')), 'utf8')) as { problems: Array<[string, number]> };
    it(name, () => {
      let error: unknown;
      try {
        parseJsonResume(readFileSync(path.join(UNREADABLE, name), 'utf8'), { file: name, kind: kindOf(name) });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).code).toBe('E_SCHEMA');
      expect((error as SchemaError).problems.map((p) => [p.path, p.line])).toEqual(exp.problems);
      expect((error as SchemaError).message).toMatch(/cannot read|must be an object/);
    });
  }
});
