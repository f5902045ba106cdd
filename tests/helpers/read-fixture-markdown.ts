// Test helper: the text of every Markdown file under tests/fixtures (real CV text of every shape), for tests that compare renderers on it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every Markdown input of the fixtures, whole, in folder order. */
export function readFixtureMarkdown(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.md')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(__dirname, '..', 'fixtures'));
  return out;
}
