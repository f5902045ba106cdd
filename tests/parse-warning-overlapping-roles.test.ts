// The overlapping-dates warning names each role so a user can find it: by its position, or by its dates where it has none.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/parse/parse-markdown.js';

const CV = `# Nadia Karim

nadia.karim@example.org

## Experience

### Undergraduate Researcher, Boston University
April 2025 – Present

- Modelled phonon-electron interactions.

### Boston University
June 2025 – August 2025

- Mentored a group of students in a summer research programme.
`;

describe('the overlapping-dates warning', () => {
  it('names a role without a position by its dates as written, not by an empty quote', () => {
    const warning = parseMarkdown(CV).warnings.find((w) => w.code === 'overlapping-dates');
    expect(warning?.message).toContain('"Undergraduate Researcher"');
    expect(warning?.message).toContain('the role of June 2025 – August 2025');
    expect(warning?.message).not.toContain('""');
  });
});
