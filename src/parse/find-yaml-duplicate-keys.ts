// Finds the keys written twice in one mapping of a parsed YAML document (its toJS keeps the last one), in one pass.
import type { Document } from 'yaml';
import type { DuplicateKey } from './find-duplicate-keys.js';
import { loadYaml } from './load-yaml.js';

/** 1-based line of each offset, from one sorted pass over the text's line starts. */
function linesOf(text: string, offsets: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let line = 1;
  let at = 0;
  for (const offset of sorted) {
    for (let nl = text.indexOf('\n', at); nl >= 0 && nl < offset; nl = text.indexOf('\n', at)) {
      line++;
      at = nl + 1;
    }
    out.set(offset, line);
  }
  return out;
}

/**
 * Scans a YAML document parsed with `uniqueKeys: false` (the yaml package's own check takes time quadratic in the
 * number of keys) for mappings that hold the same key twice: `toJS` keeps only the last value, so the other would
 * vanish without a word. Keys are compared as `toJS` names them (`1` and `"1"` are one key); keys that are maps or
 * lists are left out.
 * @param doc - the parsed document
 * @param text - the text it was parsed from, for the lines
 * @param max - at most this many are returned (the scan stops there)
 * @returns the repeated keys in line order (each repetition once, with the line of the key's previous appearance)
 */
export function findYamlDuplicateKeys(doc: Document, text: string, max = 50): DuplicateKey[] {
  const Y = loadYaml();
  const found: Array<{ key: string; first: number; at: number }> = [];
  Y.visit(doc, {
    Map(_key, node) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!Y.isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const key = value === null || value === undefined ? '' : String(value);
        const at = pair.key.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first !== undefined) {
          found.push({ key, first, at });
          if (found.length >= max) return Y.visit.BREAK;
        }
        seen.set(key, at);
      }
      return undefined;
    },
  });
  if (found.length === 0) return [];
  const lines = linesOf(text, found.flatMap((d) => [d.first, d.at]));
  return found.map((d) => ({ key: d.key, firstLine: lines.get(d.first)!, line: lines.get(d.at)! })).sort((a, b) => a.line - b.line);
}
