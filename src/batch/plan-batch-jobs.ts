// Plans a batch before any CV runs: checks its options and themes, expands its inputs, maps them to outputs, keeps its shard.
import path from 'node:path';
import type { Theme } from '../theme/theme-types.js';
import type { BatchJob, BatchLayers, BatchOptions, ThemeSpec } from './batch-types.js';
import { checkBatchOptions } from './check-batch-options.js';
import { expandInputs } from './expand-inputs.js';
import { planOutputs } from './plan-outputs.js';
import { shardJobs } from './shard-jobs.js';

/**
 * Plans the jobs of a batch: checks its flags, config values and the themes they name (see
 * `checkBatchOptions`), expands `inputs` (leaving out the output folder), plans each CV's output and keeps
 * this run's shard.
 * @param checked - receives the themes the options name (`warmThemes`), for the CV threads to load ahead
 * @throws ConfigError, ThemeError from the checks; InputError (`E_NO_INPUT`) when an input matches no CV
 */
export async function planBatchJobs(
  inputs: Iterable<string>,
  options: BatchOptions,
  layers: BatchLayers,
  themeCache: Map<string, Promise<Theme>>,
  checked: { warmThemes: ThemeSpec[] },
): Promise<BatchJob[]> {
  const outDir = path.resolve(options.out ?? 'output');
  checked.warmThemes = await checkBatchOptions({ ...layers, cwd: options.cwd ?? process.cwd() }, themeCache, options.threads);
  const files = await expandInputs([...inputs], { exclude: [outDir] });
  const planned = planOutputs(files, outDir);
  return options.shard ? shardJobs(planned, options.shard) : planned;
}
