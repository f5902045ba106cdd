// Printed warnings: a kind that comes more than five times is shown three times and then counted in one warning; the rest are printed as they are.
import { describe, expect, it } from 'vitest';
import { foldRepeatedWarnings } from '../src/cli/fold-repeated-warnings.js';
import type { CvWarning } from '../src/model/warning.js';

const objectItem = (i: number): CvWarning => ({
  code: 'schema-coerced',
  message: `/work/0/highlights/${i}: an object is read as its text "Item ${i}" (tags not shown). Fix: write the text itself as the list item.`,
  path: `/work/0/highlights/${i}`,
  line: 10 + i,
  file: 'cv.yaml',
  schema: true,
});
const nullUrl: CvWarning = { code: 'schema-empty-value', message: '/work/1/url: null is read as absent. Fix: remove the field, or fill it in.', path: '/work/1/url', line: 40, file: 'cv.yaml' };

describe('foldRepeatedWarnings', () => {
  it('shows three of a kind that comes eight times, then one warning counting the other five with their places and the fix', () => {
    const out = foldRepeatedWarnings([...Array.from({ length: 8 }, (_, i) => objectItem(i)), nullUrl]);
    expect(out).toHaveLength(5);
    expect(out.slice(0, 3).map((w) => w.path)).toEqual(['/work/0/highlights/0', '/work/0/highlights/1', '/work/0/highlights/2']);
    expect(out[3]).toMatchObject({ code: 'schema-coerced', line: 13, file: 'cv.yaml', schema: true });
    expect(out[3]!.message).toBe('5 more warnings like the ones above: /work/0/highlights/3 (line 13), /work/0/highlights/4 (line 14), /work/0/highlights/5 (line 15), /work/0/highlights/6 (line 16), /work/0/highlights/7 (line 17). Fix: write the text itself as the list item.');
    expect(out[4]).toBe(nullUrl);
  });

  it('keeps every warning of a kind that comes five times or fewer, in order', () => {
    const five = Array.from({ length: 5 }, (_, i) => objectItem(i));
    expect(foldRepeatedWarnings([nullUrl, ...five])).toEqual([nullUrl, ...five]);
  });

  it('counts past the first five places', () => {
    const out = foldRepeatedWarnings(Array.from({ length: 20 }, (_, i) => objectItem(i)));
    expect(out).toHaveLength(4);
    expect(out[3]!.message).toContain('17 more warnings like the ones above: /work/0/highlights/3 (line 13)');
    expect(out[3]!.message).toContain(' and 12 more. Fix:');
  });
});
