// Replaces, in place, each entry of a segmented section that a rule splits by the entries it splits into.
import type { EntryBlock } from './parse-types.js';

/**
 * Replaces each entry of `entries` for which `split` returns entries by those entries, in place and in order
 * (an entry it returns undefined for stays). The post-steps of entry segmentation that cut one entry into several
 * share it.
 * @param entries - a section's entries (changed in place)
 * @param split - the entries one entry is, or undefined to keep it
 */
export function splitEachEntry(entries: EntryBlock[], split: (e: EntryBlock) => EntryBlock[] | undefined): void {
  for (let k = 0; k < entries.length; k++) {
    const parts = split(entries[k]!);
    if (!parts) continue;
    entries.splice(k, 1, ...parts);
    k += parts.length - 1;
  }
}
