// Finds the cvpress package root (the folder holding package.json) from this module's location.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * Walks up from this module (src/theme/ under vitest, dist/theme/ after `tsc`)
 * to the first folder holding a `package.json`: the package root, where the
 * built-in `themes/` live.
 */
export function findPackageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return (cached = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cvpress: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
