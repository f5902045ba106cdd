// The pass fixtures' runner runs the same passes as parseMarkdown, in its order, and every pass has fixtures of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { passCases } from './fixtures/parse-passes/pass-harness.js';
import { PASS_NAMES, runPasses } from './fixtures/parse-passes/pass-runner.js';

const PASSES_DIR = path.resolve(__dirname, 'fixtures/parse-passes');
const OLD_DIR = path.resolve(__dirname, 'fixtures/parse');

/** Every input.md of the pass fixtures and the whole-CV fixtures. */
function inputs(): string[] {
  const out: string[] = [];
  for (const pass of readdirSync(PASSES_DIR)) for (const c of passCases(pass)) out.push(path.join(PASSES_DIR, pass, c, 'input.md'));
  for (const c of readdirSync(OLD_DIR)) if (existsSync(path.join(OLD_DIR, c, 'input.md'))) out.push(path.join(OLD_DIR, c, 'input.md'));
  return out;
}

describe('the pass fixtures run the parser as parseMarkdown does', () => {
  it('gives the same model, warnings and explain as parseMarkdown on every fixture (the runner lists the same passes)', () => {
    const files = inputs();
    expect(files.length).toBeGreaterThan(100);
    const last = PASS_NAMES[PASS_NAMES.length - 1]!;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const state = runPasses(text, last, 'input.md');
      const whole = parseMarkdown(text, { file: 'input.md' });
      expect({ resume: state.resume, warnings: state.warnings, explain: state.explain }, f).toEqual({ resume: whole.resume, warnings: whole.warnings, explain: whole.explain });
    }
  });

  it('has a fixture folder with cases for the source pass and every pass of parseMarkdown', () => {
    for (const pass of ['read-markdown-source', ...PASS_NAMES]) {
      expect(passCases(pass).length, pass).toBeGreaterThan(0);
    }
  });
});
