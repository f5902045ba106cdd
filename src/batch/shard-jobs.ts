// Splits a sorted job list deterministically into n shards.
import { ConfigError } from '../model/errors.js';
import type { BatchJob, Shard } from './batch-types.js';

/**
 * Keeps the jobs of shard `index` (1-based) of `count`: job k of the list sorted by relative path goes to
 * shard `k % count + 1`. The shards partition the list and are the same on every machine.
 */
export function shardJobs(jobs: BatchJob[], shard: Shard): BatchJob[] {
  if (!Number.isInteger(shard.count) || shard.count < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.count) {
    throw new ConfigError('E_OPTION', `invalid shard ${shard.index}/${shard.count}.`, { hint: 'Use --shard i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.' });
  }
  const sorted = [...jobs].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return sorted.filter((_, k) => k % shard.count === shard.index - 1);
}

