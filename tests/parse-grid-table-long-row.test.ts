// A pandoc grid table whose one row runs over a hundred thousand lines parses (no stack overflow from spreading the row's lines).
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

describe('grid tables at the size limit', () => {
  it('reads a row of 150,000 lines without throwing', () => {
    const rows = ['+---+---+', ...Array.from({ length: 150_000 }, () => '|a|b|'), '+---+---+'];
    const result = parseMarkdown(`# Ada Long\n\n${rows.join('\n')}\n`);
    expect(result.resume.basics?.name).toBe('Ada Long');
  });
});
