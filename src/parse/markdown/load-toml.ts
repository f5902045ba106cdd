// Loads the smol-toml package on first use: only CVs with TOML front matter (+++) need it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let toml: typeof import('smol-toml') | undefined;

/**
 * The smol-toml package (a small, dependency-free TOML 1.0 parser), loaded synchronously the first time
 * a CV has TOML front matter, so that other CVs never pay for its load.
 * @returns the smol-toml module
 */
export function loadToml(): typeof import('smol-toml') {
  toml ??= require('smol-toml') as typeof import('smol-toml');
  return toml;
}
