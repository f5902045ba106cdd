// Parses the `--shard i/n` value.
import type { Shard } from './batch-types.js';
import { shardJobs } from './shard-jobs.js';

/** Parses `"i/n"` (1 ≤ i ≤ n) into a {@link Shard}. @throws ConfigError (`E_OPTION`) */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : { index: NaN, count: NaN };
  shardJobs([], shard);
  return shard;
}
