// Measures how large a parsed YAML document becomes once its aliases are expanded, without expanding them.
import type { Document } from 'yaml';
import { loadYaml } from '../load-yaml.js';

/**
 * The size of `doc` as data with every alias (`*name`) replaced by what it names: one per node plus the
 * length of each scalar's text. Each anchored node is measured once (aliases can only name earlier
 * anchors), so the cost is linear in the document, whatever it expands to. Returns `Infinity` past
 * `limit`, and for an alias that names its own ancestor.
 * The yaml package's `maxAliasCount` bounds how many aliases are followed; this bounds what they add up to
 * (a few aliases of a large anchored block), which any consumer walking the data would pay for.
 * @param doc - a document from `parseDocument` (nesting already bounded, so recursion is shallow)
 * @param limit - the largest expanded size allowed
 */
export function measureYamlExpansion(doc: Document, limit: number): number {
  const Y = loadYaml();
  const memo = new Map<unknown, number>();
  const size = (node: unknown): number => {
    if (Y.isAlias(node)) {
      const target = node.resolve(doc);
      return target === undefined ? 1 : (memo.get(target) ?? Infinity);
    }
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, Infinity); // in progress: an alias reaching it from inside is a cycle
    let s = 1;
    if (Y.isScalar(node)) s += String(node.value ?? '').length;
    else if (Y.isMap(node)) for (const p of node.items) s += size(p.key) + size(p.value);
    else if (Y.isSeq(node)) for (const item of node.items) s += size(item);
    memo.set(node, s);
    return s;
  };
  const s = size(doc.contents);
  return s > limit ? Infinity : s;
}
