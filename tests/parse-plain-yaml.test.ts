// The plain-YAML front-matter reader gives what the yaml package gives, on every front matter of the fixtures and on edge cases, and leaves to the package what it does not read.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readPlainYaml, type PlainTag } from '../src/parse/markdown/read-plain-yaml.js';

const Y = createRequire(import.meta.url)('yaml') as typeof import('yaml');
const TAGS = new Y.Schema({ schema: 'core' }).tags as unknown as readonly PlainTag[];

/** What the yaml package reads, as the front-matter reader calls it (a number written from 0 or + kept as written, as it keeps it). */
function byPackage(raw: string): unknown {
  const doc = Y.parseDocument(raw, { schema: 'core', uniqueKeys: false, logLevel: 'silent' });
  Y.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string' && String(node.value) !== node.source && /^[0+]/.test(node.source)) node.value = node.source;
    },
  });
  return doc.toJS();
}

/** Every YAML front matter of the fixture CVs (between the opening and the closing `---`). */
function fixtureFrontMatters(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const root = path.join(import.meta.dirname, 'fixtures');
  for (const group of readdirSync(root)) {
    for (const c of readdirSync(path.join(root, group))) {
      const f = path.join(root, group, c, 'input.md');
      if (!existsSync(f)) continue;
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(f, 'utf8'));
      if (m) out.push([`${group}/${c}`, m[1]!]);
    }
  }
  return out;
}

const EDGE_CASES = [
  'key: \u00a0foo', 'key: foo:bar', 'key: http://x.y:80/z', 'key: a , b', 'key: [a] b', 'key: a}', 'key: a ! b', 'Yes: 1', 'ON: off', 'y: n',
  'a: 0b101', 'a: 0o19', 'a: 1_000', 'a: 1e5', 'a: +.5', 'a: 0.', 'a: 007', 'a: 0xFF', 'a: -.inf', 'a: 12345678901234567890', 'a: 1.10',
  'a:\n  - 1\n  - 01\n  - \'01\'\n  - "01"', 'a: |\n  x\n  \u00a0y', 'a: >\n  x\n\n  y\n   z\n  w', 'a: >-\n  x\n  y\n', 'a: |-\n    x\n  y',
  'a:\n- x\n- y\nb: 1', 'a:\n  -   k: v\n      j: w', 'a:\n  - k: v\n    j: w\n  - k: x', 'a:\n  - k:\n    - 1\n    j: 2', 'a:\n    b: 1\n  c: 2',
  'a: 1\n b: 2', 'a: # c\n  b: 1', 'a: x # c\nb: y', 'a: \'x\'\' y\'', 'a: \'\'', 'a: "a#b"', 'a: \'a # b\'', 'a: |+\n  x\n\n', 'a: b: c', 'a: ~',
  'a: Null', 'a: nULL', 'a: tRUE', 'a: .NaN', '__proto__: 1', 'constructor: 1', 'a: 1\na: 2', '1: x', 'a: \ud83d\ude00 ok', `${'a'.repeat(1030)}: x`,
  'title: "Jane Doe — CV"\ndate: 2024-01-02\ntags:\n  - cv\n  - resume\nwork:\n  - company: Acme\n    start: 2019-05\n    end: present',
];

describe('readPlainYaml reads front matter as the yaml package does', () => {
  for (const [name, raw] of [...fixtureFrontMatters(), ...EDGE_CASES.map((c, i) => [`edge case ${i + 1}`, c] as [string, string])]) {
    it(`reads ${name} as the package does, or leaves it to the package`, () => {
      const plain = readPlainYaml(raw, TAGS);
      if (plain !== undefined) expect(JSON.stringify(plain)).toBe(JSON.stringify(byPackage(raw)));
    });
  }

  it('reads the plain subset itself (most front matter never reaches the package)', () => {
    expect(readPlainYaml('name: Jane Doe\nemail: jane@example.org\nskills:\n  - Go\n  - SQL\nbio: |\n  Two lines\n  of text.\n', TAGS)).toEqual({ name: 'Jane Doe', email: 'jane@example.org', skills: ['Go', 'SQL'], bio: 'Two lines\nof text.\n' });
  });

  it('leaves flow collections, anchors and tags to the package', () => {
    for (const raw of ['a: [1, 2]', 'a: {b: 1}', 'a: &x 1\nb: *x', 'a: !!str 1']) expect(readPlainYaml(raw, TAGS)).toBeUndefined();
  });
});
