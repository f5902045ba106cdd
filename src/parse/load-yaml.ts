// Loads the yaml package on first use: Markdown CVs without front matter (most of them) never need it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;

/**
 * The yaml package, loaded synchronously the first time a parser needs it (front matter, YAML or JSON
 * Resume files), so that a cold start on a plain Markdown CV skips its load time.
 * @returns the yaml module
 */
export function loadYaml(): typeof import('yaml') {
  yaml ??= require('yaml') as typeof import('yaml');
  return yaml;
}
