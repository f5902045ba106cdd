// A logo's alt text that the head line says again is not part of the organisation; a logo named only by its alt keeps it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

const input = readFileSync(path.resolve(__dirname, 'fixtures/parse/logo-alt-text-beside-name/input.md'), 'utf8');

describe('logo alt text in entry heads', () => {
  const work = parseMarkdown(input).resume.work ?? [];
  it('names the organisation once when the logo caption repeats it', () => {
    expect(work[0]?.name).toBe('Orbit Systems');
  });
  it('keeps a name that only the logo gives', () => {
    expect(work[1]?.name).toBe('Kite Labs Data Platform Team');
  });
});
