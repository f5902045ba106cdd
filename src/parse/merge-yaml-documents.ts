// Reads a YAML file of several `---` documents as one résumé: the one with `basics` is it, the others' fields are kept beside it.
import type { Document } from 'yaml';

/** One résumé made of several YAML documents, and where each of its top-level fields came from. */
export interface MergedYamlDocuments {
  /** The résumé document's value, with the other documents' top-level fields it lacks added after its own. */
  data: Record<string, unknown>;
  /** Index of the document read as the résumé. */
  main: number;
  /** Index of the document each top-level field was taken from. */
  from: Map<string, number>;
  /** Top-level fields of the other documents that were added, in document order. */
  kept: string[];
  /** Top-level fields of the other documents that the résumé already has: not read. */
  clashes: string[];
  /** Indexes of the documents that are not objects (a lone string, a list): not read. */
  skipped: number[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Makes one résumé of the documents of a multi-document YAML file (a front block of notes, then the
 * résumé, as some people publish it): the first document that is an object with `basics` (or `bio`), else
 * the first object, is the résumé; the top-level fields of every other object document that it does not
 * have are kept beside its own (so nothing written is lost), those it has are named as clashes. Empty
 * documents are ignored; documents that are not objects are named as skipped.
 * @param docs - the parsed documents (for their count only; values are given already converted)
 * @param values - each document's `toJS()` value, in order
 * @returns the merged value and where each field came from, or undefined when no document is an object
 */
export function mergeYamlDocuments(docs: readonly Document[], values: readonly unknown[]): MergedYamlDocuments | undefined {
  let main = values.findIndex((v) => isRecord(v) && (Object.hasOwn(v, 'basics') || Object.hasOwn(v, 'bio')));
  if (main < 0) main = values.findIndex(isRecord);
  if (main < 0) return undefined;
  const data: Record<string, unknown> = { ...(values[main] as Record<string, unknown>) };
  const from = new Map<string, number>(Object.keys(data).map((k) => [k, main]));
  const kept: string[] = [];
  const clashes: string[] = [];
  const skipped: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const v = values[i];
    if (i === main || v === null || v === undefined) continue;
    if (!isRecord(v)) {
      skipped.push(i);
      continue;
    }
    for (const [k, value] of Object.entries(v)) {
      if (from.has(k)) clashes.push(k);
      else {
        data[k] = value;
        from.set(k, i);
        kept.push(k);
      }
    }
  }
  return { data, main, from, kept, clashes, skipped };
}
